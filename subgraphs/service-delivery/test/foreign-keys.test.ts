import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { foreignKeyName, type SubgraphMigration } from '@edhr/kit';
import { openMigrationTest, type MigrationTestDatabase } from '@edhr/kit/testing';
import { serviceDelivery } from '../src/module';
import { FOREIGN_KEYS, Migration0017ForeignKeys } from '../src/migrations/0017-foreign-keys';
import { fileSource, textSource } from '../src/records/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import { importerOf } from '../src/imports/encounter-import.service';

const SCHEMA = 'service_delivery';
const STOP_SEARCH_FILE = resolve(import.meta.dirname, '../fixtures/2017-06-west-midlands-stop-and-search.csv');
const HATE_CRIME = readFileSync(resolve(import.meta.dirname, '../fixtures/examples/hate-crime.example.csv'), 'utf8');
const { migrations } = serviceDelivery;

describe('migration 0017: foreign keys of service-delivery', { timeout: 240_000 }, () => {
  let database: MigrationTestDatabase;
  let client: pg.Client;
  const open = (list: readonly SubgraphMigration[]) => database.migrate(list);
  const count = (sql: string) => database.count(sql);

  beforeAll(async () => {
    database = await openMigrationTest(serviceDelivery, Migration0017ForeignKeys);
    client = database.client;
    // Records imported before the keys existed: a month of stop and search, a hate-crime file.
    await importStopSearch({ client, schema: SCHEMA, organisationKey: 'west-midlands', source: fileSource(STOP_SEARCH_FILE) });
    await importerOf('hate-crime')!.import({ client, schema: SCHEMA, organisationKey: 'west-midlands', source: textSource('hate-crime.csv', HATE_CRIME), acceptUnmapped: true });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('refuses to apply over records of a batch that does not exist, naming the table, the column and the count', async () => {
    const lost = randomUUID();
    await client.query(`insert into ${SCHEMA}.stop_search_rollup select organisation_key, grouping, day, $1, value_a, value_b, searches, arrests, positive_outcomes, linked_finds from ${SCHEMA}.stop_search_rollup where grouping = 'SEX'`, [lost]);
    const orphans = await count(`select count(*) as n from ${SCHEMA}.stop_search_rollup where batch_id = '${lost}'`);
    expect(orphans).toBeGreaterThan(0);
    await expect(open(migrations)).rejects.toThrow(
      `cannot add foreign key stop_search_rollup_batch_id_foreign: ${orphans} rows of service_delivery.stop_search_rollup have a batch_id that is in no row of service_delivery.import_batch (id)`,
    );
    expect(await count(`select count(*) as n from pg_constraint where contype = 'f' and connamespace = '${SCHEMA}'::regnamespace`)).toBe(0);
    await client.query(`delete from ${SCHEMA}.stop_search_rollup where batch_id = $1`, [lost]);
  });

  it('applies over the imported records once they all have their batch', async () => {
    const orm = await open(migrations);
    await orm.close();
    const { rows } = await client.query<{ conname: string; confdeltype: string }>(
      `select conname, confdeltype from pg_constraint where contype = 'f' and connamespace = '${SCHEMA}'::regnamespace order by conname`,
    );
    expect(rows).toEqual(
      FOREIGN_KEYS.map((key) => ({ conname: foreignKeyName(key), confdeltype: key.onDelete === 'cascade' ? 'c' : 'r' })).sort((a, b) => a.conname.localeCompare(b.conname)),
    );
    expect(await count(`select count(*) as n from ${SCHEMA}.stop_search_record`)).toBeGreaterThan(0);
    expect(await count(`select count(*) as n from ${SCHEMA}.encounter_record`)).toBeGreaterThan(0);
  });

  it('refuses a record of a batch that does not exist', async () => {
    await expect(
      client.query(`update ${SCHEMA}.stop_search_record set batch_id = $1 where id = (select min(id) from ${SCHEMA}.stop_search_record)`, [randomUUID()]),
    ).rejects.toThrow(/stop_search_record_batch_id_foreign/);
    await expect(
      client.query(`update ${SCHEMA}.encounter_record set batch_id = $1 where id = (select min(id) from ${SCHEMA}.encounter_record)`, [randomUUID()]),
    ).rejects.toThrow(/encounter_record_batch_id_foreign/);
  });

  it('refuses to delete a batch that holds records; deletes the rollups with a batch that holds none', async () => {
    const batch = (await client.query<{ id: string }>(`select id from ${SCHEMA}.import_batch where dataset = 'stop-search'`)).rows[0]!.id;
    await expect(client.query(`delete from ${SCHEMA}.import_batch where id = $1`, [batch])).rejects.toThrow(/stop_search_record_batch_id_foreign/);
    expect(await count(`select count(*) as n from ${SCHEMA}.stop_search_rollup where batch_id = '${batch}'`)).toBeGreaterThan(0);
    // Its records gone (as a re-import of their months takes them), the batch may go, and its rollups with it.
    await client.query('begin');
    await client.query(`delete from ${SCHEMA}.stop_search_record where batch_id = $1`, [batch]);
    await client.query(`delete from ${SCHEMA}.import_batch where id = $1`, [batch]);
    await client.query('commit');
    expect(await count(`select count(*) as n from ${SCHEMA}.stop_search_rollup where batch_id = '${batch}'`)).toBe(0);
  });

  it('still imports once the keys are there', async () => {
    const report = await importStopSearch({ client, schema: SCHEMA, organisationKey: 'west-midlands', source: fileSource(STOP_SEARCH_FILE) });
    expect(report.rowsImported).toBeGreaterThan(0);
    expect(await count(`select count(*) as n from ${SCHEMA}.stop_search_record r join ${SCHEMA}.import_batch b on b.id = r.batch_id`)).toBe(report.rowsImported);
  });
});
