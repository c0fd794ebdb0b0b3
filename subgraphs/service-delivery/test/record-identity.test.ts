import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fixedClock, type FetchLike } from '@edhr/kit';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import type { StatisticRow } from '../src/publishing/stop-search-aggregates';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

const SECRET = 'identity-test-secret-'.padEnd(40, 's');
// Tokens are signed and verified by one fixed clock, as partners and the publisher share one in a federation.
const CLOCK = fixedClock('2027-03-31T12:00:00Z');
const REAL_FILE = readFileSync(resolve(import.meta.dirname, '../fixtures/2017-06-west-midlands-stop-and-search.csv'), 'utf8');
const USE_OF_FORCE = readFileSync(resolve(import.meta.dirname, '../fixtures/examples/use-of-force.example.csv'), 'utf8');
const WMP = 'west-midlands-police';
const WEST_MERCIA = 'west-mercia-police';

const IMPORT = `mutation ($dataset: String!, $org: ID!, $file: String!, $replaceMonths: Boolean) {
  importEncounters(dataset: $dataset, organisation: $org, file: $file, replaceMonths: $replaceMonths) {
    status rowsRead rowsImported rowsNew rowsAlreadyHeld repeatedInFile monthsReplaced rowsReplaced
    heldMonths { month rows held alreadyHeld } problemCount problems { line column reason }
    published { status periods records rows inserted updated unchanged }
  }
}`;

/** partners' upsert on (dataset, period, area, characteristic, category), as its uploadStatistics does. */
function fakePartners() {
  const store = new Map<string, StatisticRow>();
  let requests = 0;
  const fetch: FetchLike = async (_url, init) => {
    requests++;
    const rows = JSON.parse(JSON.parse(init.body).variables.input.content) as StatisticRow[];
    let inserted = 0;
    let updated = 0;
    for (const row of rows) {
      const key = [row.dataset, row.period, row.area, row.characteristic, row.category].join('|');
      const held = store.get(key);
      if (!held) inserted++;
      else if (held.count !== row.count) updated++;
      store.set(key, row);
    }
    const report = { accepted: true, rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated, errors: [] };
    return { status: 200, text: async () => JSON.stringify({ data: { uploadStatistics: report } }) };
  };
  return {
    fetch,
    store,
    get requests() {
      return requests;
    },
    /** What partners' disparity would add up for a period and characteristic: every stored category. */
    total(period: string, characteristic = 'RACE') {
      return [...store.values()].filter((r) => r.period === period && r.characteristic === characteristic).reduce((s, r) => s + r.count, 0);
    },
    count(period: string, characteristic: string, category: string) {
      return [...store.values()].find((r) => r.period === period && r.characteristic === characteristic && r.category === category)?.count;
    },
  };
}

/** The same records written another way: CRLF line endings, a BOM, every field quoted, columns in another order. */
function resaved(csv: string): string {
  const rows: string[][] = parse(csv, { bom: true });
  const order = rows[0]!.map((_, i) => i).reverse();
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return `\uFEFF${rows.map((r) => order.map((i) => quote(r[i]!)).join(',')).join('\r\n')}\r\n`;
}

/** One stop and search of 2019 on `day` (`01-15`), described by `n` so that records differ. */
const search = (day: string, n: number, ethnicity = 'Black/African/Caribbean/Black British - African') =>
  `Person search,2019-${day}T10:${String(n % 60).padStart(2, '0')}:00+00:00,,,52.4${n},-1.9,Male,25-34,${ethnicity},,` +
  'Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,';
const stopSearchFile = (rows: string[]) => [STOP_SEARCH_COLUMNS.join(','), ...rows].join('\n');

describe('record identity: no double counting, whatever the file', { timeout: 180_000 }, () => {
  let t: ServiceDeliveryDatabase;
  let partners: ReturnType<typeof fakePartners>;
  const run = async (variableValues: Record<string, unknown>) => {
    const result = await t.execute(IMPORT, { dataset: 'stop-search', ...variableValues });
    expect(result.errors).toBeUndefined();
    return (result.data as { importEncounters: Record<string, unknown> & { problems: { reason: string }[] } }).importEncounters;
  };
  const records = (org: string, table = 'stop_search_record') =>
    t.count(`select count(*) as n from service_delivery.${table} where organisation_key = $1`, [org]);
  const monthCounts = async (org: string) => {
    const { rows } = await t.client.query<{ month: string; n: number }>(
      `select to_char(occurred_at at time zone 'Europe/London', 'YYYY-MM') as month, count(*)::int as n
         from service_delivery.stop_search_record where organisation_key = $1 group by 1 order by 1`,
      [org],
    );
    return Object.fromEntries(rows.map((r) => [r.month, r.n]));
  };

  beforeAll(async () => {
    partners = fakePartners();
    t = await openServiceDeliveryDatabase({
      clock: CLOCK,
      services: ({ publishing }) => ({
        publishing: { ...publishing, partners: { url: 'http://partners.test/graphql', secret: SECRET, clock: CLOCK, fetch: partners.fetch, retryDelayMs: 1 } },
      }),
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  describe('a re-saved copy of a file already imported', () => {

    it('imports the real June 2017 file and publishes it once', async () => {
      const first = await run({ org: WMP, file: REAL_FILE });
      expect(first).toMatchObject({ status: 'IMPORTED', rowsRead: 768, rowsImported: 768, rowsNew: 768, rowsAlreadyHeld: 0, heldMonths: [] });
      expect(first.published).toMatchObject({ status: 'PUBLISHED', periods: ['2017-06'], records: 768 });
      expect(partners.total('2017-06')).toBe(768);
      expect(partners.count('2017-06', 'RACE', 'BLACK')).toBe(149);
    });

    it('adds nothing for the same records with CRLF, a BOM, other quoting and column order, and publishes nothing', async () => {
      const copy = resaved(REAL_FILE);
      expect(copy).not.toBe(REAL_FILE);
      expect(copy.startsWith('\uFEFF"Removal of more than just outer clothing"')).toBe(true);
      const requestsBefore = partners.requests;
      const again = await run({ org: WMP, file: copy });
      expect(again).toMatchObject({
        status: 'ALREADY_IMPORTED',
        rowsRead: 768,
        rowsImported: 0,
        rowsNew: 0,
        rowsAlreadyHeld: 768,
        heldMonths: [{ month: '2017-06', rows: 768, held: 768, alreadyHeld: 768 }],
        published: null,
      });
      expect(await records(WMP)).toBe(768);
      expect(partners.requests).toBe(requestsBefore);
      expect(partners.total('2017-06')).toBe(768);
      expect(partners.count('2017-06', 'RACE', 'BLACK')).toBe(149);
    });

    it('adds nothing for an LF copy of a CRLF file either, nor for the very same bytes', async () => {
      const sameBytes = await run({ org: WMP, file: REAL_FILE });
      expect(sameBytes).toMatchObject({ status: 'ALREADY_IMPORTED', rowsNew: 0, rowsAlreadyHeld: 768 });
      const lf = await run({ org: WMP, file: REAL_FILE.replace(/\r\n/g, '\n') });
      expect(lf).toMatchObject({ status: 'ALREADY_IMPORTED', rowsNew: 0, rowsAlreadyHeld: 768 });
      expect(await records(WMP)).toBe(768);
    });
  });

  describe('identical rows inside one file', () => {
    const twice = stopSearchFile([search('05-10', 1), search('05-10', 1), search('05-10', 1), search('05-11', 2)]);

    it('are separate searches: every one counted', async () => {
      const report = await run({ org: 'duplicate-force', file: twice });
      expect(report).toMatchObject({ status: 'IMPORTED', rowsRead: 4, rowsImported: 4, rowsNew: 4, repeatedInFile: 2 });
      expect(await records('duplicate-force')).toBe(4);
    });

    it('and the same file again, or part of it, adds nothing', async () => {
      expect(await run({ org: 'duplicate-force', file: resaved(twice) })).toMatchObject({ status: 'ALREADY_IMPORTED', rowsAlreadyHeld: 4 });
      const once = stopSearchFile([search('05-10', 1), search('05-11', 2)]);
      expect(await run({ org: 'duplicate-force', file: once })).toMatchObject({ status: 'ALREADY_IMPORTED', rowsAlreadyHeld: 2, rowsNew: 0 });
      expect(await records('duplicate-force')).toBe(4);
    });

    it('one more identical row than held is a new record: the month is refused, then replaced with the flag', async () => {
      const four = stopSearchFile([search('05-10', 1), search('05-10', 1), search('05-10', 1), search('05-10', 1), search('05-11', 2)]);
      const refused = await run({ org: 'duplicate-force', file: four });
      expect(refused).toMatchObject({ status: 'REFUSED', rowsImported: 0, rowsNew: 1, rowsAlreadyHeld: 4 });
      expect(refused.problems[0]!.reason).toContain('months already held for duplicate-force stop-search: 2019-05');
      const replaced = await run({ org: 'duplicate-force', file: four, replaceMonths: true });
      expect(replaced).toMatchObject({ status: 'IMPORTED', rowsImported: 5, monthsReplaced: ['2019-05'], rowsReplaced: 4 });
      expect(await records('duplicate-force')).toBe(5);
    });
  });

  describe('a 12-month file after its monthly files', () => {
    // January, February and March 2019 (GMT), 3, 4 and 2 searches; the yearly file holds them,
    // one more February search (a late record) and one search in each of April to December.
    const january = [search('01-03', 1), search('01-17', 2), search('01-30', 3)];
    const february = [search('02-01', 4), search('02-02', 5), search('02-14', 6, 'White - Irish'), search('02-27', 7)];
    const march = [search('03-09', 8), search('03-20', 9)];
    const later = ['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m, i) => search(`${m}-15`, 20 + i).replace('+00:00', m >= '04' && m <= '10' ? '+01:00' : '+00:00'));
    const yearly = stopSearchFile([...january, ...february, search('02-28', 10), ...march, ...later]);

    it('imports the monthly files, each published', async () => {
      for (const [rows, month] of [[january, '2019-01'], [february, '2019-02'], [march, '2019-03']] as const) {
        const report = await run({ org: WEST_MERCIA, file: stopSearchFile([...rows]) });
        expect(report).toMatchObject({ status: 'IMPORTED', rowsImported: rows.length, published: { status: 'PUBLISHED', periods: [month] } });
      }
      expect(await monthCounts(WEST_MERCIA)).toEqual({ '2019-01': 3, '2019-02': 4, '2019-03': 2 });
      expect(partners.total('2019-02')).toBe(4);
      expect(partners.count('2019-02', 'RACE', 'BLACK')).toBe(3);
    });

    it('adds nothing for a quarterly file holding exactly those records', async () => {
      const quarter = await run({ org: WEST_MERCIA, file: resaved(stopSearchFile([...january, ...february, ...march])) });
      expect(quarter).toMatchObject({ status: 'ALREADY_IMPORTED', rowsRead: 9, rowsNew: 0, rowsAlreadyHeld: 9, published: null });
      expect(await records(WEST_MERCIA)).toBe(9);
    });

    it('refuses the yearly file, naming the months already held, and writes nothing', async () => {
      const requestsBefore = partners.requests;
      const refused = await run({ org: WEST_MERCIA, file: yearly });
      expect(refused).toMatchObject({
        status: 'REFUSED',
        rowsRead: 19,
        rowsImported: 0,
        rowsNew: 10,
        rowsAlreadyHeld: 9,
        published: null,
        heldMonths: [
          { month: '2019-01', rows: 3, held: 3, alreadyHeld: 3 },
          { month: '2019-02', rows: 5, held: 4, alreadyHeld: 4 },
          { month: '2019-03', rows: 2, held: 2, alreadyHeld: 2 },
        ],
      });
      expect(refused.problems).toHaveLength(1);
      expect(refused.problems[0]!.reason).toMatch(/^months already held for west-mercia-police stop-search: 2019-01 .*, 2019-02 .*, 2019-03 /);
      expect(refused.problems[0]!.reason).toContain('--replace-months');
      expect(await monthCounts(WEST_MERCIA)).toEqual({ '2019-01': 3, '2019-02': 4, '2019-03': 2 });
      expect(partners.requests).toBe(requestsBefore);
    });

    it('with replaceMonths replaces those months with the file, exactly, and republishes recomputed figures', async () => {
      const replaced = await run({ org: WEST_MERCIA, file: yearly, replaceMonths: true });
      expect(replaced).toMatchObject({
        status: 'IMPORTED',
        rowsRead: 19,
        rowsImported: 19,
        rowsNew: 10,
        rowsAlreadyHeld: 9,
        monthsReplaced: ['2019-01', '2019-02', '2019-03'],
        rowsReplaced: 9,
      });
      expect(await records(WEST_MERCIA)).toBe(19);
      expect(await monthCounts(WEST_MERCIA)).toEqual({
        '2019-01': 3,
        '2019-02': 5,
        '2019-03': 2,
        '2019-04': 1,
        '2019-05': 1,
        '2019-06': 1,
        '2019-07': 1,
        '2019-08': 1,
        '2019-09': 1,
        '2019-10': 1,
        '2019-11': 1,
        '2019-12': 1,
      });
      // The batches of the monthly files no longer hold records.
      const { rows } = await t.client.query<{ row_count: number; months: string[] }>(
        `select row_count, months from service_delivery.import_batch where organisation_key = $1 order by imported_at`,
        [WEST_MERCIA],
      );
      expect(rows.map((r) => r.row_count)).toEqual([0, 0, 0, 19]);
      expect(rows.map((r) => r.months.length)).toEqual([0, 0, 0, 12]);
      // Recomputed from the records, never added to: February is 5 (4 Black, 1 White), not 4 + 5.
      expect(replaced.published).toMatchObject({ status: 'PUBLISHED', records: 19 });
      expect(partners.total('2019-02')).toBe(5);
      expect(partners.count('2019-02', 'RACE', 'BLACK')).toBe(4);
      expect(partners.count('2019-02', 'RACE', 'WHITE')).toBe(1);
      expect(partners.total('2019-01')).toBe(3);
      expect(partners.total('2019-07')).toBe(1);
      // Importing the yearly file again (another copy of it) adds nothing.
      expect(await run({ org: WEST_MERCIA, file: resaved(yearly) })).toMatchObject({ status: 'ALREADY_IMPORTED', rowsAlreadyHeld: 19 });
      expect(await records(WEST_MERCIA)).toBe(19);
    });
  });

  describe('the other encounter formats', () => {
    const dataset = 'use-of-force';
    const uofRecords = () => records('uof-force', 'encounter_record');
    const lines = USE_OF_FORCE.trim().split(/\r?\n/);

    it('keep the same identity: a re-saved copy adds nothing, identical rows are counted', async () => {
      const first = await run({ dataset, org: 'uof-force', file: USE_OF_FORCE });
      const held = lines.length - 1;
      expect(first).toMatchObject({ status: 'IMPORTED', rowsImported: held, rowsNew: held, published: null });
      const copy = await run({ dataset, org: 'uof-force', file: resaved(USE_OF_FORCE) });
      expect(copy).toMatchObject({ status: 'ALREADY_IMPORTED', rowsImported: 0, rowsNew: 0, rowsAlreadyHeld: held });
      expect(await uofRecords()).toBe(held);

      // The same incident written with other case and spacing in its categories is the same record.
      const recased = [lines[0], lines[1]!.replace('Street/Highway', ' street/highway ').replace(',Male,', ',MALE,')].join('\n');
      expect(await run({ dataset, org: 'uof-force', file: recased })).toMatchObject({ status: 'ALREADY_IMPORTED', rowsAlreadyHeld: 1 });

      // Identical rows of another force's file are separate incidents.
      const doubled = [lines[0], lines[1], lines[1]].join('\n');
      expect(await run({ dataset, org: 'other-uof-force', file: doubled })).toMatchObject({ status: 'IMPORTED', rowsImported: 2, repeatedInFile: 1 });
    });

    it('refuse a file overlapping held months unless asked to replace them', async () => {
      const corrected = [lines[0], ...lines.slice(1).map((l, i) => (i === 0 ? l.replace(',Arrested,', ',No further action,') : l))].join('\n');
      const refused = await run({ dataset, org: 'uof-force', file: corrected });
      expect(refused).toMatchObject({ status: 'REFUSED', rowsNew: 1 });
      expect(refused.problems[0]!.reason).toContain('months already held for uof-force use-of-force: 2024-03');
      const replaced = await run({ dataset, org: 'uof-force', file: corrected, replaceMonths: true });
      expect(replaced).toMatchObject({ status: 'IMPORTED', monthsReplaced: expect.arrayContaining(['2024-03']) });
      expect(await uofRecords()).toBe(lines.length - 1);
      // Another dataset's months are not touched: the stop-and-search records of other forces are all still there.
      expect(await records(WMP)).toBe(768);
    });
  });
});
