import { openSubgraphDatabase, type Logger } from '@edhr/kit';
import { subgraphModules } from './subgraph-modules';

/** Applies every subgraph's pending migrations to one database, each into its own schema. */
export async function migrateEverySubgraph(url: string, logger?: Logger): Promise<void> {
  for (const module of subgraphModules) {
    const orm = await openSubgraphDatabase({
      url,
      schema: module.databaseSchema,
      entities: module.entities,
      migrations: module.migrations,
      logger,
      poolSize: 1,
    });
    await orm.close();
    logger?.info({ subgraph: module.name, schema: module.databaseSchema }, 'up to date');
  }
}
