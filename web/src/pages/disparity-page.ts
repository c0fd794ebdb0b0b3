import { DisparityOptionsQuery, DisparityPageQuery } from '../graphql/operations/disparity';
import type { DisparityPageQuery as DisparityPageResult } from '../generated/graphql';
import { ratesChart, ratiosChart } from '../charts/disparity-charts';
import { toCsv, toGovukTable, type Table, type TableCell } from '../tables/table';
import type { GatewayClient } from '../graphql/gateway-client';
import type { Viewer } from '../auth/viewer';
import { CHARACTERISTICS } from './characteristics';
import { fieldErrors, formErrors } from './form-errors';
import { formatNumber, selectItems, yesNo } from './format';
import { html, notFound, type PageRequest, type WebPage } from './page';

const DATASETS = [
  { value: 'stop-search', text: 'Stop and search' },
  { value: 'workforce-headcount', text: 'Workforce headcount' },
  { value: 'recruitment', text: 'Recruitment applicants' },
  { value: 'promotion', text: 'Promotion applicants' },
  { value: 'grievances', text: 'Grievances' },
  { value: 'misconduct', text: 'Misconduct' },
];
const LABELS = { dataset: 'Dataset', characteristic: 'Characteristic', reference: 'Reference group', area: 'Area', period: 'Period' };
type Question = Record<keyof typeof LABELS, string>;
type Disparity = DisparityPageResult['disparity'];

const questionOf = (query: PageRequest['query']): Question | undefined =>
  query.area && query.period
    ? {
        dataset: query.dataset || 'stop-search',
        characteristic: query.characteristic || 'RACE',
        reference: (query.reference || 'WHITE').trim().toUpperCase(),
        area: query.area,
        period: query.period.trim(),
      }
    : undefined;

const label = (category: string) => category.charAt(0) + category.slice(1).toLowerCase().replace(/_/g, ' ');
const withheld = (reason: string | null | undefined) => `Withheld (${reason === 'below_threshold' ? 'below the disclosure threshold' : (reason ?? 'disclosure control').replace(/_/g, ' ')})`;
const why = (reason: string | null | undefined) => (reason ? `None: ${reason.toLowerCase().replace(/_/g, ' ')}` : 'None');

/** The two tables of an answer; the page shows them and the CSV downloads are made from them. */
function disparityTables(disparity: Disparity, csvQuery: string): Table[] {
  const rates: Table = {
    id: 'rates',
    caption: `Rates per ${formatNumber(disparity.ratePer)} people, ${disparity.period}`,
    head: ['Group', 'Records', 'Population', `Rate per ${formatNumber(disparity.ratePer)}`],
    numeric: [false, true, true, true],
    rows: disparity.rows.map((r): TableCell[] => [
      label(r.category) + (r.isReference ? ' (reference)' : ''),
      r.suppressed || r.count === null || r.count === undefined ? withheld(r.suppressionReason) : formatNumber(r.count, 0),
      r.denominator === null || r.denominator === undefined ? 'Not known' : formatNumber(r.denominator, 0),
      r.rate.computable ? formatNumber(r.rate.value, 3) : r.suppressed ? withheld(r.suppressionReason) : why(r.rate.reason),
    ]),
    csvHref: `/disparity/csv/rates?${csvQuery}`,
  };
  const ratios: Table = {
    id: 'ratios',
    caption: `Relative rate ratios against ${label(disparity.rows.find((r) => r.isReference)?.category ?? 'the reference')}, with 95% confidence intervals`,
    head: ['Group', 'Ratio', 'Lower 95%', 'Upper 95%', 'Interval excludes 1'],
    numeric: [false, true, true, true, false],
    rows: disparity.rows
      .filter((r) => r.usable && !r.isReference)
      .map((r): TableCell[] =>
        r.ratio.computable
          ? [label(r.category), formatNumber(r.ratio.value, 2), formatNumber(r.ratio.lower, 2), formatNumber(r.ratio.upper, 2), yesNo(r.ratio.significant)]
          : [label(r.category), r.suppressed ? withheld(r.suppressionReason) : why(r.ratio.reason), '', '', 'Not known'],
      ),
    csvHref: `/disparity/csv/ratios?${csvQuery}`,
  };
  return [rates, ratios];
}

function coverageNote(d: Disparity): string[] {
  if (!d.hasData) return [`No figures are held for ${d.period}: this is no data, not zeros.`];
  return [
    `${d.period} runs from ${d.firstDay} to ${d.lastDay}: figures cover ${d.monthsHeld} of ${d.monthsExpected} months${d.complete ? '' : ' (incomplete: the figures are for the months held only)'}.`,
    `Coverage: ${formatNumber(d.usableRecords, 0)} of ${formatNumber(d.records, 0)} records have a usable group (${d.coverage === null || d.coverage === undefined ? 'not known' : `${(d.coverage * 100).toFixed(1)}%`}).`,
    `Population: ${d.denominator.source}, ${d.denominator.edition}. Figures published by ${d.sources.join(', ') || 'nobody'}.`,
    d.countsPerturbed ? 'Counts are perturbed for disclosure control (cell-key method); rates and ratios are worked out from the perturbed counts.' : 'Counts are exact.',
    ...(d.suppressionApplied ? [`Counts from 1 to ${(d.suppressionThreshold ?? 1) - 1} are withheld.`] : []),
    ...d.notes,
  ];
}

async function load(gateway: GatewayClient, viewer: Viewer, question: Question | undefined) {
  if (!question) {
    const options = await gateway.execute(DisparityOptionsQuery, {}, viewer.token);
    if (options.errors) throw new Error(options.errors[0]!.message);
    return { organisations: options.data.organisations, disparity: undefined, errors: [] };
  }
  const result = await gateway.execute(DisparityPageQuery, question, viewer.token);
  if (result.errors) {
    const options = await gateway.execute(DisparityOptionsQuery, {}, viewer.token);
    return { organisations: options.data?.organisations ?? [], disparity: undefined, errors: formErrors(result.errors, LABELS, 'period') };
  }
  return { organisations: result.data.organisations, disparity: result.data.disparity, errors: [] };
}

const csvQueryOf = (question: Question) => new URLSearchParams(question).toString();

export const disparityPage: WebPage = {
  path: '/disparity',
  navigation: { text: 'Disparity explorer', href: '/disparity' },
  async get({ gateway, viewer, query }) {
    const question = questionOf(query);
    const { organisations, disparity, errors } = await load(gateway, viewer, question);
    const areas = [...new Map(organisations.filter((o) => o.areaCode).map((o) => [o.areaCode!, `${o.name} (${o.areaCode})`]))].map(([value, text]) => ({ value, text }));
    const tables = disparity && question ? disparityTables(disparity, csvQueryOf(question)).map(toGovukTable) : [];
    const bars = disparity?.rows.filter((r) => r.rate.computable && r.rate.value !== null && r.rate.value !== undefined).map((r) => ({ category: label(r.category), rate: r.rate.value! })) ?? [];
    const points =
      disparity?.rows
        .filter((r) => !r.isReference && r.ratio.computable && r.ratio.value && r.ratio.lower && r.ratio.upper)
        .map((r) => ({ category: label(r.category), ratio: r.ratio.value!, lower: r.ratio.lower!, upper: r.ratio.upper! })) ?? [];
    return html(
      'pages/disparity.njk',
      'Disparity explorer',
      {
        question: question ?? { dataset: 'stop-search', characteristic: 'RACE', reference: 'WHITE', area: areas[0]?.value ?? '', period: '' },
        options: {
          dataset: selectItems(DATASETS, question?.dataset ?? 'stop-search'),
          characteristic: selectItems(CHARACTERISTICS, question?.characteristic ?? 'RACE'),
          area: selectItems(areas, question?.area),
        },
        disparity,
        ratePer: disparity ? formatNumber(disparity.ratePer, 0) : undefined,
        coverage: disparity ? coverageNote(disparity) : [],
        ratesChart: disparity ? ratesChart(bars, disparity.ratePer) : undefined,
        ratiosChart: disparity ? ratiosChart(points, label(question!.reference)) : undefined,
        ratesTable: tables[0],
        ratiosTable: tables[1],
        errors,
        fieldErrors: fieldErrors(errors),
      },
      errors.length ? 400 : 200,
    );
  },
};

/** Each table of the explorer as CSV: the same rows the page shows, made by the same function. */
export const disparityCsv: WebPage = {
  path: '/disparity/csv/:table',
  async get({ gateway, viewer, query, params }) {
    const question = questionOf(query);
    if (!question) return notFound('disparity question (give area and period)');
    const { disparity } = await load(gateway, viewer, question);
    const table = disparity ? disparityTables(disparity, csvQueryOf(question)).find((t) => t.id === params.table) : undefined;
    if (!table) return notFound(`table "${params.table}"`);
    const filename = `disparity-${question.dataset}-${question.characteristic}-${question.area}-${question.period}-${table.id}.csv`.replace(/[^A-Za-z0-9.-]+/g, '-');
    return { kind: 'csv', filename, body: toCsv(table) };
  },
};
