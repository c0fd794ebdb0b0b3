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
    const rrr = results.find((r) => r.kpi === 'wmp-edhr-strategy:sd-kpi-stop-search-rrr-black')!;
    expect(rrr.status).toBe('OK');
    expect(rrr.value).toBeCloseTo(expected, 6);
    expect(rrr.value).toBeCloseTo(3.1529, 3);
    expect(await latestOf('wmp-edhr-strategy:sd-kpi-stop-search-rrr-black')).toEqual({
      period: '2017-06',
      value: rrr.value,
      source: 'query:wmp-edhr-strategy:sd-kpi-stop-search-rrr-black',
    });

    // An annual KPI cannot take a monthly period: reported, and the others still measured.
    const disclosure = results.find((r) => r.kpi === 'wmp-edhr-strategy:pc-kpi-ethnicity-non-disclosure')!;
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
      (r: { kpi: string }) => r.kpi === 'wmp-edhr-strategy:pc-kpi-ethnicity-non-disclosure',
    );
    // (60 prefer not to say + 40 not stated) ÷ 1,000 people = 0.1
    expect(disclosure).toMatchObject({ status: 'OK', value: 0.1 });
    expect(await latestOf('wmp-edhr-strategy:pc-kpi-ethnicity-non-disclosure')).toMatchObject({ period: '2024', value: 0.1 });
  });
});
