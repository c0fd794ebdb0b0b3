import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, PUBLIC, STAFF, openHarness, type PeopleCultureHarness } from './people-culture-database';
import { IMPORT_RESULT, fixture } from './fixture-files';

const SNAPSHOTS = `mutation ($csv: String!) { importWorkforceSnapshots(csv: $csv) { ${IMPORT_RESULT} } }`;
const HEADER = 'organisation,date,workforce,rank,characteristic,category,headcount';

describe('workforce CSV import', { timeout: 120_000 }, () => {
  let h: PeopleCultureHarness;
  const rows = (table: string) => h.count(`select count(*) as n from "people_culture"."${table}"`);

  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a malformed file whole, with line numbers and reasons', async () => {
    const csv = [
      HEADER,
      'example-force,2024-03-31,officer,Constable,RACE,White,420',
      'example-force,2024-02-30,officer,Constable,RACE,BAME,60',
      'example-force,2024-03-31,officer,Sergeant,RACE,BAME',
      'example-force,2024-03-31,officer,Sergeant,RACE,White,-5',
      'example-force,2024-03-31,police,Sergeant,RACE,White,5',
      'example-force,2024-03-31,officer,Sergeant,SHOE SIZE,Large,5',
      'example-force,2024-03-31,officer,Constable,RACE,white,1',
    ].join('\n');
    const result = await h.run(SNAPSHOTS, { csv }, STAFF);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = result.errors?.[0]?.extensions?.problems as { path: string; message: string }[];
    expect(problems).toEqual([
      { path: 'line 3', message: 'date "2024-02-30" is not a date written YYYY-MM-DD' },
      { path: 'line 4', message: 'has 6 fields; the header has 7' },
      { path: 'line 5', message: 'headcount "-5" is not a whole number of 0 or more' },
      { path: 'line 6', message: 'workforce "police" is not one of officer, staff, volunteer' },
      { path: 'line 7', message: 'characteristic "SHOE SIZE" is not a protected characteristic (e.g. RACE, SEX, DISABILITY)' },
      { path: 'line 8', message: 'repeats the organisationKey, movement, date, workforce, rank, characteristic, category of line 2' },
    ]);
    expect(await rows('workforce_headcount')).toBe(0);
    expect(await rows('import_batch')).toBe(0);
  });

  it('refuses a file with a missing column or the wrong delimiter', async () => {
    const missing = await h.run(SNAPSHOTS, { csv: 'organisation,date,workforce,rank,characteristic,category\nx,2024-03-31,officer,PC,RACE,White' }, STAFF);
    expect(missing.errors?.[0]?.message).toContain('line 1: missing column(s): headcount');
    const semicolons = await h.run(SNAPSHOTS, { csv: HEADER.replaceAll(',', ';') + '\nexample-force;2024-03-31;officer;PC;RACE;White;4' }, STAFF);
    expect(semicolons.errors?.[0]?.message).toContain('line 1: the header is one field: the file must be comma-separated');
    const unclosed = await h.run(SNAPSHOTS, { csv: `${HEADER}\nexample-force,2024-03-31,officer,"PC,RACE,White,4\n` }, STAFF);
    expect(unclosed.errors?.[0]?.message).toMatch(/line 2: Quote Not Closed/);
    expect(await rows('workforce_headcount')).toBe(0);
  });

  it('imports the example snapshot, keeping unrecognised categories as written and reporting them', async () => {
    const result = await h.run(SNAPSHOTS, { csv: fixture('example-workforce-snapshot.csv') }, STAFF);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).importWorkforceSnapshots).toMatchObject({
      format: 'workforce-snapshot',
      alreadyImported: false,
      rows: 9,
      inserted: 9,
      updated: 0,
      unchanged: 0,
      // "White", "Prefer not to say" and "Not stated" match the shared categories; "BAME" is no category there.
      unrecognisedCategories: [{ characteristic: 'RACE', category: 'BAME', rows: 3 }],
    });
    const categories = await h.orm.em
      .getConnection()
      .execute<{ category: string }[]>(`select distinct category from "people_culture"."workforce_headcount" order by category`);
    expect(categories.map((c) => c.category)).toEqual(['BAME', 'NOT_STATED', 'PREFER_NOT_TO_SAY', 'WHITE']);
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await h.orm.em
      .getConnection()
      .execute<{ d: string }[]>(`select md5(string_agg(t::text, '|' order by t::text)) as d from "people_culture"."workforce_headcount" t`);
    const again = await h.run(SNAPSHOTS, { csv: fixture('example-workforce-snapshot.csv') }, ADMIN);
    expect(again.errors).toBeUndefined();
    expect((again.data as any).importWorkforceSnapshots).toMatchObject({ alreadyImported: true, inserted: 0, updated: 0, unchanged: 9 });
    const after = await h.orm.em
      .getConnection()
      .execute<{ d: string }[]>(`select md5(string_agg(t::text, '|' order by t::text)) as d from "people_culture"."workforce_headcount" t`);
    expect(after[0]!.d).toBe(before[0]!.d);
    expect(await rows('import_batch')).toBe(1);
  });

  it('takes a corrected figure from a later file and leaves the rest alone', async () => {
    const corrected = fixture('example-workforce-snapshot.csv').replace('Sergeant,RACE,BAME,10', 'Sergeant,RACE,BAME,11');
    const result = await h.run(SNAPSHOTS, { csv: corrected }, STAFF);
    expect((result.data as any).importWorkforceSnapshots).toMatchObject({ alreadyImported: false, inserted: 0, updated: 1, unchanged: 8 });
    // Put the example back for the other files' figures.
    await h.run(SNAPSHOTS, { csv: fixture('example-workforce-snapshot.csv') + '\n' }, STAFF);
  });

  it('imports the other example files', async () => {
    const cases: [string, string, number][] = [
      ['importJoinersAndLeavers', 'example-joiners-leavers.csv', 6],
      ['importSelectionRounds', 'example-selection-rounds.csv', 5],
      ['importGrievancesAndMisconduct', 'example-grievances-misconduct.csv', 5],
      ['importCommunityPopulation', 'example-community-population.csv', 2],
    ];
    for (const [mutation, file, count] of cases) {
      const result = await h.run(`mutation ($csv: String!) { ${mutation}(csv: $csv) { ${IMPORT_RESULT} } }`, { csv: fixture(file) }, STAFF);
      expect(result.errors, mutation).toBeUndefined();
      expect((result.data as any)[mutation]).toMatchObject({ rows: count, inserted: count });
    }
    expect(await rows('selection_outcome')).toBe(5);
    expect(await rows('case_count')).toBe(5);
  });

  it('refuses a promotion round whose successful exceed applicants', async () => {
    const csv = 'organisation,round,kind,rank,characteristic,category,applicants,successful\nexample-force,R1,promotion,Inspector,SEX,Female,3,4';
    const result = await h.run(`mutation ($csv: String!) { importSelectionRounds(csv: $csv) { rows } }`, { csv }, STAFF);
    expect(result.errors?.[0]?.message).toContain('line 2: successful (4) is more than applicants (3)');
  });

  it('takes an optional period on selection rounds, one per round', async () => {
    const header = 'organisation,round,kind,rank,characteristic,category,applicants,successful,period';
    const twoPeriods = `${header}\nexample-force,R2,promotion,Inspector,SEX,Female,3,1,2024\nexample-force,R2,promotion,Inspector,SEX,Male,5,1,2025`;
    const refused = await h.run(`mutation ($csv: String!) { importSelectionRounds(csv: $csv) { rows } }`, { csv: twoPeriods }, STAFF);
    expect(refused.errors?.[0]?.message).toContain('line 3: round "R2" has period 2025 here but 2024 on an earlier line');
    const badPeriod = `${header}\nexample-force,R3,promotion,Inspector,SEX,Female,3,1,spring`;
    const bad = await h.run(`mutation ($csv: String!) { importSelectionRounds(csv: $csv) { rows } }`, { csv: badPeriod }, STAFF);
    expect(bad.errors?.[0]?.message).toContain('line 2: period "spring" is not a period written YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await h.count(`select count(*) as n from "people_culture"."selection_outcome" where period = '2024-03'`)).toBe(3);
  });

  it('lets only staff and admin import', async () => {
    const result = await h.run(SNAPSHOTS, { csv: fixture('example-workforce-snapshot.csv') }, PUBLIC);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
