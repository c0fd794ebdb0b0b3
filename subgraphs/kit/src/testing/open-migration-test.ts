import pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphDatabase } from '../database/create-orm';
import type { SubgraphMigration } from '../database/migrations';
import type { SubgraphModule } from '../service/subgraph-module';
import { createTestDatabase } from './test-database';

/** An empty test database migrated up to, not including, the migration under test. */
export interface MigrationTestDatabase {
  /** A connection of the test's own, to write the rows that were there before the migration. */
  client: pg.Client;
  /** The module's migrations before the one under test. */
  before: SubgraphMigration[];
  /** Opens the subgraph's schema with `list` applied (e.g. all of them: the migration under test runs). */
  migrate(list: readonly SubgraphMigration[]): Promise<MikroORM>;
  /** The number a `select count(*) as n …` answers. */
  count(sql: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * For a migration's own test: a fresh, empty database holding the subgraph's schema as it was
 * just before `migration`, so the test can write old rows and then apply it over them.
 */
export async function openMigrationTest(module: SubgraphModule<unknown>, migration: SubgraphMigration): Promise<MigrationTestDatabase> {
  const index = module.migrations.indexOf(migration);
  if (index < 0) throw new Error(`${module.name} does not list the migration under test`);
  const before = module.migrations.slice(0, index);
  const database = await createTestDatabase({ empty: true });
  const migrate = (list: readonly SubgraphMigration[]) =>
    openSubgraphDatabase({ url: database.url, schema: module.databaseSchema, entities: module.entities, migrations: list });
  await (await migrate(before)).close();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    client,
    before,
    migrate,
    count: async (sql) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n),
    async close() {
      await client.end();
      await database.stop();
    },
  };
}
