import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { textSource } from '../src/records/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import type { CsvImportOptions } from '../src/records/csv-format';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

/**
 * The fast reading (records/csv-reading.ts) against the careful one, through the whole import: the
 * same records, keys, rollups and report. A value holding a line break sends a file to the careful
 * reading, so each file is imported as it is (read fast) and with one such record added, in a
 * month of its own, at its end (read carefully). On a PostgreSQL server (TEST_DATABASE_URL, as CI
 * runs the suite) the records go by binary COPY, on the embedded database by INSERT.
 */
const SCHEMA = 'service_delivery';
const HEADER = STOP_SEARCH_COLUMNS.join(',');

const row = (fields: Partial<Record<(typeof STOP_SEARCH_COLUMNS)[number], string>>) => {
  const base: Record<string, string> = {
    Type: 'Person search',
    Date: '2017-06-01T10:00:00+01:00',
    'Part of a policing operation': 'False',
    'Policing operation': '',
    Latitude: '52.45',
    Longitude: '-1.73',
    Gender: 'Male',
    'Age range': '18-24',
    'Self-defined ethnicity': 'Asian/Asian British - Indian',
    'Officer-defined ethnicity': 'Asian',
    Legislation: 'Misuse of Drugs Act 1971 (section 23)',
    'Object of search': 'Controlled drugs',
    Outcome: 'Arrest',
    'Outcome linked to object of search': 'True',
    'Removal of more than just outer clothing': 'False',
  };
  return STOP_SEARCH_COLUMNS.map((c) => {
    const value = fields[c] ?? base[c]!;
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');
};

/** Values whose mapping, parsing or normalisation for the content key is easy to get wrong. */
const TRICKY = [
  HEADER,
  row({}),
  row({}),
  row({}),
  row({ Latitude: '-0.000012', Longitude: '0.0000001' }),
  row({ Latitude: '52.400000', Longitude: '+1.5' }),
  row({ Latitude: '.5', Longitude: '5.' }),
  row({ Latitude: '', Longitude: '', Date: '2017-06-30T23:30:00Z' }),
  row({ Latitude: '1E+01', Longitude: '-0', Date: '2017-06-02 08:15+0100' }),
  row({ Date: '2017-06-03T09:00:00.750+01:00', 'Policing operation': '007' }),
  row({ 'Policing operation': 'Operation   HOPE ', Type: 'PERSON  SEARCH' }),
  row({ Gender: 'Martian', 'Object of search': 'Kites', Outcome: 'Something else' }),
  row({ 'Part of a policing operation': 'maybe', 'Outcome linked to object of search': '', 'Removal of more than just outer clothing': 'yes' }),
  row({ 'Self-defined ethnicity': 'O1' }),
  row({ 'Self-defined ethnicity': 'Other ethnic group - Arab' }),
  row({ 'Self-defined ethnicity': '', 'Officer-defined ethnicity': '', 'Age range': '' }),
  HEADER,
  row({ Date: '2017-07-01T00:30:00+01:00', Outcome: 'A no further action disposal' }),
  row({ Date: '2017-07-01T00:30:00+01:00', Outcome: 'A no further action disposal' }),
].join('\r\n');

/** A record only the careful reading takes, dated after every other: it leaves their months and rollups alone. */
const CAREFUL_ONLY = row({ Date: '2017-09-01T10:00:00+01:00', 'Policing operation': 'Operation\nHope' });
const readCarefully = (text: string, newline = '\r\n') => `${text}${newline}${CAREFUL_ONLY}`;

describe('stop-and-search import: the fast reading and the careful one', { timeout: 180_000 }, () => {
  let t: ServiceDeliveryDatabase;
  const importText = (org: string, text: string, options: Partial<CsvImportOptions> = {}) =>
    importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: org, source: textSource('test.csv', text), acceptUnmapped: true, ...options });
  const recordsOf = async (org: string) => {
    const { rows } = await t.client.query(
      `select * from ${SCHEMA}.stop_search_record where organisation_key = $1 and occurred_at < '2017-08-01' order by line_number`,
      [org],
    );
    return rows.map(({ id: _id, batch_id: _batch, organisation_key: _org, ...rest }) => rest);
  };
  const rollupsOf = async (org: string) => {
    const { rows } = await t.client.query(
      `select grouping, day::text, value_a, value_b, searches, arrests, positive_outcomes, linked_finds
         from ${SCHEMA}.stop_search_rollup where organisation_key = $1 and day < '2017-08-01' order by 1, 2, 3, 4`,
      [org],
    );
    return rows;
  };
  /** What both readings must report alike (the careful one has read one record more, in a month of its own). */
  const comparable = (report: Awaited<ReturnType<typeof importText>>) => ({
    status: report.status,
    problems: report.problems,
    repeatedInFile: report.repeatedInFile,
    repeatedHeaderCount: report.repeatedHeaderCount,
    repeatedHeaderLines: report.repeatedHeaderLines,
    selfDefinedCodes: report.selfDefinedCodes,
    unmapped: report.unmapped.map(({ share: _s, ...rest }) => rest),
  });

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('stores the same records and rollups and reports the same, whichever reading took the file', async () => {
    const fast = await importText('read-fast', TRICKY);
    const careful = await importText('read-carefully', readCarefully(TRICKY));
    expect(fast.writePath).toBe(t.databaseKind === 'server' ? 'COPY' : 'BATCHED_INSERT');
    expect(fast).toMatchObject({ status: 'IMPORTED', rowsImported: 17, repeatedInFile: 3, repeatedHeaderCount: 1, repeatedHeaderLines: [17] });
    expect(careful).toMatchObject({ status: 'IMPORTED', rowsImported: 18 });
    expect(fast.selfDefinedCodes).toEqual({ scheme: '18+1', source: 'FILE', evidence: '"Other ethnic group - Arab" ×1' });
    expect(fast.unmapped.map((u) => u.column)).toEqual(['Gender', 'Object of search', 'Outcome', 'Part of a policing operation']);
    expect(comparable(fast)).toEqual(comparable(careful));

    const byFast = await recordsOf('read-fast');
    const byCareful = await recordsOf('read-carefully');
    expect(byFast).toHaveLength(17);
    // Same fields, same values; the keys differ only because the organisation is part of them.
    const withoutKeys = (rows: typeof byFast) => rows.map(({ content_key: _k, ...rest }) => rest);
    expect(withoutKeys(byFast)).toEqual(withoutKeys(byCareful));
    expect(byFast.map((r) => r.line_number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19]);
    expect(new Set(byFast.map((r) => r.content_key)).size).toBe(17);
    expect(await rollupsOf('read-fast')).toEqual(await rollupsOf('read-carefully'));
  });

  it('gives the same keys: records read fast are found held when read carefully, and the other way round', async () => {
    expect(await importText('same-keys', TRICKY)).toMatchObject({ status: 'IMPORTED', rowsImported: 17 });
    const again = await importText('same-keys', readCarefully(TRICKY.replace(/\r\n/g, '\n'), '\n'));
    expect(again).toMatchObject({ status: 'REFUSED', rowsRead: 18, rowsAlreadyHeld: 17, rowsNew: 1 });
    const real = readFileSync(resolve(import.meta.dirname, '../fixtures/2017-06-west-midlands-stop-and-search.csv'), 'utf8');
    expect(await importText('same-keys-real', readCarefully(real, '\n'))).toMatchObject({ status: 'IMPORTED', rowsImported: 769 });
    expect(await importText('same-keys-real', real)).toMatchObject({ status: 'ALREADY_IMPORTED', rowsAlreadyHeld: 768 });
  });

  it('replaces held months with --replace-months alike, rollups included', async () => {
    const june = [HEADER, row({}), row({ Outcome: 'Community resolution' })].join('\n');
    const more = [HEADER, row({}), row({ Outcome: 'Arrest', Gender: 'Female' }), row({ Date: '2017-07-02T10:00:00+01:00' })].join('\n');
    for (const [org, read] of [['replaced-fast', (text: string) => text], ['replaced-carefully', (text: string) => readCarefully(text, '\n')]] as const) {
      expect(await importText(org, read(june))).toMatchObject({ status: 'IMPORTED' });
      const refused = await importText(org, read(more));
      expect(refused.status).toBe('REFUSED');
      expect(refused.problems[0]!.reason).toContain(`months already held for ${org} stop-search: 2017-06 (2 held, 1 of the file`);
      expect(await importText(org, read(more), { replaceMonths: true })).toMatchObject({ status: 'IMPORTED' });
    }
    expect(await rollupsOf('replaced-fast')).toEqual(await rollupsOf('replaced-carefully'));
  });

  it('names the line of a refused record in either reading, and writes nothing', async () => {
    const bad = [HEADER, row({}), row({ Date: '2017-02-30T10:00:00+00:00' }), row({ Latitude: '91' })].join('\n');
    for (const text of [bad, readCarefully(bad, '\n')]) {
      const refused = await importText('refused', text);
      expect(refused).toMatchObject({ status: 'REFUSED', problemCount: 2 });
      expect(refused.problems).toEqual([
        { line: 3, column: 'Date', reason: 'Date "2017-02-30T10:00:00+00:00" is not a real calendar date and time' },
        { line: 4, column: 'Latitude', reason: 'Latitude "91" is not a number between -90 and 90' },
      ]);
    }
    expect(await t.count(`select count(*) as n from ${SCHEMA}.import_batch where organisation_key = 'refused'`)).toBe(0);
  });
});
