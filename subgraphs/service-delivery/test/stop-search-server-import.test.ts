import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { textSource } from '../src/records/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import type { CsvImportOptions } from '../src/records/csv-format';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

/**
 * The import read by the server (SERVER_COPY) against the same file read in the client (COPY):
 * the same records, keys, rollups and report. Only a PostgreSQL server takes COPY FROM STDIN, so
 * this file runs with TEST_DATABASE_URL (as CI runs the suite).
 */
const SCHEMA = 'service_delivery';
const HEADER = STOP_SEARCH_COLUMNS.join(',');
const onServer = Boolean(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);

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

describe.skipIf(!onServer)('stop-and-search import read by the server', { timeout: 180_000 }, () => {
  let t: ServiceDeliveryDatabase;
  const importText = (org: string, text: string, options: Partial<CsvImportOptions> = {}) =>
    importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: org, source: textSource('test.csv', text), acceptUnmapped: true, ...options });
  const recordsOf = async (org: string) => {
    const { rows } = await t.client.query(
      `select * from ${SCHEMA}.stop_search_record where organisation_key = $1 order by line_number`,
      [org],
    );
    return rows.map(({ id: _id, batch_id: _batch, organisation_key: _org, ...rest }) => rest);
  };
  const rollupsOf = async (org: string) => {
    const { rows } = await t.client.query(
      `select grouping, day::text, value_a, value_b, searches, arrests, positive_outcomes, linked_finds
         from ${SCHEMA}.stop_search_rollup where organisation_key = $1 order by 1, 2, 3, 4`,
      [org],
    );
    return rows;
  };
  /** What both readings must report alike. */
  const comparable = (report: Awaited<ReturnType<typeof importText>>) => {
    const { batchId: _b, organisationKey: _o, durationMs: _d, rowsPerSecond: _r, writePath: _w, ...rest } = report;
    return rest;
  };

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('stores the same records, keys and rollups and reports the same as the client reading', async () => {
    const client = await importText('read-by-client', TRICKY, { writePath: 'COPY' });
    const server = await importText('read-by-server', TRICKY);
    expect(client.writePath).toBe('COPY');
    expect(server.writePath).toBe('SERVER_COPY');
    expect(server).toMatchObject({ status: 'IMPORTED', rowsImported: 17, repeatedInFile: 3, repeatedHeaderCount: 1, repeatedHeaderLines: [17] });
    expect(server.selfDefinedCodes).toEqual({ scheme: '18+1', source: 'FILE', evidence: '"Other ethnic group - Arab" ×1' });
    expect(server.unmapped.map((u) => u.column)).toEqual(['Gender', 'Object of search', 'Outcome', 'Part of a policing operation']);
    expect(comparable(server)).toEqual(comparable(client));

    const byClient = await recordsOf('read-by-client');
    const byServer = await recordsOf('read-by-server');
    expect(byServer).toHaveLength(17);
    // Same fields, same values; the keys differ only because the organisation is part of them.
    const withoutKeys = (rows: typeof byClient) => rows.map(({ content_key: _k, ...rest }) => rest);
    expect(withoutKeys(byServer)).toEqual(withoutKeys(byClient));
    expect(byServer.map((r) => r.line_number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19]);
    expect(new Set(byServer.map((r) => r.content_key)).size).toBe(17);
    expect(await rollupsOf('read-by-server')).toEqual(await rollupsOf('read-by-client'));
  });

  it('gives the keys the client gives: a file read in the client, then by the server, is already held', async () => {
    const first = await importText('same-keys', TRICKY, { writePath: 'COPY' });
    expect(first.status).toBe('IMPORTED');
    const again = await importText('same-keys', TRICKY.replace(/\r\n/g, '\n'));
    expect(again).toMatchObject({ status: 'ALREADY_IMPORTED', writePath: 'SERVER_COPY', rowsRead: 17, rowsAlreadyHeld: 17, rowsNew: 0 });
    // And the other way round, for the real June 2017 file.
    const real = readFileSync(resolve(import.meta.dirname, '../fixtures/2017-06-west-midlands-stop-and-search.csv'), 'utf8');
    expect(await importText('same-keys-real', real)).toMatchObject({ status: 'IMPORTED', writePath: 'SERVER_COPY', rowsImported: 768 });
    expect(await importText('same-keys-real', real, { writePath: 'COPY' })).toMatchObject({ status: 'ALREADY_IMPORTED', rowsAlreadyHeld: 768 });
  });

  it('replaces held months with --replace-months as the client reading does, rollups included', async () => {
    const june = [HEADER, row({}), row({ Outcome: 'Community resolution' })].join('\n');
    expect(await importText('replaced', june)).toMatchObject({ status: 'IMPORTED', writePath: 'SERVER_COPY' });
    const more = [HEADER, row({}), row({ Outcome: 'Arrest', Gender: 'Female' }), row({ Date: '2017-07-02T10:00:00+01:00' })].join('\n');
    const refused = await importText('replaced', more);
    expect(refused.status).toBe('REFUSED');
    expect(refused.problems[0]!.reason).toContain('months already held for replaced stop-search: 2017-06 (2 held, 1 of the file');
    const replaced = await importText('replaced', more, { replaceMonths: true });
    expect(replaced).toMatchObject({ status: 'IMPORTED', writePath: 'SERVER_COPY', monthsReplaced: ['2017-06'], rowsReplaced: 2, rowsImported: 3 });
    expect(await importText('replaced-by-client', more, { writePath: 'COPY' })).toMatchObject({ status: 'IMPORTED' });
    expect(await rollupsOf('replaced')).toEqual(await rollupsOf('replaced-by-client'));
  });

  it('leaves to the client a file whose fields hold line breaks, or that it would refuse, and writes nothing twice', async () => {
    const broken = [HEADER, row({ 'Policing operation': 'Operation\nHope' }), row({})].join('\n');
    const report = await importText('line-breaks', broken);
    expect(report).toMatchObject({ status: 'IMPORTED', writePath: 'COPY', rowsImported: 2 });
    expect((await recordsOf('line-breaks')).map((r) => r.line_number)).toEqual([3, 4]);

    const bad = [HEADER, row({}), row({ Date: '2017-02-30T10:00:00+00:00' }), row({ Latitude: '0x10' })].join('\n');
    const refused = await importText('refused', bad);
    expect(refused).toMatchObject({ status: 'REFUSED', writePath: 'COPY', problemCount: 1 });
    expect(refused.problems).toEqual([{ line: 3, column: 'Date', reason: 'Date "2017-02-30T10:00:00+00:00" is not a real calendar date and time' }]);
    expect(await t.count(`select count(*) as n from ${SCHEMA}.import_batch where organisation_key = 'refused'`)).toBe(0);
  });
});
