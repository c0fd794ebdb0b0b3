import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { foreignKeyName, type SubgraphMigration } from '@edhr/kit';
import { openMigrationTest, type MigrationTestDatabase } from '@edhr/kit/testing';
import { peopleCulture } from '../src/module';
import { FOREIGN_KEYS, Migration0016ForeignKeys } from '../src/migrations/0016-foreign-keys';

const SCHEMA = 'people_culture';
const { migrations } = peopleCulture;

/** One imported batch and a figure of each kind it wrote. */
const SEED = `
insert into ${SCHEMA}.import_batch (id, format, sha256, rows, imported_by, imported_at) values (1, 'workforce-snapshot', repeat('a', 64), 4, 'staff-user', now());
insert into ${SCHEMA}.workforce_headcount (organisation_key, movement, date, workforce, rank, characteristic, category, headcount, batch_id) values ('example-force', 'snapshot', '2024-03-31', 'officer', 'PC', 'RACE', 'White', 4, 1);
insert into ${SCHEMA}.selection_outcome (organisation_key, round_id, kind, rank, characteristic, category, applicants, successful, batch_id) values ('example-force', 'r1', 'promotion', 'Sergeant', 'SEX', 'Female', 10, 3, 1);
insert into ${SCHEMA}.case_count (organisation_key, period, kind, characteristic, category, cases, batch_id) values ('example-force', '2024', 'grievance', 'RACE', 'Black', 2, 1);
insert into ${SCHEMA}.community_population (organisation_key, characteristic, category, population, source, batch_id) values ('example-force', 'RACE', 'White', 1000, 'Census 2021', 1);
`;

describe('migration 0016: foreign keys of people-culture', { timeout: 240_000 }, () => {
  let database: MigrationTestDatabase;
  let client: pg.Client;
  const open = (list: readonly SubgraphMigration[]) => database.migrate(list);
  const count = (sql: string) => database.count(sql);

  beforeAll(async () => {
    database = await openMigrationTest(peopleCulture, Migration0016ForeignKeys);
    client = database.client;
    await client.query(SEED);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('refuses to apply over figures of a batch that does not exist, naming the table, the column and the count', async () => {
    await client.query(`insert into ${SCHEMA}.case_count (organisation_key, period, kind, characteristic, category, cases, batch_id) values ('example-force', '2023', 'grievance', 'RACE', 'Black', 1, 99), ('example-force', '2022', 'grievance', 'RACE', 'Black', 1, 98)`);
    await expect(open(migrations)).rejects.toThrow(
      'cannot add foreign key case_count_batch_id_foreign: 2 rows of people_culture.case_count have a batch_id that is in no row of people_culture.import_batch (id)',
    );
    await client.query(`delete from ${SCHEMA}.case_count where batch_id <> 1`);
  });

  it('applies over the imported figures once each has its batch, every key RESTRICT', async () => {
    await (await open(migrations)).close();
    const { rows } = await client.query<{ conname: string; confdeltype: string }>(
      `select conname, confdeltype from pg_constraint where contype = 'f' and connamespace = '${SCHEMA}'::regnamespace order by conname`,
    );
    expect(rows).toEqual(FOREIGN_KEYS.map((key) => ({ conname: foreignKeyName(key), confdeltype: 'r' })).sort((a, b) => a.conname.localeCompare(b.conname)));
    expect(await count(`select count(*) as n from ${SCHEMA}.workforce_headcount`)).toBe(1);
  });

  it('refuses a figure of a batch that does not exist, and the delete of a batch that wrote figures', async () => {
    for (const { table } of FOREIGN_KEYS) {
      await expect(client.query(`update ${SCHEMA}.${table} set batch_id = 77`), table).rejects.toThrow(`${table}_batch_id_foreign`);
    }
    await expect(client.query(`delete from ${SCHEMA}.import_batch where id = 1`)).rejects.toThrow(/_batch_id_foreign/);
    expect(await count(`select count(*) as n from ${SCHEMA}.import_batch`)).toBe(1);
  });
});
