/**
 * Applies every subgraph's pending migrations to DATABASE_URL (or the embedded database in .data/):
 *   npm run migrate
 * Services also migrate at start unless RUN_MIGRATIONS=false.
 */
import {
  commonShape,
  ConfigError,
  createLogger,
  defaultDataDir,
  openSubgraphDatabase,
  parseEnv,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '@edhr/kit';
import { subgraphModules } from '../federation/subgraph-modules';

const logger = createLogger('migrate');
let embedded: EmbeddedPostgres | undefined;
try {
  const env = parseEnv({ DATABASE_URL: commonShape.DATABASE_URL });
  if (!env.DATABASE_URL) embedded = await startEmbeddedPostgres({ dataDir: defaultDataDir('embedded-postgres') });
  const url = env.DATABASE_URL ?? embedded!.url;
  for (const module of subgraphModules) {
    const orm = await openSubgraphDatabase({
      url,
      schema: module.databaseSchema,
      entities: module.entities,
      migrations: module.migrations,
      logger,
    });
    await orm.close();
    logger.info({ subgraph: module.name, schema: module.databaseSchema }, 'up to date');
  }
} catch (error) {
  logger.fatal(error instanceof ConfigError ? error.message : { err: error }, 'migration failed');
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
