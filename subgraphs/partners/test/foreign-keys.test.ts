import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { foreignKeyName, type SubgraphMigration } from '@edhr/kit';
import { openMigrationTest, type MigrationTestDatabase } from '@edhr/kit/testing';
import { partners } from '../src/module';
import { FOREIGN_KEYS, Migration0018ForeignKeys } from '../src/migrations/0018-foreign-keys';

const SCHEMA = 'partners';
const { migrations } = partners;
const FINDING = randomUUID();

/** A partner with an agreement and an API key, a finding with an explanation, an audit entry of a partner never registered. */
const SEED = `
insert into ${SCHEMA}.partner_agency (id, key, name, sector, organisation_key, created_at) values ('${randomUUID()}', 'bcc', 'Birmingham City Council', 'local-authority', 'west-midlands-police', now());
insert into ${SCHEMA}.agreement (id, reference, partner_key, title, datasets, characteristics, areas, finest_period, valid_from, valid_to, suppression_threshold, created_at, updated_at, updated_by)
  values ('${randomUUID()}', 'WMP-DSA-1', 'bcc', 'Stop and search', '["stop-search"]', '["RACE"]', '["E23000014"]', 'MONTH', '2024-01-01', '2027-12-31', 10, now(), now(), 'admin-user');
insert into ${SCHEMA}.partner_api_key (id, partner_key, label, key_id, secret_hash, created_by, created_at) values ('${randomUUID()}', 'bcc', 'analysts', 'k1', repeat('0', 64), 'admin-user', now());
insert into ${SCHEMA}.finding (id, dataset, characteristic, category, reference, area, period, source, ratio, lower, upper, standard_error, count, population, reference_count, reference_population, denominator_source, denominator_edition, still_qualifies, detected_at, detected_by, figures_at, updated_at, updated_by)
  values ('${FINDING}', 'stop-search', 'RACE', 'BLACK', 'WHITE', 'E23000014', '2017-06', 'service-delivery', 3.15, 2.6, 3.82, 0.1, 149, 236000, 359, 1780000, 'Census 2021', '2021', true, now(), 'detector', now(), now(), 'detector');
insert into ${SCHEMA}.finding_explanation (id, finding_id, text, evidence, explained_by, explained_at, finding_version) values ('${randomUUID()}', '${FINDING}', 'Operation in one ward', '[]', 'staff-user', now(), 1);
insert into ${SCHEMA}.audit_entry (id, asked_at, subject, partner_key, operation, request, outcome, rows_returned) values ('${randomUUID()}', now(), 'someone', 'never-registered', 'disparity', '{}', 'refused', 0);
`;

describe('migration 0018: foreign keys of partners', { timeout: 240_000 }, () => {
  let database: MigrationTestDatabase;
  let client: pg.Client;
  const open = (list: readonly SubgraphMigration[]) => database.migrate(list);
  const count = (sql: string) => database.count(sql);

  beforeAll(async () => {
    database = await openMigrationTest(partners, Migration0018ForeignKeys);
    client = database.client;
    await client.query(SEED);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('refuses to apply over an API key of a partner that does not exist, naming the table, the column and the count', async () => {
    const orphan = randomUUID();
    await client.query(`insert into ${SCHEMA}.partner_api_key (id, partner_key, label, key_id, secret_hash, created_by, created_at) values ($1, 'gone', 'old', 'k2', repeat('0', 64), 'admin-user', now())`, [orphan]);
    await expect(open(migrations)).rejects.toThrow(
      'cannot add foreign key partner_api_key_partner_key_foreign: 1 rows of partners.partner_api_key have a partner_key that is in no row of partners.partner_agency (key)',
    );
    await client.query(`delete from ${SCHEMA}.partner_api_key where id = $1`, [orphan]);
  });

  it('applies over the seeded data, every key RESTRICT, the audit untouched', async () => {
    await (await open(migrations)).close();
    const { rows } = await client.query<{ conname: string; confdeltype: string }>(
      `select conname, confdeltype from pg_constraint where contype = 'f' and connamespace = '${SCHEMA}'::regnamespace order by conname`,
    );
    expect(rows).toEqual(FOREIGN_KEYS.map((key) => ({ conname: foreignKeyName(key), confdeltype: 'r' })).sort((a, b) => a.conname.localeCompare(b.conname)));
    expect(await count(`select count(*) as n from ${SCHEMA}.audit_entry where partner_key = 'never-registered'`)).toBe(1);
  });

  it('refuses an agreement, an API key or an explanation whose parent does not exist', async () => {
    await expect(client.query(`update ${SCHEMA}.agreement set partner_key = 'nobody'`)).rejects.toThrow(/agreement_partner_key_foreign/);
    await expect(client.query(`update ${SCHEMA}.partner_api_key set partner_key = 'nobody'`)).rejects.toThrow(/partner_api_key_partner_key_foreign/);
    await expect(
      client.query(`insert into ${SCHEMA}.finding_explanation (id, finding_id, text, evidence, explained_by, explained_at, finding_version) values ($1, $2, 'x', '[]', 'staff-user', now(), 1)`, [
        randomUUID(),
        randomUUID(),
      ]),
    ).rejects.toThrow(/finding_explanation_finding_id_foreign/);
  });

  it('refuses to delete a partner with an agreement or a key, and a finding with an explanation', async () => {
    await expect(client.query(`delete from ${SCHEMA}.partner_agency where key = 'bcc'`)).rejects.toThrow(/_partner_key_foreign/);
    await expect(client.query(`delete from ${SCHEMA}.finding where id = $1`, [FINDING])).rejects.toThrow(/finding_explanation_finding_id_foreign/);
    expect(await count(`select count(*) as n from ${SCHEMA}.partner_agency`)).toBe(1);
    expect(await count(`select count(*) as n from ${SCHEMA}.finding`)).toBe(1);
  });
});
