import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type EntitySchema, type Options } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger';
import { migrateSubgraphSchema, migratorOptions, type SubgraphMigration } from './migrations';

export interface SubgraphDatabaseOptions {
  /** PostgreSQL URL. */
  url: string;
  /** The PostgreSQL schema this subgraph owns, e.g. `partners`. No other subgraph reads it. */
  schema: string;
  entities: EntitySchema<any, any>[];
  /** Committed migrations, oldest first. */
  migrations: readonly SubgraphMigration[];
  logger?: Logger;
  /** Connections in this service's pool. */
  poolSize?: number;
  /** Called for every SQL statement (tests count statements with it). */
  onQuery?: (sql: string) => void;
}

/**
 * MikroORM options for one subgraph: explicit entities, its own schema, no schema sync, and
 * MikroORM's migrator with the subgraph's committed migrations.
 */
export function ormOptions(options: SubgraphDatabaseOptions): Options {
  return {
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    pool: { min: 0, max: options.poolSize ?? 10 },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : () => undefined,
    allowGlobalContext: false,
    // Each request forks its own EntityManager; nothing is shared between requests.
    forceEntityConstructor: false,
    extensions: [Migrator],
    migrations: migratorOptions(options.schema, options.migrations),
  };
}

/** Connects and, unless told not to, applies the subgraph's pending migrations. */
export async function openSubgraphDatabase(
  options: SubgraphDatabaseOptions,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(options));
  if (migrate) {
    try {
      await migrateSubgraphSchema(orm, { logger: options.logger });
    } catch (error) {
      await orm.close();
      throw error;
    }
  }
  return orm;
}
