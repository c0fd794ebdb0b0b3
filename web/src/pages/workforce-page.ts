import { WorkforceOptionsQuery, WorkforcePageQuery } from '../graphql/operations/workforce';
import type { RepresentationFiguresFragment } from '../generated/graphql';
import { representationChart } from '../charts/representation-chart';
import { toCsv, toGovukTable, type Table, type TableCell } from '../tables/table';
import type { GatewayClient } from '../graphql/gateway-client';
import type { Viewer } from '../auth/viewer';
import { CHARACTERISTICS } from './characteristics';
import { fieldErrors, formErrors } from './form-errors';
import { formatNumber, selectItems } from './format';
import { html, notFound, type PageRequest, type WebPage } from './page';

const LABELS = { organisation: 'Organisation', characteristic: 'Characteristic', category: 'Group' };
type Question = Record<keyof typeof LABELS, string>;

const questionOf = (query: PageRequest['query']): Question | undefined =>
  query.organisation && query.category
    ? { organisation: query.organisation, characteristic: query.characteristic || 'RACE', category: query.category.trim() }
    : undefined;

const percent = (share: number | null | undefined) => (share === null || share === undefined ? 'Not known' : `${(share * 100).toFixed(1)}%`);
const rankName = (row: RepresentationFiguresFragment) => (row.rank ? `${row.rank} (${row.workforce ?? 'all'})` : 'Whole workforce');

function representationTable(rows: RepresentationFiguresFragment[], group: string, csvHref: string): Table {
  return {
    id: 'representation',
    caption: `${group} by rank or grade, against the community`,
    head: ['Rank or grade', `${group} in the rank`, 'Rank total', 'Share of the rank', 'Share of the community', 'Representation ratio'],
    numeric: [false, true, true, true, true, true],
    rows: rows.map((r): TableCell[] => [
      rankName(r),
      formatNumber(r.groupInWorkforce, 0),
      formatNumber(r.workforceTotal, 0),
      percent(r.workforceShare),
      percent(r.communityShare),
      r.computable ? formatNumber(r.value, 2) : `None: ${(r.notComputableReason ?? 'not computable').toLowerCase().replace(/_/g, ' ')}`,
    ]),
    csvHref,
  };
}

async function load(gateway: GatewayClient, viewer: Viewer, question: Question | undefined) {
  if (question) {
    const result = await gateway.execute(WorkforcePageQuery, question, viewer.token);
    if (!result.errors) return { organisations: result.data.organisations, representation: result.data.representation, errors: [] };
    const options = await gateway.execute(WorkforceOptionsQuery, {}, viewer.token);
    return { organisations: options.data?.organisations ?? [], representation: undefined, errors: formErrors(result.errors, LABELS, 'category') };
  }
  const options = await gateway.execute(WorkforceOptionsQuery, {}, viewer.token);
  if (options.errors) throw new Error(options.errors[0]!.message);
  return { organisations: options.data.organisations, representation: undefined, errors: [] };
}

export const workforcePage: WebPage = {
  path: '/workforce',
  navigation: { text: 'Workforce', href: '/workforce' },
  async get({ gateway, viewer, query }) {
    const question = questionOf(query);
    const { organisations, representation, errors } = await load(gateway, viewer, question);
    const rows = representation ? [representation.overall, ...representation.byRank] : [];
    const table = representation && question ? toGovukTable(representationTable(rows, question.category, `/workforce/csv?${new URLSearchParams(question)}`)) : undefined;
    const chart =
      representation && question
        ? representationChart(
            representation.byRank.filter((r) => r.workforceShare !== null && r.workforceShare !== undefined).map((r) => ({ label: rankName(r), share: r.workforceShare! })),
            representation.overall.communityShare,
            question.category,
          )
        : undefined;
    return html(
      'pages/workforce.njk',
      'Workforce representation',
      {
        question: question ?? { organisation: organisations[0]?.id ?? '', characteristic: 'RACE', category: '' },
        options: {
          organisation: selectItems(organisations.map((o) => ({ value: o.id, text: o.name })), question?.organisation),
          characteristic: selectItems(CHARACTERISTICS, question?.characteristic ?? 'RACE'),
        },
        representation,
        table,
        chart,
        signedIn: viewer.signedIn,
        errors,
        fieldErrors: fieldErrors(errors),
      },
      errors.length ? 400 : 200,
    );
  },
};

export const workforceCsv: WebPage = {
  path: '/workforce/csv',
  async get({ gateway, viewer, query }) {
    const question = questionOf(query);
    if (!question) return notFound('workforce question (give organisation and group)');
    const { representation } = await load(gateway, viewer, question);
    if (!representation) return notFound('representation');
    const table = representationTable([representation.overall, ...representation.byRank], question.category, '');
    return { kind: 'csv', filename: `representation-${question.organisation}-${question.characteristic}-${question.category}.csv`.replace(/[^A-Za-z0-9.-]+/g, '-'), body: toCsv(table) };
  },
};
