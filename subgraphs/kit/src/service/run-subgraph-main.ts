import { loadSubgraphConfig } from './service-config';
import { ConfigError } from '../config/env';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres';
import { stopOnSignals } from '../lifecycle/shutdown';
import { createLogger } from '../logging/logger';
import { startSubgraph } from './start-subgraph';
import type { SubgraphModule } from './subgraph-module';
import { defaultDataDir } from '../database/data-dir';
import { peerUrlsFromEnv } from '../config/peer-urls';
import { startTracing } from '../telemetry/start-tracing';

/**
 * Entry point of a subgraph started alone, as in production: configuration from the
 * environment, a real database from DATABASE_URL (or, in development only, an embedded one).
 */
export async function runSubgraphMain<S>(module: SubgraphModule<S>): Promise<void> {
  const logger = createLogger(module.name);
  try {
    const config = loadSubgraphConfig(module.portVariable, module.defaultPort);
    if (!config.internalTokenSecret) {
      throw new ConfigError([
        'INTERNAL_TOKEN_SECRET is missing: a subgraph started alone needs the secret its gateway signs with (expected at least 32 characters)',
      ]);
    }
    // Before the database and the server, so their first statements and requests are traced.
    const tracing = await startTracing({ serviceName: module.name });
    let embedded: EmbeddedPostgres | undefined;
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      if (config.nodeEnv === 'production') throw new ConfigError(['DATABASE_URL is missing: production needs a PostgreSQL server']);
      embedded = await startEmbeddedPostgres({ dataDir: defaultDataDir(module.name) });
      databaseUrl = embedded.url;
      logger.warn({ dataDir: defaultDataDir(module.name) }, 'no DATABASE_URL: using an embedded database for this subgraph alone');
    }
    const running = await startSubgraph(module, {
      databaseUrl,
      internalTokenSecret: config.internalTokenSecret,
      host: config.host,
      port: config.port,
      production: config.nodeEnv === 'production',
      migrate: config.runMigrations,
      logger,
      peers: peerUrlsFromEnv(),
      limits: config.limits,
    });
    stopOnSignals(async () => {
      await running.stop();
      await embedded?.stop();
      await tracing?.shutdown();
    }, logger);
  } catch (error) {
    logger.fatal(error instanceof ConfigError ? error.message : { err: error }, `${module.name} could not start`);
    process.exitCode = 1;
  }
}
