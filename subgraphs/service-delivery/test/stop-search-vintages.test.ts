import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { fileSource, textSource, type ImportSource } from '../src/records/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures', name);
const SCHEMA = 'service_delivery';
const HEADER = STOP_SEARCH_COLUMNS.join(',');
const row = (ethnicity: string, date = '2015-03-02T10:00:00+00:00') =>
  `Person search,${date},,,52.45,-1.73,Male,18-24,${ethnicity},White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Suspect arrested,,`;
const bytesSource = (name: string, bytes: Buffer): ImportSource => ({ name, size: bytes.length, open: () => Readable.from([bytes]) });

describe('stop-and-search files of every data.police.uk vintage', { timeout: 180_000 }, () => {
  let t: ServiceDeliveryDatabase;
  const importFile = (org: string, name: string) =>
    importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: org, source: fileSource(fixture(name)) });
  const importText = (org: string, text: string, options: { selfDefinedCodes?: '16+1' | '18+1'; acceptUnmapped?: boolean } = {}) =>
    importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: org, source: textSource('test.csv', text), ...options });
  const countBy = async (org: string, column: string) => {
    const { rows } = await t.client.query<{ g: string | null; n: number }>(
      `select ${column}::text as g, count(*)::int as n from ${SCHEMA}.stop_search_record where organisation_key = $1 group by 1`,
      [org],
    );
    return Object.fromEntries(rows.map((r) => [r.g ?? 'null', r.n]));
  };
  const records = (org: string) => t.count(`select count(*) as n from ${SCHEMA}.stop_search_record where organisation_key = $1`, [org]);
  const batches = (org: string) => t.count(`select count(*) as n from ${SCHEMA}.import_batch where organisation_key = $1`, [org]);

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase();
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe('a 2015 file with the PACE 16+1 labels and codes in brackets', () => {
    it('imports all 46 records with nothing unmapped', async () => {
      const report = await importFile('vintage-2015', '2015-03-stop-and-search-16plus1-codes.csv');
      expect(report).toMatchObject({ status: 'IMPORTED', rowsImported: 46, problemCount: 0, unmapped: [], repeatedHeaderCount: 0 });
      // "Chinese or other ethnic group - Chinese (O1)" only exists in the 16+1 scheme.
      expect(report.selfDefinedCodes).toEqual({ scheme: '16+1', source: 'FILE', evidence: '"Chinese or other ethnic group - Chinese (O1)" ×2' });
    });

    it('maps self-defined ethnicity to the counts of the file, Chinese (O1) as Asian', async () => {
      // W1 6 + W2 2 + W9 2; M1–M9 2 each; A1 2 + A2 4 + A3 2 + A9 2 + O1 Chinese 2; B1 4 + B2 2 + B9 2; O9 2; NS 4; blank 2.
      expect(await countBy('vintage-2015', 'self_defined_broad')).toEqual({
        WHITE: 10,
        MIXED: 8,
        ASIAN: 12,
        BLACK: 8,
        OTHER: 2,
        NOT_STATED: 4,
        NOT_RECORDED: 2,
      });
      expect((await countBy('vintage-2015', 'self_defined_detailed')).ASIAN_CHINESE).toBe(2);
      expect((await countBy('vintage-2015', 'self_defined_detailed')).OTHER_ARAB).toBeUndefined();
    });

    it('maps the older outcome wordings and the legislation, including section 139B', async () => {
      expect(await countBy('vintage-2015', 'outcome')).toEqual({
        NO_FURTHER_ACTION: 18, // "Nothing found - no further action"
        ARREST: 4, // "Suspect arrested"
        DRUGS_WARNING: 4, // "Offender given drugs possession warning"
        COMMUNITY_RESOLUTION: 4, // "Local resolution"
        ARTICLE_FOUND: 4, // "Article found - Detailed outcome unavailable"
        SUMMONS: 4, // "Suspect summonsed to court"
        CAUTION: 4, // "Offender cautioned"
        PENALTY_NOTICE: 4, // "Offender given penalty notice"
      });
      expect(await countBy('vintage-2015', 'legislation')).toEqual({
        MISUSE_OF_DRUGS_ACT_S23: 14,
        PACE_S1: 13,
        CJPOA_S60: 7,
        FIREARMS_ACT_S47: 6,
        CRIMINAL_JUSTICE_ACT_1988_S139B: 6,
      });
      expect(await countBy('vintage-2015', 'sex')).toEqual({ MALE: 28, FEMALE: 9, NOT_RECORDED: 9 });
      expect(await countBy('vintage-2015', 'age_range')).toEqual({ AGE_18_24: 8, AGE_25_34: 8, OVER_34: 8, AGE_10_17: 8, UNDER_10: 7, NOT_RECORDED: 7 });
      expect(await countBy('vintage-2015', 'officer_defined_broad')).toEqual({ WHITE: 10, BLACK: 9, ASIAN: 9, OTHER: 9, NOT_RECORDED: 9 });
    });
  });

  describe('a 2021 file with the 18+1 wording and policing operations', () => {
    it('imports all 52 records with nothing unmapped', async () => {
      const report = await importFile('vintage-2021', '2021-06-stop-and-search-18plus1.csv');
      expect(report).toMatchObject({ status: 'IMPORTED', rowsImported: 52, problemCount: 0, unmapped: [] });
      expect(report.selfDefinedCodes).toMatchObject({ scheme: '18+1', source: 'FILE' });
    });

    it('maps the 2011 Census wording, Arab, Roma and Gypsy or Irish Traveller included', async () => {
      expect(await countBy('vintage-2021', 'self_defined_broad')).toEqual({
        WHITE: 14,
        MIXED: 8,
        ASIAN: 12,
        BLACK: 8,
        OTHER: 4,
        NOT_STATED: 4,
        NOT_RECORDED: 2,
      });
      const detailed = await countBy('vintage-2021', 'self_defined_detailed');
      expect(detailed).toMatchObject({ OTHER_ARAB: 2, WHITE_ROMA: 2, WHITE_GYPSY_OR_IRISH_TRAVELLER: 2, ASIAN_CHINESE: 2, WHITE_BRITISH: 6 });
    });

    it('maps the current outcome wordings, every power, gender Other and the policing-operation columns', async () => {
      expect(await countBy('vintage-2021', 'outcome')).toEqual({
        NO_FURTHER_ACTION: 19, // "A no further action disposal"
        ARREST: 9,
        COMMUNITY_RESOLUTION: 5,
        DRUGS_WARNING: 5, // "Khat or Cannabis warning"
        PENALTY_NOTICE: 5, // "Penalty Notice for Disorder"
        CAUTION: 5, // "Caution (simple or conditional)"
        SUMMONS: 4, // "Summons / charged by post"
      });
      const legislation = await countBy('vintage-2021', 'legislation');
      expect(Object.keys(legislation)).toHaveLength(19);
      expect(legislation).toMatchObject({
        MISUSE_OF_DRUGS_ACT_S23: 8,
        PACE_S1: 5,
        PSYCHOACTIVE_SUBSTANCES_ACT: 3,
        CRIMINAL_JUSTICE_ACT_1988_S139B: 3,
        ENVIRONMENTAL_PROTECTION_ACT_S34B: 3, // "Environmental Protection Act 1990 (section 34B )"
        TERRORISM_ACT: 2,
        SPORTING_EVENTS_ACT_S7: 2,
        HUNTING_ACT_S8: 2,
      });
      expect(legislation.UNMAPPED).toBeUndefined();
      expect(await countBy('vintage-2021', 'sex')).toEqual({ MALE: 26, FEMALE: 9, OTHER: 9, NOT_RECORDED: 8 });
      expect(await countBy('vintage-2021', 'part_of_operation')).toEqual({ false: 26, true: 13, null: 13 });
      expect(await countBy('vintage-2021', 'policing_operation')).toEqual({ '': 39, 'Knife Crime Week of Action': 13 });
    });
  });

  describe('a quarter of monthly files joined end to end', () => {
    it('skips the two repeated header rows, names their lines, and imports the 12 records', async () => {
      const report = await importFile('vintage-joined', '2016-q1-stop-and-search-repeated-headers.csv');
      expect(report).toMatchObject({ status: 'IMPORTED', rowsRead: 12, rowsImported: 12, problemCount: 0, repeatedHeaderCount: 2, repeatedHeaderLines: [7, 12] });
      expect(await countBy('vintage-joined', 'self_defined_broad')).toEqual({ WHITE: 6, BLACK: 3, ASIAN: 2, NOT_STATED: 1 });
      expect(await countBy('vintage-joined', 'outcome')).toEqual({ NO_FURTHER_ACTION: 9, ARREST: 2, DRUGS_WARNING: 1 });
    });

    it('refuses a repeated header whose columns differ from the first', async () => {
      const reordered = [...STOP_SEARCH_COLUMNS].reverse().join(',');
      const report = await importText('joined-layouts', [HEADER, row('White - White British (W1)'), reordered, row('Not Stated (NS)')].join('\n'));
      expect(report.status).toBe('REFUSED');
      expect(report.problems).toEqual([
        { line: 3, column: null, reason: "is a header row whose columns differ from line 1's: the file joins files of different layouts; import them separately" },
      ]);
      expect(await records('joined-layouts')).toBe(0);
    });
  });

  describe('bare O1: Chinese in 16+1, Arab in 18+1', () => {
    it('refuses a file whose values do not say which scheme, naming the value', async () => {
      const rows = [row('W1'), row('O1'), row('O1'), row('NS')];
      const report = await importText('bare-o1', [HEADER, ...rows].join('\n'));
      expect(report.status).toBe('REFUSED');
      expect(report.problems).toContainEqual({
        line: 3,
        column: 'Self-defined ethnicity',
        reason:
          '"O1" (2 records, first on this line) is ambiguous: O1 is ASIAN_CHINESE in the 16+1 codes and OTHER_ARAB in the 18+1 codes, ' +
          'and nothing else in the file says which scheme it uses; import with --self-defined-codes 16+1 or 18+1 (selfDefinedCodes in the mutation)',
      });
      expect(await records('bare-o1')).toBe(0);
      expect(await batches('bare-o1')).toBe(0);
    });

    it('reads bare O1 by the scheme the file shows, wherever in the file it shows it', async () => {
      // The only 18+1 evidence comes after the O1s: the file is read again with 18+1.
      const rows = [row('O1'), row('W1'), row('Other ethnic group - Arab'), row('O1')];
      const report = await importText('bare-o1-18', [HEADER, ...rows].join('\n'));
      expect(report).toMatchObject({ status: 'IMPORTED', rowsImported: 4, unmapped: [] });
      expect(report.selfDefinedCodes).toEqual({ scheme: '18+1', source: 'FILE', evidence: '"Other ethnic group - Arab" ×1' });
      expect(await countBy('bare-o1-18', 'self_defined_detailed')).toEqual({ OTHER_ARAB: 3, WHITE_BRITISH: 1 });
      expect(await batches('bare-o1-18')).toBe(1);

      const old = await importText('bare-o1-16', [HEADER, row('O1'), row('Other Ethnic Group - Chinese')].join('\n'));
      expect(old.selfDefinedCodes).toMatchObject({ scheme: '16+1', source: 'FILE' });
      expect(await countBy('bare-o1-16', 'self_defined_detailed')).toEqual({ ASIAN_CHINESE: 2 });
    });

    it('refuses when the file shows both schemes, and reads O1 by a scheme given with the import', async () => {
      const rows = [row('O1'), row('Other Ethnic Group - Chinese'), row('Other ethnic group - Arab')];
      const report = await importText('bare-o1-both', [HEADER, ...rows].join('\n'));
      expect(report.status).toBe('REFUSED');
      expect(report.problems[0]!.reason).toContain('the file has values of both schemes');
      const given = await importText('bare-o1-given', [HEADER, row('O1'), row('W1')].join('\n'), { selfDefinedCodes: '16+1' });
      expect(given).toMatchObject({ status: 'IMPORTED', selfDefinedCodes: { scheme: '16+1', source: 'OPTION', evidence: null } });
      expect(await countBy('bare-o1-given', 'self_defined_detailed')).toEqual({ ASIAN_CHINESE: 1, WHITE_BRITISH: 1 });
    });
  });

  describe('unmapped protected characteristics', () => {
    const martians = (n: number, of: number) =>
      [HEADER, ...Array.from({ length: of }, (_, i) => row(i < n ? 'Martian - Olympus Mons' : 'White - White British (W1)'))].join('\n');

    it('imports a file at or under 1% unmapped and reports the share', async () => {
      const report = await importText('one-percent', martians(1, 100));
      expect(report.status).toBe('IMPORTED');
      expect(report.unmapped).toEqual([
        { column: 'Self-defined ethnicity', count: 1, share: 0.01, protectedCharacteristic: true, values: [{ value: 'Martian - Olympus Mons', count: 1 }] },
      ]);
    });

    it('refuses above 1%, naming the column, share, threshold and top values, unless accepted', async () => {
      const report = await importText('two-percent', martians(2, 100));
      expect(report.status).toBe('REFUSED');
      expect(report.problems).toEqual([
        {
          line: 1,
          column: 'Self-defined ethnicity',
          reason:
            '2 of 100 values (2.0%) are unmapped, above the 1.0% threshold for a protected characteristic: "Martian - Olympus Mons" ×2. ' +
            'Add mapping rules for them, or import knowingly with --accept-unmapped (acceptUnmapped: true)',
        },
      ]);
      expect(await records('two-percent')).toBe(0);
      const accepted = await importText('two-percent', martians(2, 100), { acceptUnmapped: true });
      expect(accepted).toMatchObject({ status: 'IMPORTED', rowsImported: 100, acceptUnmapped: true });
    });

    it('does not hold other columns to the threshold', async () => {
      const text = [HEADER, row('W1').replace('Suspect arrested', 'Sent to the moon'), row('W1')].join('\n');
      const report = await importText('outcome-unmapped', text);
      expect(report.status).toBe('IMPORTED');
      expect(report.unmapped).toEqual([{ column: 'Outcome', count: 1, share: 0.5, protectedCharacteristic: false, values: [{ value: 'Sent to the moon', count: 1 }] }]);
    });
  });

  describe('binary and compressed files', () => {
    const csv = Buffer.from([HEADER, row('W1')].join('\n'));
    it.each<[string, Buffer, string]>([
      ['gzip', gzipSync(csv), 'the file is compressed with gzip: decompress it first (gunzip) and import the .csv; it is not a CSV file'],
      ['zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), csv]), 'the file is a ZIP archive (or an .xlsx workbook): extract the CSV file, or save the sheet as CSV; it is not a CSV file'],
      ['NUL bytes', Buffer.concat([csv.subarray(0, 10), Buffer.from([0]), csv.subarray(10)]), 'the file contains a NUL byte (at byte 11): it is binary or UTF-16, not a UTF-8 CSV file'],
    ])('refuses a %s file without echoing its bytes and writes nothing', async (kind, bytes, reason) => {
      const org = `binary-${kind.replace(/\W/g, '')}`;
      const report = await importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: org, source: bytesSource('x.csv', bytes) });
      expect(report.status).toBe('REFUSED');
      expect(report.problems).toEqual([{ line: 1, column: null, reason }]);
      expect(await batches(org)).toBe(0);
    });

    it('refuses a NUL byte far into the file, past the first 64 KB', async () => {
      const rows = Array.from({ length: 1000 }, () => row('W1'));
      rows.push(`${row('W1')}\u0000`);
      const report = await importText('late-nul', [HEADER, ...rows].join('\n'));
      expect(report.status).toBe('REFUSED');
      expect(report.problems, JSON.stringify(report.problems)).toHaveLength(1);
      expect(report.problems[0]!.reason).toMatch(/^the file contains a NUL byte \(at byte \d+\)/);
      expect(await records('late-nul')).toBe(0);
    });
  });
});
