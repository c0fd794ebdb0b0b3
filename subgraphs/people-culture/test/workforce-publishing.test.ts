import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, INTERNAL_TOKEN_HEADER, verifyInternalToken, fixedClock, type Identity } from '@edhr/kit';
import { testServicesContext } from '@edhr/kit/testing';
import { ADMIN, PUBLIC, STAFF, openHarness, type PeopleCultureHarness } from './people-culture-database';
import { fixture } from './fixture-files';
import type { PublishingSettings } from '../src/publishing/publishing-settings';
import { createPeopleCultureServices } from '../src/services';
import { UPLOAD_STATISTICS_MUTATION, type FetchLike } from '@edhr/kit';
import type { StatisticRow } from '../src/publishing/workforce-aggregates';

const SECRET = 'people-culture-publishing-secret-'.padEnd(40, 's');
// Tokens are signed and verified by one fixed clock, as partners and the publisher share one in a federation.
const CLOCK = fixedClock('2027-03-31T12:00:00Z');
const PARTNERS_URL = 'http://partners.test/graphql';
const ORG = 'example-force';
// A made-up area code of the form partners accepts, for the made-up force of the fixtures.
const AREA = 'E99999999';

/** A stand-in for partners' uploadStatistics: checks the token, upserts on the natural key, reports like partners. */
function fakePartners() {
  const store = new Map<string, StatisticRow>();
  const requests: { headers: Record<string, string>; body: { query: string; variables: { input: { format: string; content: string } } } }[] = [];
  let failNext: Array<'network'> = [];
  const fetch: FetchLike = async (_url, init) => {
    if (failNext.shift() === 'network') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const body = JSON.parse(init.body);
    requests.push({ headers: init.headers, body });
    await verifyInternalToken(init.headers[INTERNAL_TOKEN_HEADER], SECRET, CLOCK);
    const rows = JSON.parse(body.variables.input.content) as StatisticRow[];
    let inserted = 0;
    let updated = 0;
    for (const row of rows) {
      const key = [row.dataset, row.period, row.area, row.characteristic, row.category].join('|');
      const held = store.get(key);
      if (!held) inserted++;
      else if (held.count !== row.count || held.published !== row.published) updated++;
      store.set(key, row);
    }
    const report = { accepted: true, rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated, errors: [] };
    return { status: 200, text: async () => JSON.stringify({ data: { uploadStatistics: report } }) };
  };
  return {
    fetch,
    store,
    requests,
    failWith(...failures: Array<'network'>) {
      failNext = failures;
    },
    held: (dataset: string, period: string, characteristic: string) =>
      Object.fromEntries([...store.values()].filter((r) => r.dataset === dataset && r.period === period && r.characteristic === characteristic).map((r) => [r.category, r.count])),
  };
}

const RESULT = 'status organisation area datasets periods rows inserted updated unchanged visibleToPublic notPublished { dataset period characteristic category count reason } attempts error';
const importing = (mutation: string) => `mutation ($csv: String!) { ${mutation}(csv: $csv) { rows alreadyImported published { ${RESULT} } } }`;
const PUBLISH = `mutation ($org: ID!, $published: Boolean) { publishWorkforceAggregates(organisation: $org, published: $published) { ${RESULT} } }`;

describe('publishing workforce aggregates to partners', { timeout: 120_000 }, () => {
  let h: PeopleCultureHarness;
  let partners: ReturnType<typeof fakePartners>;
  /** The settings the subgraph builds from ORGANISATION_AREAS, with this test's fake partners. */
  let publishing: PublishingSettings;
  const fromEnv = (env: Record<string, string | undefined>) => createPeopleCultureServices(testServicesContext(CLOCK, env)).publishing;
  const settings = (overrides: Partial<PublishingSettings> = {}): PublishingSettings => ({
    ...fromEnv({ ORGANISATION_AREAS: `${ORG}=${AREA},west-midlands-police=E23000014` }),
    partners: { url: PARTNERS_URL, secret: SECRET, clock: CLOCK, fetch: partners.fetch, retryDelayMs: 1 },
    ...overrides,
  });
  const run = (source: string, variables: Record<string, unknown>, identity: Identity = STAFF) =>
    h.subgraph.execute(source, variables, identity, { services: { publishing } });
  const data = async (source: string, variables: Record<string, unknown>, identity = STAFF) => {
    const result = await run(source, variables, identity);
    expect(result.errors).toBeUndefined();
    return result.data as any;
  };

  beforeAll(async () => {
    h = await openHarness();
    // One partners store for the whole file, as a running partners subgraph would keep.
    partners = fakePartners();
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(() => {
    partners.requests.length = 0;
    publishing = settings();
  });

  it('publishes the headcount of a snapshot after its import, with a service token, never the BAME value partners has no category for', async () => {
    const result = (await data(importing('importWorkforceSnapshots'), { csv: fixture('example-workforce-snapshot.csv') })).importWorkforceSnapshots;
    // RACE on 2024-03-31, every workforce and rank added up:
    //   White 420 + 85 + 330 = 835; Prefer not to say 20 + 5 = 25; Not stated 20; BAME 60 + 10 + 50 = 120.
    expect(result.published).toEqual([
      {
        status: 'PUBLISHED',
        organisation: ORG,
        area: AREA,
        datasets: ['workforce-headcount'],
        periods: ['2024'],
        rows: 3,
        inserted: 3,
        updated: 0,
        unchanged: 0,
        visibleToPublic: false,
        notPublished: [
          {
            dataset: 'workforce-headcount',
            period: '2024',
            characteristic: 'RACE',
            category: 'BAME',
            count: 120,
            reason: expect.stringContaining('partners has no RACE category for it'),
          },
        ],
        attempts: 1,
        error: null,
      },
    ]);
    expect(partners.held('workforce-headcount', '2024', 'RACE')).toEqual({ WHITE: 835, PREFER_NOT_TO_SAY: 25, NOT_STATED: 20 });
    // 835 + 25 + 20 sent and 120 reported: the 1,000 people of the snapshot, each once.
    expect(835 + 25 + 20 + 120).toBe(1000);

    const [request] = partners.requests;
    expect(request!.body.query).toBe(UPLOAD_STATISTICS_MUTATION);
    expect(request!.body.variables.input.format).toBe('JSON');
    expect(await verifyInternalToken(request!.headers[INTERNAL_TOKEN_HEADER], SECRET, CLOCK)).toMatchObject({ subject: 'people-culture', roles: ['service'] });
    const sent = JSON.parse(request!.body.variables.input.content) as StatisticRow[];
    expect(sent[0]).toEqual({ dataset: 'workforce-headcount', period: '2024', area: AREA, characteristic: 'RACE', category: 'NOT_STATED', count: 20, published: false });
    // Aggregates only: no rank, workforce or any other column of the records.
    expect(Object.keys(sent[0]!).sort()).toEqual(['area', 'category', 'characteristic', 'count', 'dataset', 'period', 'published']);
  });

  it('publishes nothing after a file that was already imported', async () => {
    const again = (await data(importing('importWorkforceSnapshots'), { csv: fixture('example-workforce-snapshot.csv') })).importWorkforceSnapshots;
    expect(again).toMatchObject({ alreadyImported: true, published: [] });
    expect(partners.requests).toHaveLength(0);
  });

  it('sends one headcount per year, from its latest snapshot, and reports the earlier one as superseded', async () => {
    const csv = [
      'organisation,date,workforce,rank,characteristic,category,headcount',
      `${ORG},2024-01-31,officer,Constable,RACE,White,410`,
      `${ORG},2023-03-31,officer,Constable,RACE,White,400`,
    ].join('\n');
    const [result] = (await data(importing('importWorkforceSnapshots'), { csv })).importWorkforceSnapshots.published;
    expect(result).toMatchObject({ status: 'PUBLISHED', periods: ['2023', '2024'], rows: 4, inserted: 1, unchanged: 3 });
    expect(result.notPublished).toContainEqual({
      dataset: 'workforce-headcount',
      period: '2024-01-31',
      characteristic: 'RACE',
      category: 'WHITE',
      count: 410,
      reason: "superseded by the snapshot of 2024-03-31: partners holds one headcount per year, from the year's latest snapshot",
    });
    expect(partners.held('workforce-headcount', '2023', 'RACE')).toEqual({ WHITE: 400 });
  });

  it('publishes applicants and successful of selection rounds as separate datasets, a day as its month', async () => {
    const [result] = (await data(importing('importSelectionRounds'), { csv: fixture('example-selection-rounds.csv') })).importSelectionRounds.published;
    expect(result).toMatchObject({
      status: 'PUBLISHED',
      datasets: ['recruitment', 'recruitment-successful', 'promotion', 'promotion-successful'],
      periods: ['2024-02', '2024-03'],
      rows: 8,
      inserted: 8,
    });
    expect(partners.held('promotion', '2024-03', 'RACE')).toEqual({ WHITE: 160, PREFER_NOT_TO_SAY: 10 });
    expect(partners.held('promotion-successful', '2024-03', 'RACE')).toEqual({ WHITE: 40, PREFER_NOT_TO_SAY: 2 });
    // RC-2024-PCSO's period 2024-02-15 is published as 2024-02.
    expect(partners.held('recruitment', '2024-02', 'SEX')).toEqual({ FEMALE: 120, MALE: 150 });
    expect(partners.held('recruitment-successful', '2024-02', 'SEX')).toEqual({ FEMALE: 30, MALE: 33 });
    expect(result.notPublished.map((u: any) => [u.dataset, u.category, u.count])).toEqual([
      ['promotion', 'BAME', 40],
      ['promotion-successful', 'BAME', 6],
    ]);
  });

  it('reports a round without a period instead of placing it in time', async () => {
    const csv = 'organisation,round,kind,rank,characteristic,category,applicants,successful\nexample-force,PR-OLD,promotion,Inspector,SEX,Female,12,3';
    const [result] = (await data(importing('importSelectionRounds'), { csv })).importSelectionRounds.published;
    expect(result.notPublished.filter((u: any) => u.period === null)).toEqual([
      { dataset: 'promotion', period: null, characteristic: 'SEX', category: 'FEMALE', count: 12, reason: expect.stringContaining('has no period') },
      { dataset: 'promotion-successful', period: null, characteristic: 'SEX', category: 'FEMALE', count: 3, reason: expect.stringContaining('has no period') },
    ]);
    expect(result).toMatchObject({ status: 'PUBLISHED', rows: 8, unchanged: 8 });
  });

  it('publishes grievances and misconduct, never counting a case twice across periods', async () => {
    const [first] = (await data(importing('importGrievancesAndMisconduct'), { csv: fixture('example-grievances-misconduct.csv') })).importGrievancesAndMisconduct.published;
    expect(first).toMatchObject({ status: 'PUBLISHED', datasets: ['grievances', 'misconduct'], periods: ['2023', '2023-10'], rows: 3, inserted: 3 });
    expect(partners.held('grievances', '2023', 'RACE')).toEqual({ WHITE: 21 });
    expect(partners.held('misconduct', '2023', 'RACE')).toEqual({ WHITE: 30 });
    expect(partners.held('misconduct', '2023-10', 'SEX')).toEqual({ FEMALE: 3 });

    const csv = [
      'organisation,period,kind,characteristic,category,cases',
      // Inside the month 2023-10 already held for the group: reported, not sent.
      `${ORG},2023-10-05,misconduct,SEX,Female,1`,
      // Two days of a month not held: sent as 2023-11, 2 + 1 = 3.
      `${ORG},2023-11-02,misconduct,SEX,Female,2`,
      `${ORG},2023-11-20,misconduct,SEX,Female,1`,
    ].join('\n');
    const [second] = (await data(importing('importGrievancesAndMisconduct'), { csv })).importGrievancesAndMisconduct.published;
    expect(partners.held('misconduct', '2023-11', 'SEX')).toEqual({ FEMALE: 3 });
    expect(second.notPublished).toContainEqual({
      dataset: 'misconduct',
      period: '2023-10-05',
      characteristic: 'SEX',
      category: 'FEMALE',
      count: 1,
      reason: 'a figure for 2023-10 is also held for this group; partners adds periods up, so sending both would count these cases twice',
    });
  });

  it('publishes every dataset on demand for staff, changing nothing that the imports already published', async () => {
    const result = (await data(PUBLISH, { org: ORG })).publishWorkforceAggregates;
    // headcount 2023: 1 row, 2024: 3; selection rounds 8; grievances 2023: 1; misconduct 2023, 2023-10, 2023-11: 3.
    expect(result).toMatchObject({ status: 'PUBLISHED', rows: 16, inserted: 0, updated: 0, unchanged: 16, visibleToPublic: false });
    expect(result.datasets).toEqual(['workforce-headcount', 'recruitment', 'recruitment-successful', 'promotion', 'promotion-successful', 'grievances', 'misconduct']);
    expect(partners.store.size).toBe(16);
    // Every count held is either sent or reported: RACE headcount of 2024 is 835 + 25 + 20 sent, 120 + 410 (superseded) reported.
    const reported = (result.notPublished as { dataset: string; count: number }[]).filter((u) => u.dataset === 'workforce-headcount');
    expect(reported.map((u) => u.count).sort((a, b) => a - b)).toEqual([120, 410]);
  });

  it('still imports when partners cannot be reached, and says why', async () => {
    partners.failWith('network', 'network', 'network');
    const csv = 'organisation,date,workforce,rank,characteristic,category,headcount\nexample-force,2025-03-31,staff,Grade C,SEX,Female,40';
    const result = (await data(importing('importWorkforceSnapshots'), { csv })).importWorkforceSnapshots;
    expect(result.rows).toBe(1);
    expect(result.published[0]).toMatchObject({ status: 'FAILED', attempts: 3, inserted: 0, error: expect.stringContaining('not reachable: ECONNREFUSED') });
    expect(await h.count(`select count(*) as n from people_culture.workforce_headcount where date = '2025-03-31'`)).toBe(1);
    const retried = (await data(PUBLISH, { org: ORG })).publishWorkforceAggregates;
    expect(retried).toMatchObject({ status: 'PUBLISHED', inserted: 1 });
    expect(partners.held('workforce-headcount', '2025', 'SEX')).toEqual({ FEMALE: 40 });
  });

  it('refuses an organisation without an area: reported after an import, an error on demand', async () => {
    const csv = 'organisation,date,workforce,rank,characteristic,category,headcount\nnowhere-police,2024-03-31,staff,Grade C,SEX,Male,9';
    const result = (await data(importing('importWorkforceSnapshots'), { csv })).importWorkforceSnapshots;
    expect(result.published).toEqual([
      expect.objectContaining({ status: 'REFUSED', organisation: 'nowhere-police', area: null, rows: 0, error: expect.stringContaining('has no ONS area code') }),
    ]);
    const asked = await run(PUBLISH, { org: 'nowhere-police' }, STAFF);
    expect(asked.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(asked.errors?.[0]?.message).toContain('add "nowhere-police=<area code>" to ORGANISATION_AREAS');
    expect(partners.requests).toHaveLength(0);
  });

  it('lets only an admin mark figures public, and refuses the public', async () => {
    const staff = await run(PUBLISH, { org: ORG, published: true }, STAFF);
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = (await data(PUBLISH, { org: ORG, published: true }, ADMIN)).publishWorkforceAggregates;
    expect(admin).toMatchObject({ status: 'PUBLISHED', visibleToPublic: true, updated: 17 });
    const sent = JSON.parse(partners.requests.at(-1)!.body.variables.input.content) as StatisticRow[];
    expect(sent.every((r) => r.published)).toBe(true);
    expect((await run(PUBLISH, { org: ORG }, PUBLIC)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('says so when this process has no partners to publish to', async () => {
    publishing = settings({ partners: null });
    const result = (await data(PUBLISH, { org: ORG })).publishWorkforceAggregates;
    expect(result).toMatchObject({ status: 'NOT_CONFIGURED', rows: 17, error: expect.stringContaining('no partners subgraph') });
  });

  it('reads ORGANISATION_AREAS, defaulting to the two forces, and names the variable when it is wrong', () => {
    expect(Object.fromEntries(fromEnv({}).areas)).toEqual({ 'west-midlands-police': 'E23000014', 'west-mercia-police': 'E23000016' });
    expect(() => fromEnv({ ORGANISATION_AREAS: 'west-midlands-police:E23000014' })).toThrow(ConfigError);
    expect(() => fromEnv({ ORGANISATION_AREAS: 'west-midlands-police=E2300' })).toThrow(/ORGANISATION_AREAS=.*is not organisation-key=ONS-area-code/);
    expect(() => fromEnv({ ORGANISATION_AREAS: 'a-force=E23000001,a-force=E23000002' })).toThrow(/given twice/);
  });
});
