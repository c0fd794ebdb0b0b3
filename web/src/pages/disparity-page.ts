import { DisparityOptionsQuery, DisparityPageQuery } from '../graphql/operations/disparity';
import { toCsv } from '../tables/table';
import type { GatewayClient } from '../graphql/gateway-client';
import type { Viewer } from '../auth/viewer';
import { CHARACTERISTICS } from './characteristics';
import { fieldErrors, formErrors } from './form-errors';
import { disparityFigures, disparityTables } from './disparity-figures';
import { selectItems } from './format';
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

const csvHref = (question: Question) => (table: string) => `/disparity/csv/${table}?${new URLSearchParams(question)}`;

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

export const disparityPage: WebPage = {
  path: '/disparity',
  navigation: { text: 'Disparity explorer', href: '/disparity' },
  async get({ gateway, viewer, query }) {
    const question = questionOf(query);
    const { organisations, disparity, errors } = await load(gateway, viewer, question);
    const areas = [...new Map(organisations.filter((o) => o.areaCode).map((o) => [o.areaCode!, `${o.name} (${o.areaCode})`]))].map(([value, text]) => ({ value, text }));
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
        ...(disparity && question ? disparityFigures(disparity, question.reference, '', csvHref(question)) : { coverage: [] }),
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
    const table = disparity ? disparityTables(disparity, '', csvHref(question)).find((t) => t.id === params.table) : undefined;
    if (!table) return notFound(`table "${params.table}"`);
    const filename = `disparity-${question.dataset}-${question.characteristic}-${question.area}-${question.period}-${table.id}.csv`.replace(/[^A-Za-z0-9.-]+/g, '-');
    return { kind: 'csv', filename, body: toCsv(table) };
  },
};
