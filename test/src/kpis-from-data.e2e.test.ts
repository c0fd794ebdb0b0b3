import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tokenFor, type Harness } from './harness';

const root = resolve(import.meta.dirname, '../..');
const STOP_SEARCH_CSV = readFileSync(resolve(root, 'subgraphs/service-delivery/fixtures/2017-06-west-midlands-stop-and-search.csv'), 'utf8');

/** Census 2021 residents of the West Midlands police force area, as the partners subgraph ships them. */
function westMidlandsPopulation(group: string): number {
  const csv = readFileSync(resolve(root, 'subgraphs/partners/src/denominators/data/census2021-pfa-population-5-ethnic-groups.csv'), 'utf8');
  const line = csv.split('\n').find((l) => l.startsWith(`E23000014,${group},`));
  return Number(line!.split(',')[2]);
}

/**
 * The seed plugins' KPIs that data can answer are measured from the subgraphs' public fields
 * through the plugin query mechanism: import → publish → query through the gateway → measurement.
 */
describe('KPIs measured from imported data', { timeout: 180_000 }, () => {
  let harness: Harness;
  let admin: string;
  beforeAll(async () => {
    harness = await startHarness();
    admin = await tokenFor(['admin']);
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const REFRESH = 'mutation ($p: String!) { refreshMeasurements(strategy: "wmp-edhr-strategy", period: $p) { kpi status value reason } }';
  const KPIS = '{ strategy(id: "wmp-edhr-strategy") { themes { kpis { id latest { period value source } } } } }';
  const latestOf = async (id: string) => {
    const { body } = await harness.query(KPIS, { token: admin });
    return body.data.strategy.themes.flatMap((t: { kpis: { id: string }[] }) => t.kpis).find((k: { id: string }) => k.id === id).latest;
  };

  it('measures the stop-and-search relative rate ratio from the imported records', async () => {
    const imported = await harness.query(
      'mutation ($f: String!) { importEncounters(dataset: "stop-search", organisation: "west-midlands-police", file: $f) { status rowsImported published { status rows } } }',
      { token: admin, variables: { f: STOP_SEARCH_CSV } },
    );
    expect(imported.body.errors).toBeUndefined();
    expect(imported.body.data.importEncounters).toMatchObject({ status: 'IMPORTED', rowsImported: 768, published: { status: 'PUBLISHED' } });

    const refreshed = await harness.query(REFRESH, { token: admin, variables: { p: '2017-06' } });
    expect(refreshed.body.errors).toBeUndefined();
    const results = refreshed.body.data.refreshMeasurements as { kpi: string; status: string; value: number | null; reason: string | null }[];

    // 149 searches of Black people and 359 of White people in June 2017, against Census 2021 residents:
    // rate(Black) = 149 / population(Black) × 1000, rate(White) = 359 / population(White) × 1000,
    // ratio = rate(Black) ÷ rate(White) ≈ 0.631 ÷ 0.200 ≈ 3.153.
    const expected = (149 / westMidlandsPopulation('Black')) / (359 / westMidlandsPopulation('White'));
    const rrr = results.find((r) => r.kpi === 'wmp-edhr-theme-1-service-delivery:sd-kpi-stop-search-rrr-black')!;
    expect(rrr.status).toBe('OK');
    expect(rrr.value).toBeCloseTo(expected, 6);
    expect(rrr.value).toBeCloseTo(3.1529, 3);
    expect(await latestOf('wmp-edhr-theme-1-service-delivery:sd-kpi-stop-search-rrr-black')).toEqual({
      period: '2017-06',
      value: rrr.value,
      source: 'query:wmp-edhr-theme-1-service-delivery:sd-kpi-stop-search-rrr-black',
    });

    // An annual KPI cannot take a monthly period: reported, and the others still measured.
    const disclosure = results.find((r) => r.kpi === 'wmp-edhr-theme-2-people-culture:pc-kpi-ethnicity-non-disclosure')!;
    expect(disclosure.status).toBe('ERROR');
    expect(disclosure.reason).toBeTruthy();
  });

  it('measures the workforce non-disclosure share from an imported snapshot', async () => {
    const snapshot = [
      'organisation,date,workforce,rank,characteristic,category,headcount',
      'west-midlands-police,2024-03-31,officer,Constable,RACE,White,800',
      'west-midlands-police,2024-03-31,officer,Constable,RACE,Black,100',
      'west-midlands-police,2024-03-31,officer,Constable,RACE,Prefer not to say,60',
      'west-midlands-police,2024-03-31,officer,Constable,RACE,Not stated,40',
    ].join('\n');
    const imported = await harness.query('mutation ($c: String!) { importWorkforceSnapshots(csv: $c) { rows inserted } }', {
      token: admin,
      variables: { c: snapshot },
    });
    expect(imported.body.data.importWorkforceSnapshots).toEqual({ rows: 4, inserted: 4 });

    const refreshed = await harness.query(REFRESH, { token: admin, variables: { p: '2024' } });
    const disclosure = refreshed.body.data.refreshMeasurements.find(
      (r: { kpi: string }) => r.kpi === 'wmp-edhr-theme-2-people-culture:pc-kpi-ethnicity-non-disclosure',
    );
    // (60 prefer not to say + 40 not stated) ÷ 1,000 people = 0.1
    expect(disclosure).toMatchObject({ status: 'OK', value: 0.1 });
    expect(await latestOf('wmp-edhr-theme-2-people-culture:pc-kpi-ethnicity-non-disclosure')).toMatchObject({ period: '2024', value: 0.1 });
  });

  it("measures the 2018 strategy's BAME share, representation ratio and promotion selection-rate ratio from imported data", async () => {
    const ORG = 'west-midlands-police';
    // Dated after the 2024 snapshot above, so it is the latest one the KPI queries read.
    const snapshot = [
      'organisation,date,workforce,rank,characteristic,category,headcount',
      `${ORG},2025-03-31,officer,Constable,RACE,BAME,150`,
      `${ORG},2025-03-31,officer,Constable,RACE,White,650`,
      `${ORG},2025-03-31,officer,Sergeant,RACE,BAME,20`,
      `${ORG},2025-03-31,officer,Sergeant,RACE,White,80`,
      `${ORG},2025-03-31,staff,Grade C,RACE,BAME,30`,
      `${ORG},2025-03-31,staff,Grade C,RACE,White,50`,
      `${ORG},2025-03-31,staff,Grade C,RACE,Prefer not to say,20`,
    ].join('\n');
    const imported = await harness.query(
      'mutation ($c: String!) { importWorkforceSnapshots(csv: $c) { rows published { status area periods rows notPublished { category count } error } } }',
      { token: admin, variables: { c: snapshot } },
    );
    expect(imported.body.errors).toBeUndefined();
    // The headcount goes to partners as aggregates (White 780, Prefer not to say 20 for 2025); BAME, a
    // value partners has no category for, is reported rather than sent.
    expect(imported.body.data.importWorkforceSnapshots).toEqual({
      rows: 7,
      published: [{ status: 'PUBLISHED', area: 'E23000014', periods: ['2024', '2025'], rows: 6, notPublished: [{ category: 'BAME', count: 200 }], error: null }],
    });

    // Community: Census 2021 residents of the West Midlands police force area, BAME being every
    // broad group but White.
    const white = westMidlandsPopulation('White');
    const bame = ['Asian', 'Black', 'Mixed', 'Other'].map(westMidlandsPopulation).reduce((a, b) => a + b, 0);
    expect([bame, white]).toEqual([667_315 + 236_047 + 121_685 + 101_435, 1_793_173]);
    const community = [
      'organisation,characteristic,category,population,source',
      `${ORG},RACE,BAME,${bame},"Census 2021, West Midlands police force area: Asian + Black + Mixed + Other"`,
      `${ORG},RACE,White,${white},"Census 2021, West Midlands police force area"`,
    ].join('\n');
    const rounds = [
      'organisation,round,kind,rank,characteristic,category,applicants,successful,period',
      `${ORG},wmp-sergeant-promotion-latest,promotion,Sergeant,RACE,BAME,50,6,2025-02`,
      `${ORG},wmp-sergeant-promotion-latest,promotion,Sergeant,RACE,White,200,40,2025-02`,
      `${ORG},wmp-sergeant-promotion-latest,promotion,Sergeant,RACE,Prefer not to say,10,2,2025-02`,
    ].join('\n');
    for (const [mutation, csv] of [['importCommunityPopulation', community], ['importSelectionRounds', rounds]] as const) {
      const result = await harness.query(`mutation ($c: String!) { ${mutation}(csv: $c) { rows published { status } } }`, { token: admin, variables: { c: csv } });
      expect(result.body.errors, mutation).toBeUndefined();
    }

    const refreshed = await harness.query(
      'mutation { refreshMeasurements(strategy: "di-strategy-2018-2021", period: "2025") { kpi status value reason } }',
      { token: admin },
    );
    expect(refreshed.body.errors).toBeUndefined();
    const results = refreshed.body.data.refreshMeasurements as { kpi: string; status: string; value: number | null; reason: string | null }[];
    expect(results.map((r) => [r.kpi, r.status, r.reason])).toEqual([
      ['wmp-inclusion-strategy-2018:bame-share-of-workforce-measured', 'OK', null],
      ['wmp-inclusion-strategy-2018:bame-representation-ratio', 'OK', null],
      ['wmp-inclusion-strategy-2018:promotion-selection-rate-ratio-bame', 'OK', null],
    ]);
    const value = (key: string) => results.find((r) => r.kpi === `wmp-inclusion-strategy-2018:${key}`)!.value!;

    // Workforce share: BAME 150 + 20 + 30 = 200 of 150 + 650 + 20 + 80 + 30 + 50 + 20 = 1,000 → 0.2
    // (against the strategy's 0.12 in 2018).
    expect(value('bame-share-of-workforce-measured')).toBe(0.2);
    // Community share: 1,126,482 ÷ (1,126,482 + 1,793,173 = 2,919,655) = 0.385827…
    // Representation ratio: 0.2 ÷ 0.385827 = (200 × 2,919,655) ÷ (1,000 × 1,126,482) = 583,931,000 ÷ 1,126,482,000 = 0.518367…
    // (against the strategy's 0.12 ÷ 0.30 = 0.4).
    expect(value('bame-representation-ratio')).toBeCloseTo((200 * 2_919_655) / (1_000 * 1_126_482), 12);
    expect(value('bame-representation-ratio')).toBeCloseTo(0.518367, 6);
    // Selection rates: BAME 6 ÷ 50 = 0.12, White 40 ÷ 200 = 0.2; ratio 0.12 ÷ 0.2 = 0.6, below four-fifths.
    expect(value('promotion-selection-rate-ratio-bame')).toBe(0.6);

    const { body } = await harness.query('{ strategy(id: "di-strategy-2018-2021") { kpis { id latest { period value source } } } }', { token: admin });
    const latest = Object.fromEntries(body.data.strategy.kpis.map((k: { id: string; latest: unknown }) => [k.id, k.latest]));
    expect(latest['wmp-inclusion-strategy-2018:promotion-selection-rate-ratio-bame']).toEqual({
      period: '2025',
      value: 0.6,
      source: 'query:wmp-inclusion-strategy-2018:promotion-selection-rate-ratio-bame',
    });
    // The figures the source states are left as they were.
    expect(latest['wmp-inclusion-strategy-2018:bame-share-of-workforce']).toMatchObject({ period: '2018', value: 12 });
  });
});
