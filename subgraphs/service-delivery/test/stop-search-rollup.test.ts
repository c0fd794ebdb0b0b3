import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textSource } from '../src/records/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { analyseStopSearch } from '../src/analysis/stop-search-analysis.service';
import { StopSearchGroupBy } from '../src/analysis/stop-search-group-by';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

const SCHEMA = 'service_delivery';
const HEADER = STOP_SEARCH_COLUMNS.join(',');

// Values as the files write them, blanks and values no rule knows among them.
const TYPES = ['Person search', 'Vehicle search', 'Person and Vehicle search', 'Boat search'];
const GENDERS = ['Male', 'Female', 'Other', '', 'male'];
const AGES = ['under 10', '10-17', '18-24', '25-34', 'over 34', '', '99-100'];
const SELF = [
  'White - English/Welsh/Scottish/Northern Irish/British',
  'Black/African/Caribbean/Black British - Caribbean',
  'Asian/Asian British - Pakistani',
  'Mixed/Multiple ethnic groups - White and Black Caribbean',
  'Other ethnic group - Not stated',
  '',
  'Martian',
];
const OFFICER = ['White', 'Black', 'Asian', 'Other', 'Mixed', ''];
const LEGISLATION = ['Police and Criminal Evidence Act 1984 (section 1)', 'Misuse of Drugs Act 1971 (section 23)', 'Criminal Justice and Public Order Act 1994 (section 60)', ''];
const OBJECTS = ['Controlled drugs', 'Offensive weapons', 'Stolen goods', '', 'Fireworks'];
const OUTCOMES = ['A no further action disposal', 'Arrest', 'Community resolution', 'Khat or Cannabis warning', '', 'Taken to the moon'];
const BOOLS = ['True', 'False', '', 'maybe'];

// Mid-March to mid-November 2017: both clock changes, and searches late in the evening UTC that are the next day in the UK.
const FIRST_MINUTE = Date.UTC(2017, 2, 15) / 60_000;
const MINUTES = 245 * 24 * 60;
const dayOf = (offset: number) => new Date(Date.UTC(2017, 2, 10) + offset * 86_400_000).toISOString().slice(0, 10);

const record = fc
  .record({
    minute: fc.integer({ min: 0, max: MINUTES }),
    type: fc.constantFrom(...TYPES),
    operation: fc.constantFrom(...BOOLS),
    gender: fc.constantFrom(...GENDERS),
    age: fc.constantFrom(...AGES),
    self: fc.constantFrom(...SELF),
    officer: fc.constantFrom(...OFFICER),
    legislation: fc.constantFrom(...LEGISLATION),
    object: fc.constantFrom(...OBJECTS),
    outcome: fc.constantFrom(...OUTCOMES),
    linked: fc.constantFrom(...BOOLS),
    clothing: fc.constantFrom(...BOOLS),
  })
  .map((r) =>
    [
      r.type,
      new Date((FIRST_MINUTE + r.minute) * 60_000).toISOString().replace('.000Z', '+00:00'),
      r.operation,
      '',
      '52.45',
      '-1.73',
      r.gender,
      r.age,
      `"${r.self}"`,
      r.officer,
      r.legislation,
      r.object,
      r.outcome,
      r.linked,
      r.clothing,
    ].join(','),
  );

const file = (rows: readonly string[]) => [HEADER, ...rows].join('\n');

const DIMENSIONS = Object.values(StopSearchGroupBy).filter((d) => d !== 'MONTH');
/** Up to two dimensions besides MONTH, in any order: what the rollups answer. */
const groupBy = fc
  .tuple(fc.shuffledSubarray(DIMENSIONS, { minLength: 0, maxLength: 2 }), fc.boolean(), fc.boolean())
  .map(([dimensions, month, monthFirst]) => (month ? (monthFirst ? ['MONTH' as const, ...dimensions] : [...dimensions, 'MONTH' as const]) : dimensions));
const period = fc.tuple(fc.integer({ min: 0, max: 260 }), fc.integer({ min: 0, max: 260 })).map(([a, b]) => ({ from: dayOf(Math.min(a, b)), to: dayOf(Math.max(a, b)) }));

describe('stop-and-search rollups', { timeout: 600_000 }, () => {
  let t: ServiceDeliveryDatabase;
  let run = 0;

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase();
  });
  afterAll(async () => {
    await t?.stop();
  });

  const importRows = async (organisationKey: string, rows: readonly string[], replaceMonths = false) => {
    const report = await importStopSearch({
      client: t.client,
      schema: SCHEMA,
      organisationKey,
      source: textSource('rollup.csv', file(rows)),
      acceptUnmapped: true,
      replaceMonths,
    });
    expect(report.problems).toEqual([]);
    return report;
  };

  it('answer every analysis of up to two dimensions and MONTH as a scan of the records does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 1, maxLength: 120 }),
        fc.array(record, { minLength: 1, maxLength: 60 }),
        fc.option(fc.array(record, { minLength: 1, maxLength: 60 }), { nil: undefined }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), period, groupBy), { minLength: 1, maxLength: 8 }),
        async (first, second, replacement, queries) => {
          // Fresh areas each run; a third holds nothing.
          run++;
          const areas = [`rollup-a-${run}`, `rollup-b-${run}`, `rollup-none-${run}`];
          await importRows(areas[0]!, first);
          await importRows(areas[1]!, [...first.slice(0, 5), ...second]);
          // The same records again: nothing added, the rollups unchanged.
          expect((await importRows(areas[0]!, [...first].reverse())).status).toBe('ALREADY_IMPORTED');
          // A file over months already held replaces them, records and rollups alike.
          if (replacement) await importRows(areas[0]!, replacement, true);
          for (const [area, window, dimensions] of queries) {
            const em = t.orm.em.fork();
            const fromRollups = await analyseStopSearch(em, areas[area]!, window, dimensions);
            const fromRecords = await analyseStopSearch(em, areas[area]!, window, dimensions, { source: 'records' });
            expect(fromRollups).toEqual(fromRecords);
          }
        },
      ),
      { numRuns: 25, seed: 20261201 },
    );
  });

  it('hold the same totals as the records after a replaced month, per day and grouping', async () => {
    const june = ['Person search,2017-06-10T10:00:00+01:00,,,52.45,-1.73,Male,18-24,"Asian/Asian British - Indian",Asian,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,True,False'];
    const juneAgain = [june[0]!.replace('Arrest', 'A no further action disposal'), june[0]!.replace('10:00', '11:00')];
    await importRows('rollup-replace', june);
    const replaced = await importRows('rollup-replace', juneAgain, true);
    expect(replaced.monthsReplaced).toEqual(['2017-06']);
    const { rows } = await t.client.query<{ grouping: string; searches: number; arrests: number }>(
      `select grouping, sum(searches)::int as searches, sum(arrests)::int as arrests from ${SCHEMA}.stop_search_rollup
        where organisation_key = 'rollup-replace' group by 1`,
    );
    // 7 single dimensions and 21 pairs, each counting the two records of the file that replaced June, one an arrest.
    expect(rows).toHaveLength(28);
    expect(new Set(rows.map((r) => `${r.searches}/${r.arrests}`))).toEqual(new Set(['2/1']));
  });
});
