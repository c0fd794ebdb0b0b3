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
import { devAuthSecret, loadAuthConfig, loadLimitsConfig, loadResponseCacheConfig, trustedDocumentsFrom } from '@edhr/gateway';
import { startWebServer, webTrustedDocuments } from '@edhr/web';
import { startLocalFederation } from '../local-federation';
import { subgraphModules } from '../subgraph-modules';

const logger = createLogger('federation');
try {
  const env = parseEnv({
    DATABASE_URL: commonShape.DATABASE_URL,
    INTERNAL_TOKEN_SECRET: commonShape.INTERNAL_TOKEN_SECRET,
    HOST: commonShape.HOST,
    GATEWAY_PORT: portVar(4000),
    EMBEDDED_DATABASE_PORT: portVar(54329),
    WEB_PORT: portVar(3000),
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
    responseCache: loadResponseCacheConfig(),
    subgraphLimits: loadSubgraphLimits(),
    // The web app's operations go by hash; other clients' ad-hoc queries are still answered.
    trustedDocuments: trustedDocumentsFrom([webTrustedDocuments], false),
  });
  // The reference dashboard, a client of the gateway like any other.
  const web = await startWebServer({ gatewayUrl: federation.gatewayUrl, host: env.HOST, port: env.WEB_PORT, trustedDocuments: true }).catch(async (error: unknown) => {
    await federation.stop();
    throw error;
  });
  stopOnSignals(async () => {
    await web.stop();
    await federation.stop();
    await tracing?.shutdown();
  }, logger);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    [
      '',
      `EDHR graph is running (started in ${seconds} s on Node.js ${process.version})`,
      `  web app            ${web.url}`,
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
