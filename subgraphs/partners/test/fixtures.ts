import { perturbCell, type CellDescription } from '@edhr/statistics';
import type { PartnersHarness } from './partners-harness';
import { ADMIN, SERVICE, TEST_DISCLOSURE_KEY } from './partners-harness';

export const WEST_MIDLANDS = 'E23000014';
export const WEST_MERCIA = 'E23000016';

/** A round-number denominator so the test arithmetic is easy to follow. */
export const TEST_DENOMINATOR = { source: 'Test population', edition: '1' };
export const TEST_POPULATION_CSV = `area,category,population
${WEST_MIDLANDS},BLACK,40000
${WEST_MIDLANDS},WHITE,600000
${WEST_MIDLANDS},ASIAN,100000
${WEST_MIDLANDS},MIXED,20000
`;

/**
 * Stop and search in West Midlands, 2024-Q1, monthly, not published:
 *   BLACK 40 + 40 + 40 = 120, WHITE 100 + 100 + 100 = 300, MIXED 6 + 7 + 7 = 20, ASIAN 2 + 1 + 1 = 4.
 */
export const STOP_SEARCH_CSV = `dataset,period,area,characteristic,category,count
${['01', '02', '03']
  .map((m, i) =>
    [
      `stop-search,2024-${m},${WEST_MIDLANDS},RACE,BLACK,40`,
      `stop-search,2024-${m},${WEST_MIDLANDS},RACE,WHITE,100`,
      `stop-search,2024-${m},${WEST_MIDLANDS},RACE,MIXED,${[6, 7, 7][i]}`,
      `stop-search,2024-${m},${WEST_MIDLANDS},RACE,ASIAN,${[2, 1, 1][i]}`,
    ].join('\n'),
  )
  .join('\n')}
`;

/** Use of force, 2024-Q1, published for the public: WHITE 50, BLACK 30, ASIAN 3. */
export const USE_OF_FORCE_JSON = JSON.stringify([
  { dataset: 'use-of-force', period: '2024-Q1', area: WEST_MIDLANDS, characteristic: 'RACE', category: 'WHITE', count: 50, published: true },
  { dataset: 'use-of-force', period: '2024-Q1', area: WEST_MIDLANDS, characteristic: 'RACE', category: 'BLACK', count: 30, published: true },
  { dataset: 'use-of-force', period: '2024-Q1', area: WEST_MIDLANDS, characteristic: 'RACE', category: 'ASIAN', count: 3, published: true },
]);

export const UPLOAD = `mutation ($content: String!, $format: TableFormat) {
  uploadStatistics(input: { content: $content, format: $format }) {
    accepted rows inserted updated unchanged errors { line field message }
  }
}`;

export const IMPORT_POPULATION = `mutation ($input: PopulationImportInput!) {
  importPopulation(input: $input) { accepted rows inserted updated unchanged errors { line field message } }
}`;

export const CREATE_AGREEMENT = `mutation ($input: AgreementInput!) {
  createAgreement(input: $input) { reference version live finestPeriod }
}`;

export const DISPARITY = `query ($dataset: String!, $area: String!, $period: String!, $groupBy: PeriodGranularity, $ds: String, $de: String) {
  disparity(dataset: $dataset, characteristic: "RACE", reference: "WHITE", area: $area, period: $period, groupBy: $groupBy,
            denominatorSource: $ds, denominatorEdition: $de) {
    period groupBy sources suppressionApplied suppressionThreshold agreementReference ratePer notes
    denominator { source edition }
    countsPerturbed
    totals { period total suppressed }
    trends { category direction points }
    rows {
      period category isReference count suppressed suppressionReason denominator
      rate { computable value reason detail }
      ratio { computable value lower upper standardError significant reason detail }
    }
  }
}`;

/** Test denominator, the two datasets, two partners and their agreements (one live, one expired). */
export async function seed(h: PartnersHarness): Promise<void> {
  await h.ok(IMPORT_POPULATION, { input: { ...TEST_DENOMINATOR, characteristic: 'RACE', content: TEST_POPULATION_CSV } }, ADMIN);
  await h.ok(UPLOAD, { content: STOP_SEARCH_CSV }, SERVICE);
  await h.ok(UPLOAD, { content: USE_OF_FORCE_JSON, format: 'JSON' }, SERVICE);
  for (const [key, name] of [
    ['bcc', 'Birmingham City Council'],
    ['old-partner', 'A partner whose agreement has lapsed'],
  ]) {
    await h.ok(
      `mutation ($input: PartnerAgencyInput!) { createPartnerAgency(input: $input) { key } }`,
      { input: { key, name, sector: 'local-authority', organisationKey: 'west-midlands-police' } },
      ADMIN,
    );
  }
  const terms = {
    title: 'Stop and search disparity for the local authority',
    datasets: ['stop-search'],
    characteristics: ['RACE'],
    areas: [WEST_MIDLANDS],
    finestPeriod: 'QUARTER',
    suppressionThreshold: 10,
  };
  await h.ok(CREATE_AGREEMENT, { input: { ...terms, reference: 'WMP-DSA-1', partnerKey: 'bcc', validFrom: '2020-01-01', validTo: '2099-12-31' } }, ADMIN);
  await h.ok(
    CREATE_AGREEMENT,
    { input: { ...terms, reference: 'WMP-DSA-OLD', partnerKey: 'old-partner', validFrom: '2020-01-01', validTo: '2023-12-31' } },
    ADMIN,
  );
}

/**
 * The value the cell-key method publishes for a cell under the test secret, worked out with the
 * statistics module: what a partner (view `all`) or the public (view `published`) must be shown.
 */
export function publishedValue(cell: Partial<CellDescription> & Pick<CellDescription, 'category' | 'firstDay' | 'lastDay'>, count: number): number {
  return perturbCell(
    TEST_DISCLOSURE_KEY,
    { dataset: 'stop-search', area: WEST_MIDLANDS, characteristic: 'RACE', source: 'service-delivery', view: 'all', ...cell },
    count,
  );
}

/** What a viewer with this threshold is shown for a published value: it, or null (withheld) when from 1 to threshold − 1. */
export const shownAs = (published: number, threshold = 10): number | null => (published >= 1 && published < threshold ? null : published);
