import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultDenominator } from '../src/denominators/default-denominator';
import { ADMIN, SERVICE, STAFF, openPartnersHarness, partner, type PartnersHarness } from './partners-harness';
import { CREATE_AGREEMENT, TEST_DENOMINATOR, UPLOAD, WEST_MERCIA, WEST_MIDLANDS, seed } from './fixtures';

const ANSWER = `query ($dataset: String!, $area: String!, $period: String!, $groupBy: PeriodGranularity, $source: String,
                     $ds: String, $de: String, $characteristic: String = "RACE", $reference: String = "WHITE") {
  disparity(dataset: $dataset, characteristic: $characteristic, reference: $reference, area: $area, period: $period,
            groupBy: $groupBy, source: $source, denominatorSource: $ds, denominatorEdition: $de) {
    period periodKind firstDay lastDay monthsExpected monthsHeld complete hasData
    records usableRecords coverage groupBy sources notes
    periods { period kind firstDay lastDay monthsExpected monthsHeld missingMonths complete basis figuresUsed records usableRecords coverage }
    totals { period total }
    rows { period category usable count denominator rate { value reason } ratio { value reason } }
  }
}`;

const testDenominator = { ds: TEST_DENOMINATOR.source, de: TEST_DENOMINATOR.edition };
const FY_MONTHS = ['2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03'];

/**
 * The force's own monthly stop and search for 2022/23 in West Midlands, every month:
 * BLACK 20, WHITE 50, NOT_STATED 3, UNMAPPED 1 → per year BLACK 240, WHITE 600, 48 unusable of 888.
 */
const MONTHLY_2022_23 = `dataset,period,area,characteristic,category,count
${FY_MONTHS.map((m) =>
  [`BLACK,20`, `WHITE,50`, `NOT_STATED,3`, `UNMAPPED,1`].map((c) => `stop-search,${m},${WEST_MIDLANDS},RACE,${c}`).join('\n'),
).join('\n')}
`;

const rowOf = (answer: any, category: string) => answer.rows.find((r: any) => r.category === category);

describe('periods, coverage and publishers in disparity answers', { timeout: 180_000 }, () => {
  let h: PartnersHarness;
  beforeAll(async () => {
    h = await openPartnersHarness();
    await seed(h);
    await loadDefaultDenominator(h.orm);
    await h.ok(UPLOAD, { content: MONTHLY_2022_23 }, SERVICE);
    await h.ok(
      `mutation ($input: PartnerAgencyInput!) { createPartnerAgency(input: $input) { key } }`,
      { input: { key: 'home-office', name: 'Home Office (published statistics)', sector: 'government', organisationKey: 'west-midlands-police' } },
      ADMIN,
    );
    await h.ok(
      CREATE_AGREEMENT,
      {
        input: {
          reference: 'HO-PUBLISHED-1',
          partnerKey: 'home-office',
          title: 'Published stop and search by police force area',
          datasets: ['stop-search'],
          characteristics: ['RACE'],
          areas: [WEST_MIDLANDS],
          finestPeriod: 'YEAR',
          suppressionThreshold: 10,
          validFrom: '2020-01-01',
          validTo: '2099-12-31',
        },
      },
      ADMIN,
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  const ask = (variables: Record<string, unknown>, identity = STAFF) =>
    h.ok(ANSWER, { dataset: 'stop-search', area: WEST_MIDLANDS, ...testDenominator, ...variables }, identity).then((d) => d.disparity);

  it('answers a financial year from the months held, stating its first and last day and that it is a sum', async () => {
    const answer = await ask({ period: '2022/23' });
    expect(answer).toMatchObject({
      period: '2022/23',
      periodKind: 'FINANCIAL_YEAR',
      firstDay: '2022-04-01',
      lastDay: '2023-03-31',
      monthsExpected: 12,
      monthsHeld: 12,
      complete: true,
      hasData: true,
      groupBy: null,
      sources: ['service-delivery'],
    });
    expect(answer.periods[0]).toMatchObject({ basis: 'SUM_OF_STORED_PERIODS', figuresUsed: FY_MONTHS, missingMonths: [] });
    // 12 × 20 = 240 searches of Black people, 12 × 50 = 600 of White people.
    expect(rowOf(answer, 'BLACK').count).toBe(240);
    expect(rowOf(answer, 'WHITE').count).toBe(600);
    // 240 / 40,000 × 1,000 = 6.0; 600 / 600,000 × 1,000 = 1.0; ratio 6.0.
    expect(rowOf(answer, 'BLACK').rate.value).toBeCloseTo(6.0, 6);
    expect(rowOf(answer, 'BLACK').ratio.value).toBeCloseTo(6.0, 6);
    expect(answer.notes).toContain(`2022/23: the sum of the figures held for ${FY_MONTHS.join(', ')}`);
    // The same months written as a range or a rolling 12 months are the same period.
    for (const period of ['2022-04..2023-03', '12m-to-2023-03']) {
      const same = await ask({ period });
      expect(same.period).toBe('2022/23');
      expect(rowOf(same, 'BLACK').count).toBe(240);
    }
  });

  it('states coverage: usable records ÷ all records, with a note below 95%', async () => {
    const answer = await ask({ period: '2022/23' });
    // 12 × (20 + 50 + 3 + 1) = 888 records, 12 × 70 = 840 usable: 840 / 888 = 0.945946.
    expect(answer.records).toBe(888);
    expect(answer.usableRecords).toBe(840);
    expect(answer.coverage).toBeCloseTo(840 / 888, 9);
    expect(answer.notes.some((n: string) => n.startsWith('coverage is 94.6%: only 840 of 888 records have a usable RACE category'))).toBe(true);
    // Not stated and unmapped are rows of their own, never given a rate.
    expect(rowOf(answer, 'NOT_STATED')).toMatchObject({ usable: false, count: 36, rate: { value: null, reason: 'NOT_USABLE_CATEGORY' } });
    expect(rowOf(answer, 'UNMAPPED')).toMatchObject({ usable: false, count: 12, ratio: { value: null, reason: 'NOT_USABLE_CATEGORY' } });
    // A month: 70 of 74 usable = 94.6% too; 2024-Q1 of the seed has only usable categories: coverage 1, no note.
    const seeded = await ask({ period: '2024-Q1' });
    expect(seeded.coverage).toBe(1);
    expect(seeded.notes.some((n: string) => n.startsWith('coverage'))).toBe(false);
  });

  it('uses an annual figure uploaded for the financial year as it stands, beside the monthly figures, never adding them up', async () => {
    const annual = `dataset,period,area,characteristic,category,count
stop-search,2022/23,${WEST_MIDLANDS},RACE,BLACK,250
stop-search,2022/23,${WEST_MIDLANDS},RACE,WHITE,610
`;
    const report = await h.ok(UPLOAD, { content: annual }, SERVICE);
    expect(report.uploadStatistics).toMatchObject({ accepted: true, inserted: 2 });
    expect(await h.count('statistic', `period = '2022/23' and period_granularity = 'FINANCIAL_YEAR' and period_start = ${2022 * 12 + 3} and period_end = ${2023 * 12 + 3}`)).toBe(2);
    const answer = await ask({ period: '2022/23' });
    expect(answer.periods[0]).toMatchObject({ basis: 'STORED_FIGURE', figuresUsed: ['2022/23'], monthsHeld: 12 });
    expect(rowOf(answer, 'BLACK').count).toBe(250);
    expect(rowOf(answer, 'WHITE').count).toBe(610);
    expect(answer.notes).toContain('2022/23: the figure published for 2022/23 was used as it stands');
    expect(answer.notes.some((n: string) => n.includes('lie inside a longer period whose own figure was used (2022/23)'))).toBe(true);
    // The months are untouched: a quarter of them still adds them up, and a month is still a month.
    const quarter = await ask({ period: '2022-Q2' });
    expect(rowOf(quarter, 'BLACK').count).toBe(60);
    expect(quarter.periods[0].basis).toBe('SUM_OF_STORED_PERIODS');
    // Grouped by quarter, the annual figure cannot be split and is left out, saying so.
    const byQuarter = await ask({ period: '2022/23', groupBy: 'QUARTER' });
    expect(byQuarter.periods.map((p: any) => [p.period, p.firstDay, p.lastDay])).toEqual([
      ['2022-Q2', '2022-04-01', '2022-06-30'],
      ['2022-Q3', '2022-07-01', '2022-09-30'],
      ['2022-Q4', '2022-10-01', '2022-12-31'],
      ['2023-Q1', '2023-01-01', '2023-03-31'],
    ]);
    expect(byQuarter.totals.map((t: any) => t.total)).toEqual([222, 222, 222, 222]);
    expect(byQuarter.notes.some((n: string) => n.startsWith('figures held for 2022/23 run over the edges of the quarters of 2022/23'))).toBe(true);
    await h.orm.em.getConnection().execute(`delete from "partners"."statistic" where period = '2022/23'`);
  });

  it('says a partly covered period is partial (months expected vs held), never a silent partial sum', async () => {
    // 12 months to January 2023: February 2022 to January 2023, across a year end; March 2022 is not held either.
    const answer = await ask({ period: '12m-to-2023-01' });
    expect(answer).toMatchObject({
      period: '12m-to-2023-01',
      periodKind: 'ROLLING_12_MONTHS',
      firstDay: '2022-02-01',
      lastDay: '2023-01-31',
      monthsExpected: 12,
      monthsHeld: 10,
      complete: false,
      hasData: true,
    });
    expect(answer.periods[0].missingMonths).toEqual(['2022-02', '2022-03']);
    expect(rowOf(answer, 'BLACK').count).toBe(200);
    expect(answer.notes).toContain(
      '12m-to-2023-01 is only partly covered: 10 of 12 months held (missing 2022-02, 2022-03); its figures are for the months held only',
    );
  });

  it('says no data rather than zeros for a period with no figures', async () => {
    const answer = await ask({ period: '2019/20' });
    expect(answer).toMatchObject({ hasData: false, records: null, usableRecords: null, coverage: null, monthsHeld: 0, rows: [], totals: [], sources: [] });
    expect(answer.periods[0]).toMatchObject({ basis: 'NO_DATA', monthsExpected: 12, monthsHeld: 0 });
    expect(answer.notes[0]).toMatch(/^no data: no figures are held for dataset stop-search, RACE, area E23000014 in 2019\/20 \(2019-04-01 to 2020-03-31\)/);
  });

  it("keeps publishers apart: a partner's upload never breaks or changes the force's default answer", async () => {
    const mine = `dataset,period,area,characteristic,category,count\nstop-search,2024-Q1,${WEST_MIDLANDS},RACE,BLACK,999\nstop-search,2024-Q1,${WEST_MIDLANDS},RACE,WHITE,1`;
    expect((await h.ok(UPLOAD, { content: mine }, partner('bcc'))).uploadStatistics).toMatchObject({ accepted: true, inserted: 2 });
    const force = await ask({ period: '2024-Q1' });
    expect(force.sources).toEqual(['service-delivery']);
    expect(rowOf(force, 'BLACK').count).toBe(120);
    const theirs = await ask({ period: '2024-Q1', source: 'partner:bcc' });
    expect(theirs.sources).toEqual(['partner:bcc']);
    expect(rowOf(theirs, 'BLACK').count).toBe(999);
    // A partner sees its own figures when it names them, never another partner's.
    const other = await h.run(ANSWER, { dataset: 'stop-search', area: WEST_MIDLANDS, period: '2024-Q1', source: 'partner:home-office' }, partner('bcc'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a partner upload only for the datasets and areas its agreement names', async () => {
    const outside = `dataset,period,area,characteristic,category,count
stop-search,2024-Q1,${WEST_MERCIA},RACE,BLACK,5
use-of-force,2024-Q1,${WEST_MIDLANDS},RACE,BLACK,5
`;
    const report = (await h.ok(UPLOAD, { content: outside }, partner('bcc'))).uploadStatistics;
    expect(report).toMatchObject({ accepted: false, inserted: 0 });
    expect(report.errors).toEqual([
      { line: 2, field: 'row', message: `no live agreement of partner:bcc names dataset stop-search and area ${WEST_MERCIA}: a partner uploads only for the datasets and areas its agreement names` },
      { line: 3, field: 'row', message: `no live agreement of partner:bcc names dataset use-of-force and area ${WEST_MIDLANDS}: a partner uploads only for the datasets and areas its agreement names` },
    ]);
    // A lapsed agreement allows no upload at all.
    const lapsed = (await h.ok(UPLOAD, { content: outside.split('\n').slice(0, 2).join('\n').replace(WEST_MERCIA, WEST_MIDLANDS) }, partner('old-partner'))).uploadStatistics;
    expect(lapsed.accepted).toBe(false);
  });

  it('refuses unknown characteristic, category, area and period codes naming the field and the form allowed', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ period: '2022/23', characteristic: 'ETHNICITY' }, 'characteristic', /^characteristic: "ETHNICITY" is not a protected characteristic code \(AGE, .*RACE/],
      [{ period: '2022/23', reference: 'PURPLE' }, 'reference', /^reference: "PURPLE" is not a category of RACE: write one of ASIAN, BLACK, MIXED, WHITE, OTHER/],
      [{ period: '2022/23', reference: 'NOT_STATED' }, 'reference', /^reference: "NOT_STATED" says nothing about RACE/],
      [{ period: '2022/23', area: 'E23999999' }, 'area', /^area: "E23999999" is not a known area: write an ONS geography code/],
      [{ period: '2022/2023' }, 'period', /^period: "2022\/2023" is not a period: write .* a financial year \(2022\/23\), a rolling 12 months ending a month \(12m-to-2023-03\) or a range of whole months \(2023-01..2023-06\)/],
      [{ period: '2022/23', groupBy: 'YEAR' }, 'groupBy', /^groupBy: calendar years do not fit whole inside 2022\/23/],
    ];
    for (const [variables, field, message] of cases) {
      const result = await h.run(ANSWER, { dataset: 'stop-search', area: WEST_MIDLANDS, ...variables }, STAFF);
      expect(result.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    const upload = `dataset,period,area,characteristic,category,count
stop-search,2022/23,E23999999,RACE,BLACK,5
stop-search,2022/23,${WEST_MIDLANDS},RACE,BLUE,5
stop-search,2022/23,${WEST_MIDLANDS},COLOUR,BLACK,5
stop-search,FY22,${WEST_MIDLANDS},RACE,BLACK,5
`;
    const report = (await h.ok(UPLOAD, { content: upload }, SERVICE)).uploadStatistics;
    expect(report.accepted).toBe(false);
    expect(report.errors.map((e: any) => [e.line, e.field])).toEqual([
      [2, 'area'],
      [3, 'category'],
      [4, 'characteristic'],
      [5, 'period'],
    ]);
  });

  /**
   * Home Office, "Police powers and procedures: stop and search and arrests, England and Wales,
   * year ending 31 March 2023" (rates by ethnicity per 1,000 population of each police force area,
   * Census 2021 populations), as reported for West Midlands by the Express & Star, 6 October 2023
   * ("Call for reform of police stop and search as data shows black people much more likely to be
   * stopped"): 4,390 stop and searches of Black people in the year to March 2023, 18.6 per 1,000
   * Black people; 5.8 per 1,000 White people; Black people 3.2 times as likely to be stopped.
   *
   * The report gives the count of searches of Black people but not that of White people. So the
   * Black count is uploaded as published, and the White count at both ends of what the published
   * rate of 5.8 allows with the Census 2021 White population of the area (1,793,173):
   * 5.75 × 1,793.173 = 10,310.7 and 5.85 × 1,793.173 = 10,490.1, i.e. 10,311 to 10,490 searches.
   * Neither end is a published count; both must give the published rate and ratio.
   */
  it('reproduces the Home Office rate per 1,000 and ratio to White for West Midlands, year ending 31 March 2023', async () => {
    const census = { ds: null, de: null };
    for (const white of [10311, 10490]) {
      const published = `dataset,period,area,characteristic,category,count
stop-search,2022/23,${WEST_MIDLANDS},RACE,BLACK,4390
stop-search,2022/23,${WEST_MIDLANDS},RACE,WHITE,${white}
`;
      const report = (await h.ok(UPLOAD, { content: published }, partner('home-office'))).uploadStatistics;
      expect(report.accepted).toBe(true);
      const answer = await ask({ period: '2022/23', source: 'partner:home-office', ...census });
      expect(answer).toMatchObject({ firstDay: '2022-04-01', lastDay: '2023-03-31', sources: ['partner:home-office'], complete: true });
      expect(answer.periods[0]).toMatchObject({ basis: 'STORED_FIGURE', figuresUsed: ['2022/23'] });
      const black = rowOf(answer, 'BLACK');
      const whiteRow = rowOf(answer, 'WHITE');
      // Census 2021, West Midlands police force area: Black 236,047, White 1,793,173.
      expect(black.denominator).toBe(236047);
      expect(whiteRow.denominator).toBe(1793173);
      // 4,390 / 236,047 × 1,000 = 18.598 → 18.6, as published.
      expect(black.rate.value.toFixed(1)).toBe('18.6');
      expect(whiteRow.rate.value.toFixed(1)).toBe('5.8');
      // 18.598 / 5.750 = 3.234 and 18.598 / 5.850 = 3.179: 3.2 either way, as published.
      expect(black.ratio.value.toFixed(1)).toBe('3.2');
    }
    // The force's own monthly figures for the same year are a separate series, unchanged by the upload.
    const force = await ask({ period: '2022/23', ...census });
    expect(force.sources).toEqual(['service-delivery']);
    expect(rowOf(force, 'BLACK').count).toBe(240);
  });
});
