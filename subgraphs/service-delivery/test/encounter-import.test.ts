import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Identity, fixedClock } from '@edhr/kit';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

// Nothing here depends on the date; a fixed clock keeps it that way.
const clock = fixedClock('2027-03-31T12:00:00Z');
const STAFF: Identity = { subject: 'analyst', roles: ['staff'] };
const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };
const PARTNER: Identity = { subject: 'partner', roles: ['partner'], partnerId: 'nhs' };
const example = (name: string) => readFileSync(resolve(import.meta.dirname, `../fixtures/examples/${name}.example.csv`), 'utf8');

const FILES = {
  'use-of-force': 'use-of-force',
  custody: 'arrests-custody',
  'hate-crime': 'hate-crime',
  complaints: 'complaints',
  'victim-satisfaction': 'victim-satisfaction',
} as const;
const DATE_COLUMN = { 'use-of-force': 'Date', custody: 'Arrest date', 'hate-crime': 'Date recorded', complaints: 'Date received', 'victim-satisfaction': 'Interview date' };

const IMPORT = `mutation ($dataset: String!, $org: ID!, $file: String!, $accept: Boolean = false) {
  importEncounters(dataset: $dataset, organisation: $org, file: $file, acceptUnmapped: $accept) {
    status dataset rowsImported problemCount problems { line column reason } unmapped { column count values { value count } } published { status }
  }
}`;
const COUNTS = `query ($org: ID!, $dataset: String!, $groupBy: [EncounterGroupBy!]) {
  encounterCounts(organisation: $org, dataset: $dataset, groupBy: $groupBy) { groups { dimension value } records }
}`;

describe('encounter formats other than stop and search', { timeout: 120_000 }, () => {
  let t: ServiceDeliveryDatabase;
  const run = async (source: string, variableValues: Record<string, unknown>, identity: Identity = STAFF) =>
    t.execute(source, variableValues, identity);
  const records = (org: string) => t.count(`select count(*) as n from service_delivery.encounter_record where organisation_key = $1`, [org]);
  const batches = (org: string) => t.count(`select count(*) as n from service_delivery.import_batch where organisation_key = $1`, [org]);

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase({ clock });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it.each(Object.entries(FILES))('imports the %s example with exactly 3 rows, once', async (dataset, file) => {
    // The hate-crime example has one victim gender of three no rule recognises: accepted knowingly.
    const accept = file === 'hate-crime';
    const first = await run(IMPORT, { dataset, org: 'examples', file: example(file), accept });
    expect(first.errors).toBeUndefined();
    expect(first.data?.importEncounters).toMatchObject({ status: 'IMPORTED', dataset: file, rowsImported: 3, problemCount: 0, published: null });
    const stored = await t.count(`select count(*) as n from service_delivery.encounter_record where organisation_key = 'examples' and dataset = $1`, [file]);
    expect(stored).toBe(3);
    const before = await records('examples');
    const again = await run(IMPORT, { dataset, org: 'examples', file: example(file), accept });
    expect(again.data?.importEncounters).toMatchObject({ status: 'ALREADY_IMPORTED', rowsImported: 0 });
    expect(await records('examples')).toBe(before);
  });

  it('holds every example record, the characteristics mapped and the other columns as written', async () => {
    expect(await records('examples')).toBe(15);
    expect(await batches('examples')).toBe(5);
    const { rows } = await t.client.query(
      `select reference, sex, age_range, self_defined_broad, officer_defined_broad, latitude, details from service_delivery.encounter_record
        where dataset = 'use-of-force' and line_number = 3`,
    );
    expect(rows[0]).toMatchObject({ reference: 'EXAMPLE-UOF-0002', sex: 'FEMALE', age_range: 'AGE_25_34', self_defined_broad: 'BLACK', officer_defined_broad: 'BLACK', latitude: 52.4862 });
    expect(rows[0].details).toMatchObject({ 'Impact factors': 'Drugs;Size/Gender/Build', Tactic: 'Unarmed skills - restraint', 'Subject injured': 'True' });
  });

  it('reports a gender no rule recognises and counts it as UNMAPPED', async () => {
    // Victim gender "Prefer not to say" has no @edhr/schema rule: kept as written, counted, not dropped.
    const refused = await run(IMPORT, { dataset: 'hate-crime', org: 'unmapped', file: example('hate-crime') });
    expect(refused.data?.importEncounters).toMatchObject({
      status: 'REFUSED',
      rowsImported: 0,
      problems: [
        {
          line: 1,
          column: 'Victim gender',
          reason:
            '1 of 3 values (33%) are unmapped, above the 1.0% threshold for a protected characteristic: "Prefer not to say" ×1. ' +
            'Add mapping rules for them, or import knowingly with --accept-unmapped (acceptUnmapped: true)',
        },
      ],
    });
    expect(await records('unmapped')).toBe(0);
    const reimport = await run(IMPORT, { dataset: 'hate-crime', org: 'unmapped', file: example('hate-crime'), accept: true });
    expect(reimport.data?.importEncounters).toMatchObject({
      status: 'IMPORTED',
      unmapped: [{ column: 'Victim gender', count: 1, values: [{ value: 'Prefer not to say', count: 1 }] }],
    });
    const counts = await run(COUNTS, { org: 'examples', dataset: 'hate-crime', groupBy: ['SEX'] });
    expect(counts.data?.encounterCounts).toEqual([
      { groups: [{ dimension: 'SEX', value: 'FEMALE' }], records: 1 },
      { groups: [{ dimension: 'SEX', value: 'MALE' }], records: 1 },
      { groups: [{ dimension: 'SEX', value: 'UNMAPPED' }], records: 1 },
    ]);
  });

  it('counts the use-of-force example by ethnicity as counted by a script over the file', async () => {
    // White - English/…, Black/African/… - African, Asian/Asian British - Pakistani.
    const result = await run(COUNTS, { org: 'examples', dataset: 'use-of-force', groupBy: ['ETHNICITY'] });
    expect(result.errors).toBeUndefined();
    expect(result.data?.encounterCounts).toEqual([
      { groups: [{ dimension: 'ETHNICITY', value: 'ASIAN' }], records: 1 },
      { groups: [{ dimension: 'ETHNICITY', value: 'BLACK' }], records: 1 },
      { groups: [{ dimension: 'ETHNICITY', value: 'WHITE' }], records: 1 },
    ]);
    const hate = await run(COUNTS, { org: 'examples', dataset: 'hate-crime', groupBy: ['ETHNICITY', 'MONTH'] });
    expect(hate.data?.encounterCounts).toEqual([
      { groups: [{ dimension: 'ETHNICITY', value: 'ASIAN' }, { dimension: 'MONTH', value: '2024-05' }], records: 1 },
      { groups: [{ dimension: 'ETHNICITY', value: 'NOT_STATED' }, { dimension: 'MONTH', value: '2024-05' }], records: 1 },
      { groups: [{ dimension: 'ETHNICITY', value: 'WHITE' }, { dimension: 'MONTH', value: '2024-05' }], records: 1 },
    ]);
  });

  it('counts the new records in the organisation summary', async () => {
    const result = await run(
      `query { _entities(representations: [{ __typename: "Organisation", id: "examples" }]) { ... on Organisation { serviceDelivery { importedFiles encounterRecords } } } }`,
      {},
    );
    expect(result.data?._entities).toEqual([{ serviceDelivery: { importedFiles: 5, encounterRecords: 15 } }]);
  });

  it.each(Object.entries(FILES))('refuses a malformed %s file whole, with line numbers', async (dataset, file) => {
    const [header, ...rows] = example(file).trim().split('\n');
    const dateColumn = DATE_COLUMN[dataset as keyof typeof DATE_COLUMN];
    const badDate = [header, rows[0], rows[1]!.replace(/\d{4}-\d{2}-\d{2}T[0-9:]+[+-]\d{2}:\d{2}/, '2024-02-30T10:00:00+00:00'), rows[2]].join('\n');
    const refused = await run(IMPORT, { dataset, org: `bad-date-${file}`, file: badDate });
    expect(refused.data?.importEncounters).toMatchObject({
      status: 'REFUSED',
      rowsImported: 0,
      problems: [{ line: 3, column: dateColumn, reason: expect.stringContaining('not a real calendar date') }],
    });
    expect(await records(`bad-date-${file}`)).toBe(0);
    expect(await batches(`bad-date-${file}`)).toBe(0);

    const columns = header!.split(',');
    const missing = columns.at(-1)!;
    const without = [columns.slice(0, -1).join(','), ...rows.map((r) => r.split(',').slice(0, -1).join(','))].join('\n');
    const noColumn = await run(IMPORT, { dataset, org: `missing-${file}`, file: without });
    expect(noColumn.data?.importEncounters).toMatchObject({ status: 'REFUSED', problems: [{ line: 1, column: null, reason: `missing column "${missing}"` }] });
    expect(await records(`missing-${file}`)).toBe(0);
    expect(await batches(`missing-${file}`)).toBe(0);
  });

  it('refuses the counts to the public and partners, and an unknown dataset', async () => {
    for (const identity of [PUBLIC, PARTNER]) {
      const result = await run(COUNTS, { org: 'examples', dataset: 'use-of-force', groupBy: ['ETHNICITY'] }, identity);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const upload = await run(IMPORT, { dataset: 'use-of-force', org: 'examples', file: example('use-of-force') }, PUBLIC);
    expect(upload.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await run(COUNTS, { org: 'examples', dataset: 'parking-tickets' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
