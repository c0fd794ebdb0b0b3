import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Migration } from '@mikro-orm/migrations';
import { defineEntity, p } from '@mikro-orm/postgresql';
import {
  MIGRATION_HISTORY_TABLE,
  migrateSubgraphSchema,
  openSubgraphDatabase,
  subgraphMigrator,
  type SubgraphMigration,
} from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

const Note = defineEntity({ name: 'Note', tableName: 'note', properties: { id: p.integer().primary(), body: p.text() } });

// Unqualified names: each migration runs with the subgraph's schema as its search_path.
const CREATE_NOTE = 'create table note (id int primary key, body text not null);';
const SEED_NOTE = "insert into note (id, body) values (1, 'first');";

class Migration0001Note extends Migration {
  override name = '0001-note';
  override up(): void {
    this.addSql(CREATE_NOTE);
  }
}

class Migration0002NoteSeed extends Migration {
  override name = '0002-note-seed';
  override up(): void {
    this.addSql(SEED_NOTE);
  }
}

class Migration0002Broken extends Migration {
  override name = '0002-broken';
  override up(): void {
    this.addSql("insert into note (id, body) values (2, 'kept?');");
    this.addSql('select * from no_such_table;');
  }
}

const migrations: SubgraphMigration[] = [Migration0001Note, Migration0002NoteSeed];

describe("MikroORM's migrator for a subgraph schema", { timeout: 120_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    // Empty, not the run's migrated template: these tests migrate from nothing.
    database = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await database?.stop();
  });

  const open = (schema: string, list: SubgraphMigration[] = migrations) =>
    openSubgraphDatabase({ url: database.url, schema, entities: [Note], migrations: list }, { migrate: false });

  /** Runs SQL on its own connection, outside the ORM. */
  async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  }
  const history = (schema: string) =>
    sql<{ id: number; name: string; executed_at: Date }>(
      `select id, name, executed_at from "${schema}"."${MIGRATION_HISTORY_TABLE}" order by id`,
    );
  const tableExists = async (qualified: string) =>
    (await sql<{ present: boolean }>('select to_regclass($1) is not null as present', [qualified]))[0]!.present;
  const notes = (schema: string) => sql<{ id: number; body: string }>(`select id, body from "${schema}".note order by id`);

  it('applies every migration of a fresh schema, in order, recording them in its own schema', async () => {
    const orm = await open('notes');
    try {
      expect(await migrateSubgraphSchema(orm)).toEqual(['0001-note', '0002-note-seed']);
      const rows = await history('notes');
      expect(rows.map((r) => r.name)).toEqual(['0001-note', '0002-note-seed']);
      expect(rows[0]!.id).toBeLessThan(rows[1]!.id);
      expect(await tableExists(`public.${MIGRATION_HISTORY_TABLE}`)).toBe(false);
      expect(await notes('notes')).toEqual([{ id: 1, body: 'first' }]);
      expect((await orm.em.fork().find(Note, {})).map((n) => n.body)).toEqual(['first']);

      // The migrator's own view agrees: nothing pending, both executed.
      const migrator = subgraphMigrator(orm);
      expect(await migrator.getPending()).toEqual([]);
      expect((await migrator.getExecuted()).map((m) => m.name)).toEqual(['0001-note', '0002-note-seed']);
    } finally {
      await orm.close();
    }
  });

  it('a second run, from a new process, applies nothing', async () => {
    const first = await open('again');
    await migrateSubgraphSchema(first);
    await first.close();
    const orm = await open('again');
    try {
      expect(await migrateSubgraphSchema(orm)).toEqual([]);
      expect(await migrateSubgraphSchema(orm)).toEqual([]);
      expect((await history('again')).map((r) => r.name)).toEqual(['0001-note', '0002-note-seed']);
      expect(await notes('again')).toEqual([{ id: 1, body: 'first' }]);
    } finally {
      await orm.close();
    }
  });

  it('only the migrations added since the last run are applied', async () => {
    const first = await open('later', [Migration0001Note]);
    expect(await migrateSubgraphSchema(first)).toEqual(['0001-note']);
    await first.close();
    const orm = await open('later');
    try {
      expect(await migrateSubgraphSchema(orm)).toEqual(['0002-note-seed']);
      expect((await history('later')).map((r) => r.name)).toEqual(['0001-note', '0002-note-seed']);
    } finally {
      await orm.close();
    }
  });

  it('a failing migration leaves none of its batch applied, and is named in the error', async () => {
    const orm = await open('broken', [Migration0001Note, Migration0002Broken]);
    try {
      const failure = migrateSubgraphSchema(orm);
      await expect(failure).rejects.toThrow(/Migration "0002-broken" of schema "broken" failed/);
      await expect(failure).rejects.toThrow(/no_such_table/);
      expect(await history('broken')).toEqual([]);
      expect(await tableExists('broken.note')).toBe(false);
    } finally {
      await orm.close();
    }
    // Fixed, the same batch then applies whole.
    const fixed = await open('broken');
    try {
      expect(await migrateSubgraphSchema(fixed)).toEqual(['0001-note', '0002-note-seed']);
    } finally {
      await fixed.close();
    }
  });

  it('replicas migrating the same schema at once all succeed, and each migration is applied once', async () => {
    const orms = await Promise.all([open('race'), open('race'), open('race')]);
    try {
      const results = await Promise.all(orms.map((orm) => migrateSubgraphSchema(orm)));
      expect(results.flat().sort()).toEqual(['0001-note', '0002-note-seed']);
      // One replica did the work; the others found it done.
      expect(results.filter((r) => r.length > 0)).toEqual([['0001-note', '0002-note-seed']]);
      expect((await history('race')).map((r) => r.name)).toEqual(['0001-note', '0002-note-seed']);
      expect(await notes('race')).toEqual([{ id: 1, body: 'first' }]);
    } finally {
      await Promise.all(orms.map((orm) => orm.close()));
    }
  });

  it('replicas starting at once against a fresh database all open it', async () => {
    const orms = await Promise.all(
      [0, 1, 2].map(() => openSubgraphDatabase({ url: database.url, schema: 'startup', entities: [Note], migrations })),
    );
    try {
      expect((await history('startup')).map((r) => r.name)).toEqual(['0001-note', '0002-note-seed']);
      expect(await notes('startup')).toEqual([{ id: 1, body: 'first' }]);
    } finally {
      await Promise.all(orms.map((orm) => orm.close()));
    }
  });

  /** What the kit's earlier runner left behind: its own history table, `schema_migrations (name, applied_at)`. */
  async function migrateWithEarlierRunner(schema: string, applied: { name: string; up: string; at: string }[]) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`create schema if not exists "${schema}"`);
      await client.query(
        `create table if not exists "${schema}"."schema_migrations" (name text primary key, applied_at timestamptz not null default now())`,
      );
      for (const migration of applied) {
        await client.query(`set local search_path to "${schema}"`);
        await client.query(migration.up);
        await client.query(`insert into "${schema}"."schema_migrations" (name, applied_at) values ($1, $2)`, [
          migration.name,
          migration.at,
        ]);
      }
      await client.query('commit');
    } finally {
      await client.end();
    }
  }

  it('a database migrated by the earlier runner is up to date: its history is adopted, nothing re-applied', async () => {
    await migrateWithEarlierRunner('upgraded', [
      { name: '0001-note', up: CREATE_NOTE, at: '2024-03-01T10:00:00Z' },
      { name: '0002-note-seed', up: SEED_NOTE, at: '2024-04-02T11:30:00Z' },
    ]);
    const orm = await open('upgraded');
    try {
      expect(await migrateSubgraphSchema(orm)).toEqual([]);
      const rows = await history('upgraded');
      expect(rows.map((r) => [r.name, r.executed_at.toISOString()])).toEqual([
        ['0001-note', '2024-03-01T10:00:00.000Z'],
        ['0002-note-seed', '2024-04-02T11:30:00.000Z'],
      ]);
      expect(await tableExists('upgraded.schema_migrations')).toBe(false);
      expect(await notes('upgraded')).toEqual([{ id: 1, body: 'first' }]);
      // Adopted once: a later run neither re-applies nor duplicates the history.
      expect(await migrateSubgraphSchema(orm)).toEqual([]);
      expect((await history('upgraded')).map((r) => r.name)).toEqual(['0001-note', '0002-note-seed']);
    } finally {
      await orm.close();
    }
  });

  it('a database the earlier runner left part-way is brought up to date from where it stopped', async () => {
    await migrateWithEarlierRunner('partway', [{ name: '0001-note', up: CREATE_NOTE, at: '2024-03-01T10:00:00Z' }]);
    const orm = await open('partway');
    try {
      expect(await migrateSubgraphSchema(orm)).toEqual(['0002-note-seed']);
      expect((await history('partway')).map((r) => r.name)).toEqual(['0001-note', '0002-note-seed']);
      expect(await notes('partway')).toEqual([{ id: 1, body: 'first' }]);
    } finally {
      await orm.close();
    }
  });

  it('refuses migrations listed out of order, before touching the database', async () => {
    const orm = await open('order', [Migration0002NoteSeed, Migration0001Note]);
    try {
      await expect(migrateSubgraphSchema(orm)).rejects.toThrow(/"0002-note-seed" must sort before "0001-note"/);
      expect(await tableExists('order.mikro_orm_migrations')).toBe(false);
    } finally {
      await orm.close();
    }
  });
});
