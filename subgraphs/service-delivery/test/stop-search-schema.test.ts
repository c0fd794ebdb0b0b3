import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Identity, fixedClock } from '@edhr/kit';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';


// Nothing here depends on the date; a fixed clock keeps it that way.
const clock = fixedClock('2027-03-31T12:00:00Z');
const STAFF: Identity = { subject: 'analyst', roles: ['staff'] };
const ADMIN: Identity = { subject: 'admin', roles: ['admin'] };
const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };
const PARTNER: Identity = { subject: 'partner', roles: ['partner'], partnerId: 'nhs' };
const REAL_FILE = readFileSync(resolve(import.meta.dirname, '../fixtures/2017-06-west-midlands-stop-and-search.csv'), 'utf8');
const JUNE = { from: '2017-06-01', to: '2017-06-30' };

const IMPORT = `mutation ($org: ID!, $file: String!, $accept: Boolean = false) {
  importEncounters(dataset: "stop-search", organisation: $org, file: $file, acceptUnmapped: $accept) {
    status rowsImported writePath problemCount problems { line column reason } unmapped { column count values { value count } }
  }
}`;
const ANALYSIS = `query ($org: ID!, $period: StopSearchPeriodInput!, $groupBy: [StopSearchGroupBy!]!) {
  stopSearchAnalysis(organisation: $org, period: $period, groupBy: $groupBy) {
    groups { dimension value } searches arrests positiveOutcomes linkedFinds findRate arrestRate positiveOutcomeRate
  }
}`;

describe('stop-and-search GraphQL', { timeout: 120_000 }, () => {
  let t: ServiceDeliveryDatabase;
  const run = async (source: string, variableValues: Record<string, unknown>, identity: Identity = STAFF) =>
    t.execute(source, variableValues, identity);

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase({ clock });
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('imports the real file through the mutation, once', async () => {
    const first = await run(IMPORT, { org: 'west-midlands', file: REAL_FILE }, ADMIN);
    expect(first.errors).toBeUndefined();
    expect(first.data?.importEncounters).toMatchObject({ status: 'IMPORTED', rowsImported: 768, problemCount: 0, unmapped: [] });
    const again = await run(IMPORT, { org: 'west-midlands', file: REAL_FILE }, STAFF);
    expect(again.data?.importEncounters).toMatchObject({ status: 'ALREADY_IMPORTED', rowsImported: 0 });
  });

  it('counts real imported records in the organisation summary', async () => {
    const result = await run(
      `query { _entities(representations: [{ __typename: "Organisation", id: "west-midlands" }, { __typename: "Organisation", id: "nobody" }]) {
        ... on Organisation { id serviceDelivery { importedFiles encounterRecords } } } }`,
      {},
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: 'west-midlands', serviceDelivery: { importedFiles: 1, encounterRecords: 768 } },
      { id: 'nobody', serviceDelivery: { importedFiles: 0, encounterRecords: 0 } },
    ]);
  });

  it('analyses searches, arrests, positive outcomes and find rate by self-defined ethnicity as counted by hand', async () => {
    const result = await run(ANALYSIS, { org: 'west-midlands', period: JUNE, groupBy: ['ETHNICITY_SELF_DEFINED'] });
    expect(result.errors).toBeUndefined();
    const rows = result.data?.stopSearchAnalysis as { groups: { value: string }[]; searches: number; arrests: number; positiveOutcomes: number; linkedFinds: number; findRate: number; arrestRate: number }[];
    const byGroup = Object.fromEntries(rows.map((r) => [r.groups[0]!.value, [r.searches, r.arrests, r.positiveOutcomes, r.linkedFinds]]));
    // [searches, "Suspect arrested", outcome other than "Nothing found - no further action", linked = True],
    // counted with a script over the CSV.
    expect(byGroup).toEqual({
      ASIAN: [166, 30, 44, 27],
      BLACK: [149, 32, 50, 34],
      MIXED: [48, 11, 15, 11],
      NOT_RECORDED: [33, 7, 14, 8],
      NOT_STATED: [13, 6, 7, 5],
      WHITE: [359, 85, 114, 88],
    });
    const black = rows.find((r) => r.groups[0]!.value === 'BLACK')!;
    expect(black.findRate).toBeCloseTo(34 / 149, 10);
    expect(black.arrestRate).toBeCloseTo(32 / 149, 10);
  });

  it('puts every record in one month, in UK time: 23:23 UTC on 31 May 2017 is 1 June in BST', async () => {
    const result = await run(ANALYSIS, { org: 'west-midlands', period: JUNE, groupBy: ['MONTH'] });
    expect(result.data?.stopSearchAnalysis).toEqual([
      expect.objectContaining({ groups: [{ dimension: 'MONTH', value: '2017-06' }], searches: 768, arrests: 171, positiveOutcomes: 244, linkedFinds: 173 }),
    ]);
  });

  it('cross-tabulates self-defined against officer-defined ethnicity', async () => {
    const result = await run(
      `query ($org: ID!, $period: StopSearchPeriodInput!) { stopSearchEthnicityCrossTab(organisation: $org, period: $period) { selfDefined officerDefined searches } }`,
      { org: 'west-midlands', period: JUNE },
    );
    expect(result.errors).toBeUndefined();
    const cells = result.data?.stopSearchEthnicityCrossTab as { selfDefined: string; officerDefined: string; searches: number }[];
    expect(cells.reduce((sum, c) => sum + c.searches, 0)).toBe(768);
    expect(cells).toContainEqual({ selfDefined: 'ASIAN', officerDefined: 'ASIAN', searches: 31 });
    expect(cells).toContainEqual({ selfDefined: 'MIXED', officerDefined: 'OTHER', searches: 8 });
    expect(cells).toContainEqual({ selfDefined: 'WHITE', officerDefined: 'NOT_RECORDED', searches: 354 });
  });

  it('shows a value no rule recognises as UNMAPPED in the analysis instead of dropping it', async () => {
    const header = STOP_SEARCH_COLUMNS.join(',');
    const row = (ethnicity: string) =>
      `Person search,2017-06-02T10:00:00+01:00,,,,,Male,25-34,${ethnicity},,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,`;
    const file = [header, row('White - Irish'), row('Klingon - Imperial'), row('Klingon - Imperial')].join('\n');
    // Two of three self-defined values unmapped is above the 1% threshold: refused unless accepted.
    const refused = await run(IMPORT, { org: 'test-force', file }, ADMIN);
    expect(refused.data?.importEncounters).toMatchObject({ status: 'REFUSED', rowsImported: 0, problems: [{ line: 1, column: 'Self-defined ethnicity' }] });
    const imported = await run(IMPORT, { org: 'test-force', file, accept: true }, ADMIN);
    expect(imported.data?.importEncounters).toMatchObject({
      status: 'IMPORTED',
      rowsImported: 3,
      unmapped: [{ column: 'Self-defined ethnicity', count: 2, values: [{ value: 'Klingon - Imperial', count: 2 }] }],
    });
    const result = await run(ANALYSIS, { org: 'test-force', period: JUNE, groupBy: ['ETHNICITY_SELF_DEFINED', 'SEX'] });
    expect(result.data?.stopSearchAnalysis).toEqual([
      expect.objectContaining({ groups: [{ dimension: 'ETHNICITY_SELF_DEFINED', value: 'UNMAPPED' }, { dimension: 'SEX', value: 'MALE' }], searches: 2, positiveOutcomes: 0 }),
      expect.objectContaining({ groups: [{ dimension: 'ETHNICITY_SELF_DEFINED', value: 'WHITE' }, { dimension: 'SEX', value: 'MALE' }], searches: 1 }),
    ]);
  });

  it('counts a search in the UK month and day it happened in, across quarter ends and clock changes', async () => {
    const header = STOP_SEARCH_COLUMNS.join(',');
    const row = (when: string) =>
      `Person search,${when},,,,,Male,25-34,White - Irish,,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,`;
    const file = [
      header,
      // 00:30 GMT on Sunday 28 March 2027: the clocks go forward at 01:00 UTC, so still 28 March.
      row('2027-03-28T00:30:00+00:00'),
      // 23:30 UTC on 31 March is 00:30 BST on 1 April: the new financial year and the next quarter.
      row('2027-03-31T23:30:00+00:00'),
      // 23:30 UTC on 30 June is 00:30 BST on 1 July.
      row('2027-06-30T23:30:00+00:00'),
      // 00:30 BST on Sunday 31 October 2027 (23:30 UTC on the 30th), and 01:30 GMT after the clocks go back.
      row('2027-10-31T00:30:00+01:00'),
      row('2027-10-31T01:30:00+00:00'),
    ].join('\n');
    expect((await run(IMPORT, { org: 'edge-force', file }, ADMIN)).data?.importEncounters).toMatchObject({ status: 'IMPORTED', rowsImported: 5 });
    const byMonth = await run(ANALYSIS, { org: 'edge-force', period: { from: '2027-03-01', to: '2027-10-31' }, groupBy: ['MONTH'] });
    expect(byMonth.errors).toBeUndefined();
    expect((byMonth.data?.stopSearchAnalysis as any[]).map((r) => [r.groups[0].value, r.searches])).toEqual([
      ['2027-03', 1],
      ['2027-04', 1],
      ['2027-07', 1],
      ['2027-10', 2],
    ]);
    const searchesOn = async (day: string) =>
      ((await run(ANALYSIS, { org: 'edge-force', period: { from: day, to: day }, groupBy: [] })).data?.stopSearchAnalysis as any[])[0]?.searches ?? 0;
    expect(await searchesOn('2027-03-28')).toBe(1);
    expect(await searchesOn('2027-03-31')).toBe(0);
    expect(await searchesOn('2027-04-01')).toBe(1);
    expect(await searchesOn('2027-06-30')).toBe(0);
    expect(await searchesOn('2027-07-01')).toBe(1);
    expect(await searchesOn('2027-10-30')).toBe(0);
    expect(await searchesOn('2027-10-31')).toBe(2);
  });

  it('returns a refused import as a report with lines and reasons', async () => {
    const file = [STOP_SEARCH_COLUMNS.join(','), 'Person search,31/06/2017,,,,,,,,,,,,,'].join('\n');
    const result = await run(IMPORT, { org: 'test-force', file }, ADMIN);
    expect(result.data?.importEncounters).toMatchObject({
      status: 'REFUSED',
      rowsImported: 0,
      problems: [{ line: 2, column: 'Date', reason: expect.stringContaining('31/06/2017') }],
    });
  });

  it('refuses the analysis to the public and partners, and the import to the public', async () => {
    for (const identity of [PUBLIC, PARTNER]) {
      const result = await run(ANALYSIS, { org: 'west-midlands', period: JUNE, groupBy: ['SEX'] }, identity);
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const upload = await run(IMPORT, { org: 'west-midlands', file: 'x' }, PUBLIC);
    expect(upload.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a malformed period and an unknown dataset', async () => {
    const period = await run(ANALYSIS, { org: 'west-midlands', period: { from: '1 June', to: '2017-06-30' }, groupBy: [] });
    expect(period.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const dataset = await run(
      `mutation { importEncounters(dataset: "parking-tickets", organisation: "west-midlands", file: "a") { status } }`,
      {},
      ADMIN,
    );
    expect(dataset.errors?.[0]?.message).toContain('"stop-search"');
  });
});
