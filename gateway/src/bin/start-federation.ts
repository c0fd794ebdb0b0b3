/**
 * `npm start`: the whole federation in one process, on an embedded database kept in .data/
 * (or on DATABASE_URL), with every theme plugin registered. Ctrl-C drains and stops it all.
 */
import {
  commonShape,
  ConfigError,
  createLogger,
  defaultDataDir,
  developmentSecret,
  loadSubgraphLimits,
  parseEnv,
  portVar,
  startTracing,
  stopOnSignals,
} from '@edhr/kit';
import { startLocalFederation } from '../federation/local-federation';
import { subgraphModules } from '../federation/subgraph-modules';
import { loadAuthConfig } from '../auth/auth-config';
import { devAuthSecret } from '../auth/dev-auth-secret';
import { loadLimitsConfig } from '../limits/limits-config';

const logger = createLogger('federation');
try {
  const env = parseEnv({
    DATABASE_URL: commonShape.DATABASE_URL,
    INTERNAL_TOKEN_SECRET: commonShape.INTERNAL_TOKEN_SECRET,
    HOST: commonShape.HOST,
    GATEWAY_PORT: portVar(4000),
    EMBEDDED_DATABASE_PORT: portVar(54329),
  });
  // Each subgraph's own port variable, as when it starts alone (0 = any free port).
  const subgraphPorts = parseEnv(
    Object.fromEntries(subgraphModules.map((m) => [m.portVariable, portVar(m.defaultPort)])),
  ) as Record<string, number>;
  const configured = loadAuthConfig();
  // With no identity provider configured, a local key lets `npm run token` mint tokens for this instance.
  const auth = configured.kind === 'none' ? { kind: 'shared-key' as const, secret: devAuthSecret() } : configured;
  const started = performance.now();
  // One process, one tracer provider: the services are told apart by their spans, not by service.name.
  const tracing = await startTracing({ serviceName: 'edhr-federation' });
  const federation = await startLocalFederation({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATABASE_URL ? undefined : defaultDataDir('embedded-postgres'),
    host: env.HOST,
    gatewayPort: env.GATEWAY_PORT,
    subgraphPorts: Object.fromEntries(subgraphModules.map((m) => [m.name, subgraphPorts[m.portVariable]!])),
    embeddedDatabasePort: env.EMBEDDED_DATABASE_PORT,
    auth,
    // Kept in .data/ so commands run beside the federation (e.g. an import publishing to partners) can sign service calls.
    internalTokenSecret: env.INTERNAL_TOKEN_SECRET ?? developmentSecret('internal-token-secret'),
    limits: loadLimitsConfig(),
    subgraphLimits: loadSubgraphLimits(),
  });
  stopOnSignals(async () => {
    await federation.stop();
    await tracing?.shutdown();
  }, logger);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `EDHR graph is running (started in ${seconds} s on Node.js ${process.version})`,
      `  gateway            ${federation.gatewayUrl}`,
      ...federation.subgraphs.map((s) => `  ${s.name.padEnd(18)} ${s.url}`),
      `  database           ${env.DATABASE_URL ? 'DATABASE_URL' : `${federation.databaseUrl} (embedded; files in ${defaultDataDir('embedded-postgres')})`}`,
      `  tokens             ${configured.kind === 'none' ? 'npm run token -- --role admin   (development key in .data/)' : configured.kind}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
} catch (error) {
  logger.fatal(error instanceof ConfigError ? error.message : { err: error }, 'the federation could not start');
  process.exitCode = 1;
}
