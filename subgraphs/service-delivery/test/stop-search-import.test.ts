import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { fileSource, textSource } from '../src/records/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

const REAL_FILE = resolve(import.meta.dirname, '../fixtures/2017-06-west-midlands-stop-and-search.csv');
const SCHEMA = 'service_delivery';
const HEADER = STOP_SEARCH_COLUMNS.join(',');
const GOOD_ROW =
  'Person search,2017-06-01T10:00:00+01:00,False,,52.45,-1.73,Male,18-24,Asian/Asian British - Indian,Asian,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False';

describe('stop-and-search import', { timeout: 120_000 }, () => {
  let t: ServiceDeliveryDatabase;
  const records = (org: string) => t.count(`select count(*) as n from ${SCHEMA}.stop_search_record where organisation_key = $1`, [org]);
  const batches = (org: string) => t.count(`select count(*) as n from ${SCHEMA}.import_batch where organisation_key = $1`, [org]);
  const importText = (org: string, text: string, options: { acceptUnmapped?: boolean } = {}) =>
    importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: org, source: textSource('test.csv', text), ...options });

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('imports the real June 2017 West Midlands file with exactly 768 rows', async () => {
    const report = await importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: 'west-midlands', source: fileSource(REAL_FILE) });
    expect(report.status).toBe('IMPORTED');
    expect(report.rowsImported).toBe(768);
    expect(report.problemCount).toBe(0);
    // Every value of that file has a rule: blank Gender/Removal columns are NOT_RECORDED, not unmapped.
    expect(report.unmapped).toEqual([]);
    // On a PostgreSQL server the server reads the file; the embedded database takes multi-row INSERTs.
    expect(report.writePath).toBe(t.databaseKind === 'server' ? 'COPY' : 'BATCHED_INSERT');
    expect(await records('west-midlands')).toBe(768);
  });

  it('maps self-defined ethnicity to the counts found by hand in the file', async () => {
    const { rows } = await t.client.query<{ g: string; n: number }>(
      `select self_defined_broad as g, count(*)::int as n from ${SCHEMA}.stop_search_record where organisation_key = 'west-midlands' group by 1`,
    );
    // Counted with a script over the CSV: "White - …" 325 + 31 + 3; "Black/ African/…" 97 + 32 + 20;
    // "Asian/Asian British - …" 96 + 37 + 27 + 6; "Mixed/Multiple …" 24 + 13 + 7 + 4; blank 33;
    // "Other ethnic group - Not stated" 13.
    expect(Object.fromEntries(rows.map((r) => [r.g, r.n]))).toEqual({
      WHITE: 359,
      BLACK: 149,
      ASIAN: 166,
      MIXED: 48,
      NOT_RECORDED: 33,
      NOT_STATED: 13,
    });
  });

  it('maps outcomes and keeps the raw values beside them', async () => {
    const { rows } = await t.client.query<{ g: string; n: number }>(
      `select outcome as g, count(*)::int as n from ${SCHEMA}.stop_search_record where organisation_key = 'west-midlands' group by 1`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.g, r.n]))).toEqual({
      NO_FURTHER_ACTION: 524, // "Nothing found - no further action"
      ARREST: 171, // "Suspect arrested"
      DRUGS_WARNING: 30,
      ARTICLE_FOUND: 20,
      PENALTY_NOTICE: 9,
      SUMMONS: 6,
      CAUTION: 6,
      COMMUNITY_RESOLUTION: 2, // "Local resolution"
    });
    const first = await t.client.query(
      `select line_number, date_raw, occurred_at, gender_raw, sex, outcome_linked_raw, outcome_linked, removal_of_clothing
         from ${SCHEMA}.stop_search_record where organisation_key = 'west-midlands' order by line_number limit 1`,
    );
    expect(first.rows[0]).toMatchObject({
      line_number: 2,
      date_raw: '2017-05-31T23:23:00+00:00',
      gender_raw: '',
      sex: 'NOT_RECORDED',
      outcome_linked_raw: '',
      outcome_linked: null,
      removal_of_clothing: null,
    });
    expect((first.rows[0].occurred_at as Date).toISOString()).toBe('2017-05-31T23:23:00.000Z');
  });

  it('adds nothing when the same file is imported again', async () => {
    const again = await importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: 'west-midlands', source: fileSource(REAL_FILE) });
    expect(again.status).toBe('ALREADY_IMPORTED');
    expect(again.rowsImported).toBe(0);
    expect(await records('west-midlands')).toBe(768);
    expect(await batches('west-midlands')).toBe(1);
  });

  it('refuses a bad date with its line number and writes nothing', async () => {
    const text = [HEADER, GOOD_ROW, GOOD_ROW.replace('2017-06-01T10:00:00+01:00', '2017-13-45T10:00:00+01:00'), GOOD_ROW.replace('2017-06-01T10:00:00+01:00', 'yesterday')].join('\n');
    const report = await importText('bad-date', text);
    expect(report.status).toBe('REFUSED');
    expect(report.problems).toEqual([
      { line: 3, column: 'Date', reason: expect.stringContaining('not a real calendar date') },
      { line: 4, column: 'Date', reason: expect.stringContaining('not an ISO 8601') },
    ]);
    expect(await records('bad-date')).toBe(0);
    expect(await batches('bad-date')).toBe(0);
  });

  it('refuses a timestamp without an offset rather than guess GMT or BST', async () => {
    const report = await importText('no-offset', [HEADER, GOOD_ROW.replace('+01:00', '')].join('\n'));
    expect(report.problems[0]).toMatchObject({ line: 2, column: 'Date', reason: expect.stringContaining('no UTC offset') });
    expect(await records('no-offset')).toBe(0);
  });

  it('refuses a file with a missing column', async () => {
    const header = STOP_SEARCH_COLUMNS.filter((c) => c !== 'Outcome').join(',');
    const row = GOOD_ROW.split(',').filter((_, i) => i !== 12).join(',');
    const report = await importText('missing-column', [header, row].join('\n'));
    expect(report.status).toBe('REFUSED');
    expect(report.problems).toEqual([{ line: 1, column: null, reason: 'missing column "Outcome"' }]);
    expect(await records('missing-column')).toBe(0);
    expect(await batches('missing-column')).toBe(0);
  });

  it('refuses a semicolon-separated file', async () => {
    const report = await importText('semicolons', [STOP_SEARCH_COLUMNS.join(';'), GOOD_ROW.replaceAll(',', ';')].join('\n'));
    expect(report.status).toBe('REFUSED');
    expect(report.problems[0]).toMatchObject({ line: 1, reason: expect.stringContaining('semicolons') });
    expect(await records('semicolons')).toBe(0);
  });

  it('refuses a row with the wrong number of fields, even after good rows were written', async () => {
    const rows = Array.from({ length: 12_000 }, () => GOOD_ROW);
    rows.push(`${GOOD_ROW},extra`);
    rows.push(GOOD_ROW.split(',').slice(0, 10).join(','));
    const report = await importText('field-count', [HEADER, ...rows].join('\n'));
    expect(report.status).toBe('REFUSED');
    expect(report.problems).toEqual([
      { line: 12_002, column: null, reason: 'has 16 fields; the header has 15' },
      { line: 12_003, column: null, reason: 'has 10 fields; the header has 15' },
    ]);
    // The first 12,000 rows were already streamed to the database: the rollback removed them.
    expect(await records('field-count')).toBe(0);
    expect(await batches('field-count')).toBe(0);
  });

  it('reports an unterminated quote at the line it opens on, not the end of the file', async () => {
    const rows = [HEADER, GOOD_ROW, GOOD_ROW.replace('Person search', '"Person search'), GOOD_ROW, GOOD_ROW, GOOD_ROW];
    const report = await importText('bad-quote', rows.join('\n'));
    expect(report.status).toBe('REFUSED');
    expect(report.problems).toEqual([
      { line: 3, column: null, reason: 'a quote opened on this line is never closed: the rest of the file would be one field' },
    ]);
    expect(await records('bad-quote')).toBe(0);
  });

  it('keeps a value no rule recognises, counts it, and imports the file', async () => {
    const odd = GOOD_ROW.replace('Asian/Asian British - Indian', 'Martian - Olympus Mons').replace(',Arrest,', ',Taken to the moon,');
    const report = await importText('unmapped', [HEADER, GOOD_ROW, odd, odd].join('\n'), { acceptUnmapped: true });
    expect(report.status).toBe('IMPORTED');
    expect(report.rowsImported).toBe(3);
    expect(report.acceptUnmapped).toBe(true);
    expect(report.unmapped).toEqual([
      { column: 'Self-defined ethnicity', count: 2, share: 2 / 3, protectedCharacteristic: true, values: [{ value: 'Martian - Olympus Mons', count: 2 }] },
      { column: 'Outcome', count: 2, share: 2 / 3, protectedCharacteristic: false, values: [{ value: 'Taken to the moon', count: 2 }] },
    ]);
    const { rows } = await t.client.query(
      `select self_defined_ethnicity_raw, self_defined_broad, outcome_raw, outcome from ${SCHEMA}.stop_search_record
        where organisation_key = 'unmapped' and line_number = 3`,
    );
    expect(rows[0]).toEqual({
      self_defined_ethnicity_raw: 'Martian - Olympus Mons',
      self_defined_broad: 'UNMAPPED',
      outcome_raw: 'Taken to the moon',
      outcome: 'UNMAPPED',
    });
  });

  it('refuses an empty file and a header with no records', async () => {
    expect((await importText('empty', '')).problems[0]).toMatchObject({ line: 1, reason: expect.stringContaining('empty') });
    expect((await importText('header-only', `${HEADER}\n`)).problems[0]).toMatchObject({ reason: expect.stringContaining('no records') });
    expect(await batches('empty')).toBe(0);
  });
});
