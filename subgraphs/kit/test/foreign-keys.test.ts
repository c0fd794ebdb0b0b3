import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Migration } from '@mikro-orm/migrations';
import { defineEntity, p } from '@mikro-orm/postgresql';
import { foreignKeyStatements, migrateSubgraphSchema, openSubgraphDatabase, subgraphMigrator, type ForeignKey, type SubgraphMigration } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

// Plain id columns, as the subgraphs' entities have: no relations.
const Batch = defineEntity({ name: 'Batch', tableName: 'batch', properties: { id: p.integer().primary(), name: p.text() } });
const Row = defineEntity({ name: 'Row', tableName: 'row', properties: { id: p.integer().primary(), batchId: p.integer().nullable() } });
const Tally = defineEntity({ name: 'Tally', tableName: 'tally', properties: { id: p.integer().primary(), batchId: p.integer() } });

class Migration0001Tables extends Migration {
  override name = '0001-tables';
  override up(): void {
    this.addSql('create table "batch" ("id" serial primary key, "name" text not null);');
    this.addSql('create table "row" ("id" serial primary key, "batch_id" int null);');
    this.addSql('create table "tally" ("id" serial primary key, "batch_id" int not null);');
  }
}

const KEYS: ForeignKey[] = [
  { table: 'row', column: 'batch_id', references: { table: 'batch', column: 'id' }, onDelete: 'restrict' },
  { table: 'tally', column: 'batch_id', references: { table: 'batch', column: 'id' }, onDelete: 'cascade' },
];

/** A migration adding {@link KEYS} to the schema it runs in. */
function keysFor(schema: string): SubgraphMigration {
  return class Migration0002Keys extends Migration {
    override name = '0002-keys';
    override up(): void {
      for (const key of KEYS) for (const sql of foreignKeyStatements(schema, key)) this.addSql(sql);
    }
  };
}

describe('foreign keys written with foreignKeyStatements', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.stop();
  });

  const open = (schema: string, migrations: SubgraphMigration[]) =>
    openSubgraphDatabase({ url: database.url, schema, entities: [Batch, Row, Tally], migrations });
  const count = async (schema: string, table: string) => Number((await client.query(`select count(*) as n from "${schema}"."${table}"`)).rows[0].n);

  it('apply over rows that belong together, then refuse a child without a parent and a delete of a parent with children', async () => {
    const before = await open('kept', [Migration0001Tables]);
    await before.close();
    await client.query(`insert into kept.batch values (1, 'one'), (2, 'two'); insert into kept.row values (1, 1), (2, null); insert into kept.tally values (1, 1), (2, 2)`);
    const orm = await open('kept', [Migration0001Tables, keysFor('kept')]);
    try {
      await expect(client.query('insert into kept.row values (3, 99)')).rejects.toThrow(/violates foreign key constraint "row_batch_id_foreign"/);
      await expect(client.query('update kept.tally set batch_id = 98 where id = 1')).rejects.toThrow(/tally_batch_id_foreign/);
      // Checked at commit: a child written before its parent in one transaction is accepted.
      await client.query("begin; insert into kept.row values (4, 3); insert into kept.batch values (3, 'three'); commit");
      await expect(client.query('delete from kept.batch where id = 1')).rejects.toThrow(/row_batch_id_foreign/);
      expect(await count('kept', 'batch')).toBe(3);
      // CASCADE: batch 2 has no rows, only a tally, which goes with it.
      await client.query('delete from kept.batch where id = 2');
      expect((await client.query('select id from kept.tally order by id')).rows).toEqual([{ id: 1 }]);
    } finally {
      await orm.close();
    }
  });

  it('refuse to apply over orphans, naming the key, the table, the column and how many rows, and apply nothing', async () => {
    const before = await open('orphans', [Migration0001Tables]);
    await before.close();
    await client.query(`insert into orphans.batch values (1, 'one'); insert into orphans.row values (1, 1), (2, 7), (3, 8), (4, null)`);
    const orm = await open('orphans', [Migration0001Tables]);
    try {
      orm.config.get('migrations').migrationsList = [Migration0001Tables, keysFor('orphans')];
      await expect(migrateSubgraphSchema(orm)).rejects.toThrow(
        'cannot add foreign key row_batch_id_foreign: 2 rows of orphans.row have a batch_id that is in no row of orphans.batch (id); correct or remove those rows, then migrate again',
      );
      const constraints = await client.query("select conname from pg_constraint where contype = 'f' and connamespace = 'orphans'::regnamespace");
      expect(constraints.rows).toEqual([]);
    } finally {
      await orm.close();
    }
  });

  it('are left alone by the migration generator, which writes nothing when entities and migrations agree', async () => {
    // A database of its own: the generator diffs every schema it finds against the entities.
    const own = await createTestDatabase({ empty: true });
    const orm = await openSubgraphDatabase({ url: own.url, schema: 'generated', entities: [Batch, Row, Tally], migrations: [Migration0001Tables, keysFor('generated')] });
    const folder = mkdtempSync(join(tmpdir(), 'edhr-generated-'));
    try {
      const { fileName } = await subgraphMigrator(orm).create(folder, false, false, 'probe');
      expect(fileName).toBe('');
      expect(readdirSync(folder)).toEqual([]);
    } finally {
      await orm.close();
      await own.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuse names that are not plain identifiers', () => {
    expect(() => foreignKeyStatements('kept', { ...KEYS[0]!, column: 'batch_id"; drop table x; --' })).toThrow(/column .* is not a lower-case SQL identifier/);
  });
});
