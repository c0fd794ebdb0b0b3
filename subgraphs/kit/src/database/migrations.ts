import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger';

/**
 * One committed migration. The SQL is generated from the entity definitions by
 * `npm run migration:create` and reviewed before commit; it is never edited once released.
 */
export interface Migration {
  /** Sortable, unique name, e.g. `0001-initial`. */
  name: string;
  /** Statements run in one transaction. */
  up: string;
}

const HISTORY_TABLE = 'schema_migrations';

/**
 * Applies the migrations not yet recorded in the schema's history table, in order, in one
 * transaction: all of them apply or none does. A PostgreSQL advisory lock makes replicas
 * that start together migrate one after another instead of racing.
 *
 * (MikroORM 7's own migrator imports `node:fs.globSync`, which Node.js 20 does not have,
 * so this runner applies the SQL that MikroORM's schema generator writes.)
 */
export async function applyMigrations(
  orm: MikroORM,
  schema: string,
  migrations: readonly Migration[],
  logger?: Logger,
): Promise<string[]> {
  assertOrdered(migrations);
  const applied: string[] = [];
  await orm.em.fork().transactional(async (em) => {
    // em.execute runs inside this transaction; another pooled connection would wait on it.
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`edhr-migrate:${schema}`]);
    await em.execute(`create schema if not exists "${schema}"`);
    await em.execute(
      `create table if not exists "${schema}"."${HISTORY_TABLE}" (name text primary key, applied_at timestamptz not null default now())`,
    );
    const rows: { name: string }[] = await em.execute(`select name from "${schema}"."${HISTORY_TABLE}"`);
    const done = new Set(rows.map((r) => r.name));
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await em.execute(`set local search_path to "${schema}"`);
      await em.execute(migration.up);
      await em.execute(`insert into "${schema}"."${HISTORY_TABLE}" (name) values (?)`, [migration.name]);
      applied.push(migration.name);
    }
  });
  if (applied.length > 0) logger?.info({ schema, migrations: applied }, 'applied migrations');
  return applied;
}

/** Names of migrations already applied, oldest first. */
export async function appliedMigrations(orm: MikroORM, schema: string): Promise<string[]> {
  const connection = orm.em.getConnection();
  const exists = await connection.execute<{ present: boolean }[]>(
    `select to_regclass(?) is not null as present`,
    [`"${schema}"."${HISTORY_TABLE}"`],
  );
  if (!exists[0]?.present) return [];
  const rows = await connection.execute<{ name: string }[]>(
    `select name from "${schema}"."${HISTORY_TABLE}" order by name`,
  );
  return rows.map((r) => r.name);
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    const previous = migrations[i - 1]!.name;
    const current = migrations[i]!.name;
    if (previous >= current) {
      throw new Error(`Migrations out of order or duplicated: "${previous}" must sort before "${current}"`);
    }
  }
}
