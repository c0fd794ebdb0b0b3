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
  parseEnv,
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '@edhr/kit';
import { migrateEverySubgraph } from '../migrate-subgraphs';

const logger = createLogger('migrate');
let embedded: EmbeddedPostgres | undefined;
try {
  const env = parseEnv({ DATABASE_URL: commonShape.DATABASE_URL });
  if (!env.DATABASE_URL) embedded = await startEmbeddedPostgres({ dataDir: defaultDataDir('embedded-postgres') });
  const url = env.DATABASE_URL ?? embedded!.url;
  await migrateEverySubgraph(url, logger);
} catch (error) {
  logger.fatal(error instanceof ConfigError ? error.message : { err: error }, 'migration failed');
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
