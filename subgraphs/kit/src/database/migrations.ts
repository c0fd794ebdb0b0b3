import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Constructor, MigrationDiff, MigrationObject, MigrationsOptions, Transaction } from '@mikro-orm/core';
import { Migrator, TSMigrationGenerator, type Migration } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger';
import { isForeignKeyDrop } from './foreign-keys';

/**
 * One committed migration: a MikroORM `Migration` class whose `name` is sortable and unique,
 * e.g. `0001-initial`. Its SQL is generated from the entity definitions by
 * `npm run migration:create` and reviewed before commit; it is never edited once released.
 */
export type SubgraphMigration = Constructor<Migration>;

/** MikroORM's history table; it lives in the subgraph's own schema. */
export const MIGRATION_HISTORY_TABLE = 'mikro_orm_migrations';

/**
 * Where the kit's earlier hand-written runner kept its history (`name`, `applied_at`). A database
 * migrated by it has its rows copied into {@link MIGRATION_HISTORY_TABLE} once, then this table is dropped.
 */
const LEGACY_HISTORY_TABLE = 'schema_migrations';

/**
 * MikroORM migrator settings for one subgraph: the committed classes are given explicitly (nothing
 * is discovered on the file system), the history table and the `search_path` of every migration
 * are the subgraph's schema, and all pending migrations run in one transaction.
 */
export function migratorOptions(schema: string, migrations: readonly SubgraphMigration[]): MigrationsOptions {
  return {
    tableName: MIGRATION_HISTORY_TABLE,
    schema,
    migrationsList: [...migrations],
    transactional: true,
    allOrNothing: true,
    // The committed migrations are the record of the schema; no snapshot file is written or read.
    snapshot: false,
    silent: true,
    emit: 'ts',
    generator: SubgraphMigrationGenerator,
  };
}

/** The ORM's migrator (registered by `ormOptions`). */
export function subgraphMigrator(orm: MikroORM): Migrator {
  const migrator = orm.migrator;
  if (!(migrator instanceof Migrator)) throw new Error('The ORM was not configured with the SQL migrator');
  return migrator;
}

export interface MigrateSubgraphSchemaOptions {
  logger?: Logger;
}

/**
 * Applies the subgraph's pending migrations (configured on the ORM by `ormOptions`) with MikroORM's
 * migrator and returns their names. All of them apply in one transaction or none does.
 *
 * MikroORM does not stop two processes migrating the same schema at once, so replicas starting
 * together take a PostgreSQL advisory lock on the schema, inside the transaction that does the work:
 * first to create the history table (and adopt the earlier runner's history), then to migrate.
 * The pending list is read again under the lock, so a replica that waited applies nothing twice.
 *
 * Everything inside those transactions runs on the transaction's connection. That matters on the
 * embedded PGlite: all its connections share one backend session, so the advisory lock excludes
 * nothing there, but its multiplexer runs one transaction at a time, which excludes the same way
 * as long as no statement inside a transaction waits on another connection.
 */
export async function migrateSubgraphSchema(
  orm: MikroORM,
  { logger }: MigrateSubgraphSchemaOptions = {},
): Promise<string[]> {
  const { schema, migrationsList = [] } = orm.config.get('migrations');
  if (!schema) throw new Error('The ORM has no migrations schema: create it with ormOptions()');
  const migrator = subgraphMigrator(orm);
  assertOrdered(migrationsList.map((migration) => migrationName(orm, migration)));

  // The migrator creates its history table on first use, outside any transaction, with a plain
  // `create table`; create it here first, under the lock, so concurrent first uses find it.
  await underMigrationLock(orm, schema, async (trx) => {
    const storage = migrator.getStorage();
    storage.setMasterMigration(trx);
    try {
      await storage.ensureTable();
    } finally {
      storage.unsetMasterMigration();
    }
    await adoptLegacyHistory(orm, schema, trx);
  });

  // First use of the migrator outside a transaction (it checks the database exists on its own
  // connection). Once applied, a migration stays applied: nothing pending needs no lock.
  if ((await migrator.getPending()).length === 0) return [];

  let current: string | undefined;
  const migrating = ({ name }: { name: string }) => {
    current = name;
  };
  migrator.on('migrating', migrating);
  try {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- MikroORM types a transaction as `any` by design
    const applied = await underMigrationLock<{ name: string }[]>(orm, schema, (trx) => migrator.up({ transaction: trx }));
    const names = applied.map((migration) => migration.name);
    if (names.length > 0) logger?.info({ schema, migrations: names }, 'applied migrations');
    return names;
  } catch (error) {
    const what = current ? `Migration "${current}" of schema "${schema}"` : `Migrating schema "${schema}"`;
    throw new Error(`${what} failed, so none of its pending migrations was applied: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    migrator.off('migrating', migrating);
  }
}

/** Runs `work` in a transaction holding the schema's migration lock (released at commit or rollback). */
async function underMigrationLock<T>(orm: MikroORM, schema: string, work: (trx: Transaction) => Promise<T>): Promise<T> {
  const connection = orm.em.getConnection();
  return connection.transactional(async (trx) => {
    // Same key as the earlier runner took, so old and new replicas exclude each other too.
    await connection.execute('select pg_advisory_xact_lock(hashtext(?))', [`edhr-migrate:${schema}`], 'all', trx);
    return work(trx);
  });
}

/** Copies the earlier runner's history into MikroORM's table, oldest first, and drops the old table. */
async function adoptLegacyHistory(orm: MikroORM, schema: string, trx: Transaction): Promise<void> {
  const connection = orm.em.getConnection();
  const legacy = `"${schema}"."${LEGACY_HISTORY_TABLE}"`;
  const [found] = await connection.execute<{ present: boolean }[]>(
    'select to_regclass(?) is not null as present',
    [legacy],
    'all',
    trx,
  );
  if (!found?.present) return;
  await connection.execute(
    `insert into "${schema}"."${MIGRATION_HISTORY_TABLE}" (name, executed_at)
     select old.name, old.applied_at from ${legacy} old
     where not exists (select 1 from "${schema}"."${MIGRATION_HISTORY_TABLE}" new where new.name = old.name)
     order by old.name`,
    [],
    'run',
    trx,
  );
  await connection.execute(`drop table ${legacy}`, [], 'run', trx);
}

function migrationName(orm: MikroORM, migration: MigrationObject | Constructor<unknown>): string {
  if (typeof migration !== 'function') return migration.name;
  // As MikroORM names a listed class: its `name` property, else the class name.
  const instance = new migration(orm.em.getDriver(), orm.config) as { name?: string };
  return instance.name ?? migration.name;
}

/** The migrator runs the list in the order given; refuse a list that is out of order or repeats a name. */
function assertOrdered(names: readonly string[]): void {
  for (let i = 1; i < names.length; i++) {
    const previous = names[i - 1]!;
    const current = names[i]!;
    if (previous >= current) {
      throw new Error(`Migrations out of order or duplicated: "${previous}" must sort before "${current}"`);
    }
  }
}

/**
 * The number after the highest of a migrations folder's `NNNN-name.ts` files. Numbers have gaps
 * (they were given out across subgraphs), so counting the files would number a new migration
 * before committed ones, and the ordered list would refuse it.
 */
export function nextMigrationNumber(fileNames: readonly string[]): string {
  const numbers = fileNames.map((file) => /^(\d{4})-[\w-]+\.ts$/.exec(file)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  return String(Math.max(0, ...numbers) + 1).padStart(4, '0');
}

/**
 * Writes the next migration of a subgraph as a MikroORM `Migration` class, numbered after the
 * committed ones: `<folder>/0005-<name>.ts`, class `Migration0005<Name>`, name `0005-<name>`.
 * Migrations only go forward, so no `down()` is written. A diff that only drops the hand-written
 * foreign keys writes nothing.
 */
export class SubgraphMigrationGenerator extends TSMigrationGenerator {
  override async generate(diff: MigrationDiff, path?: string, name?: string): Promise<[string, string]> {
    if (!path || !name) throw new Error('A subgraph migration needs a folder and a name');
    // The foreign keys are written in migrations, not declared on the entities: keep them.
    const up = diff.up.filter((sql) => !isForeignKeyDrop(sql));
    if (!up.some((sql) => sql.trim() !== '')) return ['', ''];
    const number = nextMigrationNumber(readdirSync(path));
    const migration = `${number}-${name}`;
    const className = `Migration${number}${name.replace(/(?:^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase())}`;
    let code = `import { Migration } from '@mikro-orm/migrations';\n\n`;
    code += `export class ${className} extends Migration {\n`;
    code += `  override name = '${migration}';\n\n`;
    code += `  override up(): void {\n`;
    for (const sql of up) code += this.createStatement(sql, 4);
    code += `  }\n}\n`;
    const fileName = `${migration}.ts`;
    writeFileSync(join(path, fileName), code, { flag: 'wx' });
    return [code, fileName];
  }
}
