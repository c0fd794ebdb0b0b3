/**
 * Measures a strategy's query-based KPIs for one period through the gateway:
 *   npm run kpis:refresh -- <strategy> <period>
 * Needs DATABASE_URL (this subgraph's database) and INTERNAL_TOKEN_SECRET (the gateway's);
 * GATEWAY_URL defaults to http://127.0.0.1:4000/graphql. Exits 1 when any KPI failed.
 */
import { commandServicesContext, commonShape, ConfigError, openSubgraphDatabase, parseEnv, systemClock } from '@edhr/kit';
import { organisationalProcesses } from '../module';
import { MeasurementRefresher } from '../peers/measurement-refresh/measurement-refresher';
import { serviceHeaders } from '../peers/service-calls/service-identity';

const [strategy, period] = process.argv.slice(2);
if (!strategy || !period) {
  console.error('usage: npm run kpis:refresh -- <strategy> <period>   e.g. wmp-edhr-strategy 2024/25');
  process.exit(2);
}

let config;
try {
  config = parseEnv({ DATABASE_URL: commonShape.DATABASE_URL, INTERNAL_TOKEN_SECRET: commonShape.INTERNAL_TOKEN_SECRET });
  if (!config.DATABASE_URL) {
    // An embedded database is held by the running service; opening its files twice would corrupt them.
    throw new ConfigError([
      'DATABASE_URL is missing: with the embedded database, call the refreshMeasurements mutation through the gateway instead',
    ]);
  }
  if (!config.INTERNAL_TOKEN_SECRET) throw new ConfigError(['INTERNAL_TOKEN_SECRET is missing: the gateway only accepts service calls signed with it']);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
// The same services the subgraph builds at start, from this command's environment.
const { serviceCalls } = organisationalProcesses.createServices(commandServicesContext(organisationalProcesses.name));
if (!serviceCalls) process.exit(2);
const gatewayUrl = serviceCalls.peers.gateway;

const orm = await openSubgraphDatabase(
  {
    url: config.DATABASE_URL,
    schema: organisationalProcesses.databaseSchema,
    entities: organisationalProcesses.entities,
    migrations: organisationalProcesses.migrations,
  },
  { migrate: false },
);
try {
  console.log(`refreshing query-based KPIs of ${strategy} for ${period} through ${gatewayUrl}`);
  const results = await new MeasurementRefresher({
    em: orm.em,
    fetch: (url, init) => fetch(url, init),
    gatewayUrl,
    headers: () => serviceHeaders(serviceCalls.internalTokenSecret, systemClock),
    clock: systemClock,
    recordedBy: 'kpis:refresh',
    onResult: (r, i, total) =>
      console.log(
        `[${i + 1}/${total}] ${r.kpi}: ${r.status === 'ok' ? `ok ${r.value} (${r.outcome})` : `error: ${r.reason}`}`,
      ),
  }).refresh(strategy, period);
  const failed = results.filter((r) => r.status === 'error').length;
  console.log(`${results.length - failed} ok, ${failed} failed${results.length === 0 ? ' (the strategy has no query-based KPIs)' : ''}`);
  process.exitCode = failed > 0 ? 1 : 0;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await orm.close();
}
