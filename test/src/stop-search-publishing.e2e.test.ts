import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHarness, tokenFor, type Harness } from './harness';

const FIXTURE = readFileSync(
  fileURLToPath(new URL('../../subgraphs/service-delivery/fixtures/2017-06-west-midlands-stop-and-search.csv', import.meta.url)),
  'utf8',
);

const IMPORT = `mutation ($file: String!) {
  importEncounters(dataset: "stop-search", organisation: "west-midlands-police", file: $file) {
    status rowsImported rowsNew rowsAlreadyHeld published { status area from to rows inserted updated unchanged visibleToPublic error }
  }
}`;
const DISPARITY = `query ($period: String!, $groupBy: PeriodGranularity) {
  disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "E23000014", period: $period, groupBy: $groupBy) {
    sources notes
    rows { period category count denominator rate { value } ratio { computable value lower upper significant } }
  }
}`;

/**
 * Service-delivery publishes aggregates of an imported file to partners, straight to the partners
 * subgraph with a service token, and partners' disparity answers from them.
 */
describe('stop-and-search aggregates published to partners', { timeout: 180_000 }, () => {
  let harness: Harness;
  let admin: string;
  let staff: string;
  beforeAll(async () => {
    harness = await startHarness();
    admin = await tokenFor(['admin']);
    staff = await tokenFor(['staff']);
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('publishes the months of an import through the gateway, not for the public', async () => {
    const { body } = await harness.query(IMPORT, { token: admin, variables: { file: FIXTURE } });
    expect(body.errors).toBeUndefined();
    expect(body.data.importEncounters).toEqual({
      status: 'IMPORTED',
      rowsImported: 768,
      rowsNew: 768,
      rowsAlreadyHeld: 0,
      // June 2017: 9 RACE rows (five broad groups, NOT_STATED, PREFER_NOT_TO_SAY, NOT_RECORDED, UNMAPPED), 6 SEX, 9 AGE.
      published: { status: 'PUBLISHED', area: 'E23000014', from: '2017-06', to: '2017-06', rows: 24, inserted: 24, updated: 0, unchanged: 0, visibleToPublic: false, error: null },
    });
  });

  it('gives staff the Black/White relative rate ratio worked out by hand', async () => {
    const { body } = await harness.query(DISPARITY, { token: staff, variables: { period: '2017-06' } });
    expect(body.errors).toBeUndefined();
    const result = body.data.disparity;
    expect(result.sources).toEqual(['service-delivery']);
    const row = (category: string) => result.rows.find((r: { category: string }) => r.category === category);
    expect(row('BLACK')).toMatchObject({ period: '2017-06', count: 149, denominator: 236047 });
    expect(row('WHITE')).toMatchObject({ count: 359, denominator: 1793173 });
    // Census 2021 (census2021-pfa-population-5-ethnic-groups.csv), E23000014: Black 236,047, White 1,793,173.
    // rate(Black) = 149 ÷ 236,047 × 1,000 = 0.631230 per 1,000
    // rate(White) = 359 ÷ 1,793,173 × 1,000 = 0.200204 per 1,000
    // ratio = (149 × 1,793,173) ÷ (236,047 × 359) = 267,182,777 ÷ 84,740,873 = 3.152939
    // SE(ln ratio) = √(1/149 − 1/236,047 + 1/359 − 1/1,793,173)
    //              = √(0.0067114094 − 0.0000042364 + 0.0027855153 − 0.0000005577) = √0.0094921306 = 0.0974276
    // 95% CI = exp(ln 3.152939 ± 1.959964 × 0.0974276) = 2.604864 to 3.816331: excludes 1, significant.
    const ratio = (149 * 1793173) / (236047 * 359);
    expect(ratio).toBeCloseTo(3.152939, 6);
    expect(row('BLACK').rate.value).toBeCloseTo(0.63123, 5);
    expect(row('WHITE').rate.value).toBeCloseTo(0.200204, 6);
    expect(row('BLACK').ratio).toMatchObject({ computable: true, significant: true });
    expect(row('BLACK').ratio.value).toBeCloseTo(ratio, 9);
    expect(row('BLACK').ratio.lower).toBeCloseTo(2.604864, 5);
    expect(row('BLACK').ratio.upper).toBeCloseTo(3.816331, 5);
  });

  it('gives the same counts for the quarter, which partners adds up from the months', async () => {
    const { body } = await harness.query(DISPARITY, { token: staff, variables: { period: '2017-Q2', groupBy: 'QUARTER' } });
    expect(body.errors).toBeUndefined();
    const counts = Object.fromEntries(body.data.disparity.rows.map((r: { category: string; count: number }) => [r.category, r.count]));
    expect(counts).toEqual({ WHITE: 359, BLACK: 149, ASIAN: 166, MIXED: 48, OTHER: 0, NOT_RECORDED: 33, NOT_STATED: 13, PREFER_NOT_TO_SAY: 0, UNMAPPED: 0 });
  });

  it('adds and publishes nothing for a re-saved copy of the file (CRLF, BOM), and partners\' figures stay as they were', async () => {
    const copy = `\uFEFF${FIXTURE.replace(/\r?\n/g, '\r\n')}`;
    const { body } = await harness.query(IMPORT, { token: admin, variables: { file: copy } });
    expect(body.errors).toBeUndefined();
    expect(body.data.importEncounters).toEqual({ status: 'ALREADY_IMPORTED', rowsImported: 0, rowsNew: 0, rowsAlreadyHeld: 768, published: null });
    const disparity = await harness.query(DISPARITY, { token: staff, variables: { period: '2017-06' } });
    const counts = Object.fromEntries(disparity.body.data.disparity.rows.map((r: { category: string; count: number }) => [r.category, r.count]));
    expect(counts).toMatchObject({ WHITE: 359, BLACK: 149, ASIAN: 166, MIXED: 48, NOT_RECORDED: 33, NOT_STATED: 13 });
  });

  it('changes nothing when staff publish the same data again on demand', async () => {
    const { body } = await harness.query(
      `mutation { publishStopSearchAggregates(organisation: "west-midlands-police", from: "2017-06", to: "2017-06") {
          status rows inserted updated unchanged } }`,
      { token: staff },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.publishStopSearchAggregates).toEqual({ status: 'PUBLISHED', rows: 24, inserted: 0, updated: 0, unchanged: 24 });
  });

  it('shows the public nothing until an admin marks the figures public', async () => {
    const before = await harness.query(DISPARITY, { variables: { period: '2017-06' } });
    expect(before.body.errors).toBeUndefined();
    expect(before.body.data.disparity.rows).toEqual([]);
  });
});
