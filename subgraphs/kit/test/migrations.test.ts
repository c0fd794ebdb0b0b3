import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineEntity, p } from '@mikro-orm/postgresql';
import { appliedMigrations, applyMigrations, openSubgraphDatabase, type Migration } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

const Note = defineEntity({ name: 'Note', tableName: 'note', properties: { id: p.integer().primary(), body: p.text() } });
const migrations: Migration[] = [
  { name: '0001-note', up: 'create table note (id int primary key, body text not null);' },
  { name: '0002-note-seed', up: "insert into note (id, body) values (1, 'first');" },
];

describe('migration runner', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.stop();
  });

  const open = (list: Migration[], schema = 'notes') =>
    openSubgraphDatabase({ url: database.url, schema, entities: [Note], migrations: list }, { migrate: false });

  it('applies pending migrations in order into the subgraph schema, once', async () => {
    const orm = await open(migrations);
    try {
      expect(await applyMigrations(orm, 'notes', migrations)).toEqual(['0001-note', '0002-note-seed']);
      expect(await applyMigrations(orm, 'notes', migrations)).toEqual([]);
      expect(await appliedMigrations(orm, 'notes')).toEqual(['0001-note', '0002-note-seed']);
      const rows = await orm.em.fork().find(Note, {});
      expect(rows.map((r) => r.body)).toEqual(['first']);
    } finally {
      await orm.close();
    }
  });

  it('replicas migrating at once apply each migration exactly once', async () => {
    const orms = await Promise.all([open(migrations, 'race'), open(migrations, 'race'), open(migrations, 'race')]);
    try {
      const results = await Promise.all(orms.map((orm) => applyMigrations(orm, 'race', migrations)));
      expect(results.flat().sort()).toEqual(['0001-note', '0002-note-seed']);
      const count: { n: string }[] = await orms[0].em.fork().execute('select count(*) as n from race.note');
      expect(Number(count[0]!.n)).toBe(1);
    } finally {
      await Promise.all(orms.map((orm) => orm.close()));
    }
  });

  it('a failing migration is rolled back whole and named in the error', async () => {
    const broken: Migration[] = [
      migrations[0]!,
      { name: '0002-broken', up: "insert into note (id, body) values (2, 'kept?'); select * from no_such_table;" },
    ];
    const orm = await open(broken, 'broken');
    try {
      await expect(applyMigrations(orm, 'broken', broken)).rejects.toThrow(/no_such_table/);
      expect(await appliedMigrations(orm, 'broken')).toEqual([]);
    } finally {
      await orm.close();
    }
  });

  it('refuses migrations listed out of order', async () => {
    const orm = await open(migrations, 'order');
    try {
      await expect(applyMigrations(orm, 'order', [migrations[1]!, migrations[0]!])).rejects.toThrow(
        /"0002-note-seed" must sort before "0001-note"/,
      );
    } finally {
      await orm.close();
    }
  });
});
