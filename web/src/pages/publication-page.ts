import { PublicationOptionsQuery, PublicationPageQuery } from '../graphql/operations/publication';
import type { PublicationPageQuery as PublicationResult } from '../generated/graphql';
import { representationChart } from '../charts/representation-chart';
import { cellText, toCsv, toGovukTable, type Table, type TableCell } from '../tables/table';
import { characteristicName, characteristicNames } from './characteristic-names';
import { disparityFigures, disparityTables } from './disparity-figures';
import { formErrors, fieldErrors } from './form-errors';
import { formatDate, formatNumber, ragCell, selectItems, statusLabel } from './format';
import { eqiaHref, publicationHref } from './links';
import { html, notFound, type PageRequest, type WebPage } from './page';

type EqualityInformation = NonNullable<PublicationResult['equalityInformation']>;
type RepresentationSection = EqualityInformation['workforceRepresentation'][number];

const LABELS = { organisation: 'Organisation', year: 'Year' };
const percent = (share: number | null | undefined) => (share === null || share === undefined ? 'Not known' : `${(share * 100).toFixed(1)}%`);
const rankName = (row: RepresentationSection['rows'][number]) => (row.rank ? `${row.rank} (${row.workforce ?? 'all'})` : row.workforce ? `Every ${row.workforce} rank` : 'Whole workforce');
const withheldText = (reason: string | null | undefined, threshold: number) =>
  `Withheld (${reason === 'small_number' || !reason ? `fewer than ${threshold} people: the share would identify them` : reason.replace(/_/g, ' ')})`;

function objectivesTable(section: EqualityInformation['strategies'][number], index: number, csv: (id: string) => string): Table {
  const id = `objectives-${index}`;
  return {
    id,
    caption: `${section.strategy.title}: objectives and progress`,
    head: ['Objective', 'Delivery actions', 'Complete', 'Overdue', 'KPIs'],
    numeric: [false, true, true, true, false],
    rows: section.objectives.map((o): TableCell[] => [
      [o.objective.code, o.objective.title].filter(Boolean).join(' ') || o.objective.id,
      formatNumber(o.actions, 0),
      formatNumber(o.actionsComplete, 0),
      formatNumber(o.actionsOverdue, 0),
      o.kpis.length ? o.kpis.map((k) => `${k.name}: ${k.latest ? formatNumber(k.latest.value) : 'no value yet'} (${cellText(ragCell(k.rag))})`).join('; ') : 'None',
    ]),
    csvHref: csv(id),
  };
}

function representationTable(section: RepresentationSection, index: number, csv: (id: string) => string): Table {
  const id = `workforce-${index}`;
  return {
    id,
    caption: `Workforce by rank or grade against the community: ${characteristicName(section.characteristic)}, ${formatDate(section.snapshotDate)}`,
    head: ['Rank or grade', 'Group', 'Share of the rank', 'Share of the community', 'Representation ratio'],
    numeric: [false, false, true, true, true],
    rows: section.rows.map((r): TableCell[] => [
      rankName(r),
      r.category,
      r.withheld ? withheldText(r.withheldReason, section.threshold) : percent(r.workforceShare),
      percent(r.communityShare),
      r.withheld ? withheldText(r.withheldReason, section.threshold) : formatNumber(r.ratio, 2),
    ]),
    csvHref: csv(id),
  };
}

/** One chart per group of a section: each rank's share of it against its share of the community. */
function representationCharts(section: RepresentationSection, index: number) {
  const categories = [...new Set(section.rows.map((r) => r.category))];
  return categories.map((category, c) => {
    const rows = section.rows.filter((r) => r.category === category);
    const community = rows.find((r) => !r.rank)?.communityShare ?? rows.find((r) => r.communityShare !== null && r.communityShare !== undefined)?.communityShare;
    const ranks = rows.filter((r) => r.rank && !r.withheld && r.workforceShare !== null && r.workforceShare !== undefined).map((r) => ({ label: rankName(r), share: r.workforceShare! }));
    const withheld = rows.filter((r) => r.rank && r.withheld).length;
    const chart = representationChart(ranks, community, category);
    return { ...chart, id: `workforce-${index}-chart-${c}`, summary: chart.summary + (withheld ? ` ${withheld} withheld rank${withheld === 1 ? ' is' : 's are'} left out of the chart.` : '') };
  });
}

function eqiasTable(info: EqualityInformation, csv: (id: string) => string): Table {
  return {
    id: 'eqias-completed',
    caption: `Equality impact assessments completed in ${info.year}`,
    head: ['Assessment', 'Kind', 'Completed', 'Decision', 'Negative impact on', 'Not assessed'],
    rows: info.eqiasCompleted.map((e): TableCell[] => [
      { text: e.title, href: eqiaHref(e.id) },
      statusLabel(e.kind),
      formatDate(e.completedOn),
      e.decision ? statusLabel(e.decision) : 'Not recorded',
      characteristicNames(e.negativeFor),
      characteristicNames(e.unknownFor),
    ]),
    csvHref: csv('eqias-completed'),
  };
}

function engagementTable(info: EqualityInformation, csv: (id: string) => string): Table {
  return {
    id: 'engagement',
    caption: `Consultation and engagement held in ${info.year}`,
    head: ['Held', 'Group', 'Topic', 'Outcome'],
    rows: info.engagement.map((e): TableCell[] => [e.heldOn ? formatDate(e.heldOn) : (e.heldAsWritten ?? 'Not known'), e.groupName, e.topic, e.outcome ?? 'Not recorded']),
    csvHref: csv('engagement'),
  };
}

/** Every table of the publication, by id: the page shows them and the CSV downloads are made from them. */
function publicationTables(info: EqualityInformation) {
  const base = publicationHref(info.organisation.id, info.year);
  const csv = (id: string) => `${base}/csv/${id}`;
  return {
    objectives: info.strategies.map((s, i) => objectivesTable(s, i, csv)),
    workforce: info.workforceRepresentation.map((s, i) => representationTable(s, i, csv)),
    disparity: info.serviceDeliveryDisparity.map((d, i) => disparityTables(d.result, `disparity-${i}-`, (t) => csv(`disparity-${i}-${t}`))),
    eqias: eqiasTable(info, csv),
    engagement: engagementTable(info, csv),
  };
}

const allTables = (tables: ReturnType<typeof publicationTables>): Table[] => [...tables.objectives, ...tables.workforce, ...tables.disparity.flat(), tables.eqias, tables.engagement];

const yearOf = (text: string | undefined) => (text && /^\d{4}$/.test(text) ? Number(text) : undefined);

async function load({ gateway, viewer }: PageRequest, organisation: string, year: number) {
  const result = await gateway.execute(PublicationPageQuery, { organisation, year }, viewer.token);
  if (result.errors) return { errors: formErrors(result.errors, LABELS, 'year'), organisations: [], info: undefined };
  return { errors: [], organisations: result.data.organisations, info: result.data.equalityInformation ?? undefined };
}

/** The form choosing an organisation and a year; it sends the reader to that publication. */
export const publicationChooser: WebPage = {
  path: '/publication',
  navigation: { text: 'Equality information', href: '/publication' },
  async get(request) {
    const { gateway, viewer, query, clock } = request;
    const year = yearOf(query.year?.trim());
    if (query.organisation && year) return { kind: 'redirect', location: publicationHref(query.organisation, year) };
    const options = await gateway.execute(PublicationOptionsQuery, {}, viewer.token);
    if (options.errors) throw new Error(options.errors[0]!.message);
    const errors = query.year !== undefined && !year ? [{ field: 'year', href: '#year', text: 'Year: give a calendar year as four digits, e.g. 2017' }] : [];
    return html(
      'pages/publication-chooser.njk',
      'Equality information',
      {
        options: { organisation: selectItems(options.data.organisations.map((o) => ({ value: o.id, text: o.name })), query.organisation) },
        year: query.year ?? String(clock.now().getUTCFullYear() - 1),
        errors,
        fieldErrors: fieldErrors(errors),
      },
      errors.length ? 400 : 200,
    );
  },
};

export const publicationPage: WebPage = {
  path: '/publication/:organisation/:year',
  async get(request) {
    const year = yearOf(request.params.year);
    if (!year) return notFound(`year "${request.params.year}" (give four digits)`);
    const { info, errors } = await load(request, request.params.organisation!, year);
    if (errors.length) return html('pages/error.njk', 'Equality information', { message: errors.map((e) => e.text).join(' ') }, 400);
    if (!info) return notFound(`organisation "${request.params.organisation}"`);
    const tables = publicationTables(info);
    return html('pages/publication.njk', `Equality information ${info.year}: ${info.organisation.name}`, {
      info,
      strategies: info.strategies.map((s, i) => ({
        title: s.strategy.title,
        href: `/strategies/${encodeURIComponent(s.strategy.id)}`,
        reviewDue: s.objectivesReviewDue ? formatDate(s.objectivesReviewDue) : undefined,
        reviewOverdue: s.objectivesReviewOverdue,
        table: toGovukTable(tables.objectives[i]!),
      })),
      workforce: info.workforceRepresentation.map((s, i) => ({
        heading: characteristicName(s.characteristic),
        snapshot: formatDate(s.snapshotDate),
        communitySource: s.communitySource,
        threshold: s.threshold,
        charts: representationCharts(s, i),
        table: toGovukTable(tables.workforce[i]!),
      })),
      disparity: info.serviceDeliveryDisparity.map((d, i) => ({
        heading: `${d.dataset.replace(/-/g, ' ')}: ${characteristicName(d.characteristic)}, against ${d.reference.charAt(0) + d.reference.slice(1).toLowerCase()}`,
        result: d.result,
        ...disparityFigures(d.result, d.reference, `disparity-${i}-`, (t) => `${publicationHref(info.organisation.id, info.year)}/csv/disparity-${i}-${t}`),
      })),
      eqias: toGovukTable(tables.eqias),
      engagement: toGovukTable(tables.engagement),
      publications: info.publications.map((p) => ({ on: formatDate(p.publishedOn), url: p.url, note: p.note })),
    });
  },
};

/** Each table of a publication as CSV: the same rows the page shows, made by the same functions. */
export const publicationCsv: WebPage = {
  path: '/publication/:organisation/:year/csv/:table',
  async get(request) {
    const year = yearOf(request.params.year);
    if (!year) return notFound(`year "${request.params.year}"`);
    const { info } = await load(request, request.params.organisation!, year);
    const table = info ? allTables(publicationTables(info)).find((t) => t.id === request.params.table) : undefined;
    if (!info || !table) return notFound(`table "${request.params.table}"`);
    return { kind: 'csv', filename: `equality-information-${info.organisation.id}-${info.year}-${table.id}.csv`.replace(/[^A-Za-z0-9.-]+/g, '-'), body: toCsv(table) };
  },
};
