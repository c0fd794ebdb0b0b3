import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PEER_URLS, createLogger, fixedClock } from '@edhr/kit';
import { partners } from '../src/module';
import { ADMIN, HARNESS_CLOCK, SERVICE, STAFF, openPartnersHarness, partner, type PartnersHarness } from './partners-harness';
import { CREATE_AGREEMENT, DISPARITY, STOP_SEARCH_CSV, UPLOAD, WEST_MIDLANDS, seed } from './fixtures';

/** Every row of the statistics store, to prove a refused or repeated upload changed nothing. */
async function storeFingerprint(h: PartnersHarness): Promise<string> {
  const rows = await h.orm.em
    .getConnection()
    .execute<{ digest: string | null; n: string }[]>(
      `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "partners"."statistic" t`,
    );
  return `${rows[0]!.n}:${rows[0]!.digest}`;
}

describe('statistics store, denominators and agreements', { timeout: 120_000 }, () => {
  let h: PartnersHarness;
  beforeAll(async () => {
    h = await openPartnersHarness();
    await seed(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses an upload with bad rows whole, naming line and field, and writes nothing', async () => {
    const before = await storeFingerprint(h);
    const csv = `dataset,period,area,characteristic,category,count
stop-search,2024-04,${WEST_MIDLANDS},RACE,BLACK,41
stop-search,2024-04,${WEST_MIDLANDS},RACE,WHITE,-1
stop-search,2024-04,${WEST_MIDLANDS},RACE,ASIAN,5
stop-search,2024-04,${WEST_MIDLANDS},RACE,PURPLE,5
stop-search,2024-13,E2300001,RACE,MIXED,5
stop-search,2024-04,${WEST_MIDLANDS},RACE,BLACK,41
`;
    const data = await h.ok(UPLOAD, { content: csv }, SERVICE);
    expect(data.uploadStatistics).toMatchObject({ accepted: false, rows: 6, inserted: 0, updated: 0 });
    expect(data.uploadStatistics.errors).toEqual([
      { line: 3, field: 'count', message: 'must not be negative (got -1)' },
      { line: 5, field: 'category', message: expect.stringMatching(/^"PURPLE" is not a category of RACE: write one of ASIAN, BLACK, MIXED, WHITE, OTHER, /) },
      { line: 6, field: 'period', message: expect.stringMatching(/^"2024-13" is not a period: write a month \(2024-03\), .* a financial year \(2022\/23\)/) },
      { line: 6, field: 'area', message: expect.stringMatching(/^"E2300001" is not an ONS geography code: a letter and eight digits/) },
      { line: 7, field: 'row', message: 'repeats dataset, period, area, characteristic and category of line 2' },
    ]);
    expect(await storeFingerprint(h)).toBe(before);
  });

  it('reports an unreadable file as such', async () => {
    const data = await h.ok(UPLOAD, { content: '[{"dataset": 1', format: 'JSON' }, SERVICE);
    expect(data.uploadStatistics.accepted).toBe(false);
    expect(data.uploadStatistics.errors[0]).toMatchObject({ line: 0, field: 'file' });
  });

  it('does not double figures when the same data is uploaded again', async () => {
    const before = await storeFingerprint(h);
    const data = await h.ok(UPLOAD, { content: STOP_SEARCH_CSV }, SERVICE);
    expect(data.uploadStatistics).toEqual({ accepted: true, rows: 12, inserted: 0, updated: 0, unchanged: 12, errors: [] });
    expect(await storeFingerprint(h)).toBe(before);
    const staff = await h.ok(DISPARITY, { dataset: 'stop-search', area: WEST_MIDLANDS, period: '2024-Q1' }, STAFF);
    expect(staff.disparity.totals).toEqual([{ period: '2024-Q1', total: 444, suppressed: false }]);
  });

  it('updates a corrected figure in place', async () => {
    const corrected = STOP_SEARCH_CSV.replace(`stop-search,2024-01,${WEST_MIDLANDS},RACE,BLACK,40`, `stop-search,2024-01,${WEST_MIDLANDS},RACE,BLACK,41`);
    const data = await h.ok(UPLOAD, { content: corrected }, SERVICE);
    expect(data.uploadStatistics).toMatchObject({ accepted: true, inserted: 0, updated: 1, unchanged: 11 });
    await h.ok(UPLOAD, { content: STOP_SEARCH_CSV }, SERVICE);
  });

  it('stores not-stated, not-recorded and unmapped figures as categories of their own, replaced in place on a re-publish', async () => {
    const month = (black: number, unmapped: number) => `dataset,period,area,characteristic,category,count
stop-search,2023-11,${WEST_MIDLANDS},RACE,BLACK,${black}
stop-search,2023-11,${WEST_MIDLANDS},RACE,NOT_STATED,4
stop-search,2023-11,${WEST_MIDLANDS},RACE,NOT_RECORDED,0
stop-search,2023-11,${WEST_MIDLANDS},RACE,UNMAPPED,${unmapped}
stop-search,2023-11,${WEST_MIDLANDS},SEX,UNMAPPED,${unmapped}
`;
    const first = await h.ok(UPLOAD, { content: month(10, 3) }, SERVICE);
    expect(first.uploadStatistics).toMatchObject({ accepted: true, rows: 5, inserted: 5, updated: 0, unchanged: 0 });
    const again = await h.ok(UPLOAD, { content: month(12, 1) }, SERVICE);
    expect(again.uploadStatistics).toMatchObject({ accepted: true, rows: 5, inserted: 0, updated: 3, unchanged: 2 });
    const rows = await h.orm.em
      .getConnection()
      .execute<{ characteristic: string; category: string; count: number }[]>(
        `select characteristic, category, count from "partners"."statistic" where period = '2023-11' order by characteristic, category`,
      );
    expect(rows.map((r) => `${r.characteristic} ${r.category} ${r.count}`)).toEqual([
      'RACE BLACK 12',
      'RACE NOT_RECORDED 0',
      'RACE NOT_STATED 4',
      'RACE UNMAPPED 1',
      'SEX UNMAPPED 1',
    ]);
    await h.orm.em.getConnection().execute(`delete from "partners"."statistic" where period = '2023-11'`);
  });

  it('keeps partner uploads under the partner and stops partners publishing to the public', async () => {
    const row = `dataset,period,area,characteristic,category,count,published\nstop-search,2024-Q1,${WEST_MIDLANDS},RACE,BLACK,12,`;
    const ok = await h.ok(UPLOAD, { content: row }, partner('bcc'));
    expect(ok.uploadStatistics).toMatchObject({ accepted: true, inserted: 1 });
    expect(await h.count('statistic', `source = 'partner:bcc'`)).toBe(1);
    const refused = await h.ok(UPLOAD, { content: `${row}true` }, partner('bcc'));
    expect(refused.uploadStatistics.errors).toEqual([{ line: 2, field: 'published', message: 'partners cannot publish figures to the public' }]);
    const publicUpload = await h.run(UPLOAD, { content: row }, { subject: 'x', roles: ['public'] });
    expect(publicUpload.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('loads the shipped Census 2021 denominator at start, idempotently, and uses it by default', async () => {
    const logger = createLogger('t', 'silent');
    // The denominator load calls no peer; the secret and peer URLs are only there to satisfy the start context.
    const start = { orm: h.orm, logger, internalTokenSecret: 'not-used-by-the-partners-start-work', peers: DEFAULT_PEER_URLS, clock: HARNESS_CLOCK, env: {} };
    await partners.beforeServe!(start, h.subgraph.services);
    const census = `source = 'ONS Census 2021 TS021 (police force areas)' and edition = '2021'`;
    // 43 police force areas × 5 broad ethnic groups.
    expect(await h.count('population', census)).toBe(215);
    await partners.beforeServe!(start, h.subgraph.services);
    expect(await h.count('population', census)).toBe(215);

    const sources = await h.ok(`{ denominatorSources { source edition characteristic areas figures } }`, {}, STAFF);
    expect(sources.denominatorSources).toContainEqual({
      source: 'ONS Census 2021 TS021 (police force areas)',
      edition: '2021',
      characteristic: 'RACE',
      areas: 43,
      figures: 215,
    });

    // West Midlands, Census 2021: Black 236,047, White 1,793,173.
    // Black 120 / 236,047 × 1,000 = 0.508373; White 300 / 1,793,173 × 1,000 = 0.167301; RRR = 3.038670.
    const data = await h.ok(DISPARITY, { dataset: 'stop-search', area: WEST_MIDLANDS, period: '2024-Q1' }, STAFF);
    const black = data.disparity.rows.find((r: any) => r.category === 'BLACK');
    expect(data.disparity.denominator).toEqual({ source: 'ONS Census 2021 TS021 (police force areas)', edition: '2021' });
    expect(black.denominator).toBe(236047);
    expect(black.rate.value).toBeCloseTo(0.508373, 5);
    expect(black.ratio.value).toBeCloseTo(3.03867, 4);
  });

  it('refuses a population import with a bad row whole', async () => {
    const data = await h.ok(
      `mutation ($input: PopulationImportInput!) { importPopulation(input: $input) { accepted errors { line field message } } }`,
      { input: { source: 'Bad', edition: '1', characteristic: 'RACE', content: `geography_code,ethnicity,population\n${WEST_MIDLANDS},Black,10\n${WEST_MIDLANDS},Purple,x\n` } },
      ADMIN,
    );
    expect(data.importPopulation.accepted).toBe(false);
    expect(data.importPopulation.errors).toEqual([
      { line: 3, field: 'category', message: expect.stringMatching(/^"Purple" is not a category of RACE: write one of /) },
      { line: 3, field: 'population', message: '"x" is not a number' },
    ]);
    expect(await h.count('population', `source = 'Bad'`)).toBe(0);
  });

  it('refuses a stale agreement edit (optimistic concurrency)', async () => {
    const UPDATE = `mutation ($v: Int!, $changes: AgreementChangesInput!) {
      updateAgreement(reference: "WMP-DSA-1", expectedVersion: $v, changes: $changes) { version suppressionThreshold title }
    }`;
    const first = await h.ok(UPDATE, { v: 1, changes: { suppressionThreshold: 5 } }, ADMIN);
    expect(first.updateAgreement).toMatchObject({ version: 2, suppressionThreshold: 5 });
    // A second editor still holding version 1.
    const stale = await h.run(UPDATE, { v: 1, changes: { title: 'Overwritten' } }, ADMIN);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain('has changed since version 1 (it is now version 2)');
    const list = await h.ok(`{ dataSharingAgreements(partnerKey: "bcc") { title version suppressionThreshold live } }`, {}, ADMIN);
    expect(list.dataSharingAgreements).toEqual([
      { title: 'Stop and search disparity for the local authority', version: 2, suppressionThreshold: 5, live: true },
    ]);
    await h.ok(UPDATE, { v: 2, changes: { suppressionThreshold: 10 } }, ADMIN);
  });

  it('validates agreements naming the field, and lets only admins write them', async () => {
    const base = {
      reference: 'WMP-DSA-2',
      partnerKey: 'bcc',
      title: 'x',
      datasets: ['stop-search'],
      characteristics: ['RACE'],
      areas: [WEST_MIDLANDS],
      finestPeriod: 'YEAR',
      validFrom: '2024-01-01',
      validTo: '2025-01-01',
    };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ validTo: '2023-01-01' }, 'input.validTo: 2023-01-01 is before validFrom 2024-01-01'],
      [{ validFrom: '2024-02-30' }, 'input.validFrom: "2024-02-30" is not a date (YYYY-MM-DD)'],
      [{ characteristics: ['COLOUR'] }, 'input.characteristics: "COLOUR" is not a protected characteristic code'],
      [{ areas: ['Birmingham'] }, 'input.areas: "Birmingham" is not an ONS geography code'],
      [{ partnerKey: 'nobody' }, 'input.partnerKey: no partner agency "nobody" is registered'],
      [{ suppressionThreshold: 0 }, 'input.suppressionThreshold: must be a whole number of at least 1 (got 0)'],
    ];
    for (const [change, message] of cases) {
      const result = await h.run(CREATE_AGREEMENT, { input: { ...base, ...change } }, ADMIN);
      expect(result.errors?.[0]?.message.startsWith(message)).toBe(true);
    }
    const asStaff = await h.run(CREATE_AGREEMENT, { input: base }, STAFF);
    expect(asStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await h.ok(`{ dataSharingAgreements { reference } }`, {}, partner('bcc'));
    expect(own.dataSharingAgreements).toEqual([{ reference: 'WMP-DSA-1' }]);
    const others = await h.run(`{ dataSharingAgreements(partnerKey: "old-partner") { reference } }`, {}, partner('bcc'));
    expect(others.errors?.[0]?.message).toBe('a partner sees only its own agreements');
  });

  it('judges an agreement live by the UK date: one ending 30 June has ended at 00:30 BST on 1 July', async () => {
    const terms = { partnerKey: 'bcc', title: 'Quarter', datasets: ['stop-search'], characteristics: ['RACE'], areas: [WEST_MIDLANDS], finestPeriod: 'YEAR' };
    await h.ok(CREATE_AGREEMENT, { input: { ...terms, reference: 'WMP-DSA-Q2', validFrom: '2027-04-01', validTo: '2027-06-30' } }, ADMIN);
    await h.ok(CREATE_AGREEMENT, { input: { ...terms, reference: 'WMP-DSA-Q3', validFrom: '2027-07-01', validTo: '2027-09-30' } }, ADMIN);
    const live = async (at: string) =>
      Object.fromEntries(
        (await h.ok(`{ dataSharingAgreements(partnerKey: "bcc") { reference live } }`, {}, STAFF, fixedClock(at))).dataSharingAgreements
          .filter((a: { reference: string }) => a.reference.startsWith('WMP-DSA-Q'))
          .map((a: { reference: string; live: boolean }) => [a.reference, a.live]),
      );
    // 22:30 UTC on 30 June is 23:30 BST: still 30 June in the UK.
    expect(await live('2027-06-30T22:30:00Z')).toEqual({ 'WMP-DSA-Q2': true, 'WMP-DSA-Q3': false });
    // 23:30 UTC on 30 June is 00:30 BST on 1 July: the next quarter's agreement is in force.
    expect(await live('2027-06-30T23:30:00Z')).toEqual({ 'WMP-DSA-Q2': false, 'WMP-DSA-Q3': true });
    // The first day of the financial year: 1 April starts at 23:00 UTC on 31 March (BST).
    expect(await live('2027-03-31T22:30:00Z')).toEqual({ 'WMP-DSA-Q2': false, 'WMP-DSA-Q3': false });
    expect(await live('2027-03-31T23:30:00Z')).toEqual({ 'WMP-DSA-Q2': true, 'WMP-DSA-Q3': false });
  });
});
