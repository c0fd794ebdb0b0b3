import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Migration } from '@mikro-orm/migrations';
import { defineEntity, p, type MikroORM } from '@mikro-orm/postgresql';
import { appendOnlyTableSql, openSubgraphDatabase } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

const SCHEMA = 'ledger';
const Entry = defineEntity({ name: 'Entry', tableName: 'entry', properties: { id: p.integer().primary(), body: p.text() } });

class Migration0001Entries extends Migration {
  override name = '0001-entries';
  override up(): void {
    this.addSql(`create table "${SCHEMA}"."entry" (id int primary key, body text not null);`);
    this.addSql(appendOnlyTableSql(SCHEMA, 'entry'));
    this.addSql(`create table "${SCHEMA}"."note" (id int primary key, body text not null);`);
    this.addSql(appendOnlyTableSql(SCHEMA, 'note', { message: "notes are kept: they can't be changed" }));
  }
}

describe('a table made append-only with appendOnlyTableSql', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    orm = await openSubgraphDatabase({ url: database.url, schema: SCHEMA, entities: [Entry], migrations: [Migration0001Entries] });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`insert into "${SCHEMA}".entry (id, body) values (1, 'first'), (2, 'second')`);
    await client.query(`insert into "${SCHEMA}".note (id, body) values (1, 'kept')`);
  });
  afterAll(async () => {
    await client?.end();
    await orm?.close();
    await database?.stop();
  });

  const bodies = async (table: string) => (await client.query<{ body: string }>(`select body from "${SCHEMA}".${table} order by id`)).rows.map((r) => r.body);

  it('takes new rows', async () => {
    await client.query(`insert into "${SCHEMA}".entry (id, body) values (3, 'third')`);
    expect(await bodies('entry')).toEqual(['first', 'second', 'third']);
  });

  it('refuses an UPDATE, naming the table, and changes nothing', async () => {
    await expect(client.query(`update "${SCHEMA}".entry set body = 'rewritten' where id = 1`)).rejects.toThrow(
      'entry is append-only: rows cannot be updated or deleted',
    );
    expect(await bodies('entry')).toEqual(['first', 'second', 'third']);
  });

  it('refuses a DELETE, of one row or all, and through the ORM', async () => {
    await expect(client.query(`delete from "${SCHEMA}".entry where id = 2`)).rejects.toThrow(/entry is append-only/);
    await expect(client.query(`delete from "${SCHEMA}".entry`)).rejects.toThrow(/entry is append-only/);
    await expect(orm.em.fork().nativeDelete(Entry, { id: 1 })).rejects.toThrow(/entry is append-only/);
    expect(await bodies('entry')).toEqual(['first', 'second', 'third']);
  });

  it('raises the message it was given', async () => {
    await expect(client.query(`update "${SCHEMA}".note set body = 'x'`)).rejects.toThrow("notes are kept: they can't be changed");
    await expect(client.query(`delete from "${SCHEMA}".note`)).rejects.toThrow("notes are kept: they can't be changed");
    expect(await bodies('note')).toEqual(['kept']);
  });
});
