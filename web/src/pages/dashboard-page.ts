import { DashboardPageQuery } from '../graphql/operations/strategies';
import type { DashboardKpiFragment, DashboardObjectiveFragment, DeliveryActionFilter, DeliveryStatus } from '../generated/graphql';
import { sparklineSvg } from '../charts/sparkline';
import { toGovukTable, type TableCell } from '../tables/table';
import { DELIVERY_STATUSES, formatNumber, ragCell, selectItems, statusCell, statusLabel, trendText, yesNo } from './format';
import { CHARACTERISTICS } from './characteristics';
import { actionHref, kpiHref } from './links';
import { html, notFound, type WebPage } from './page';

function kpiTable(strategy: string, id: string, caption: string, kpis: DashboardKpiFragment[]) {
  const rows = kpis.map((k): TableCell[] => [
    { text: k.name, href: kpiHref(strategy, k.id) },
    k.latest ? `${formatNumber(k.latest.value)} (${k.latest.period})` : 'No value yet',
    k.targetValue === null || k.targetValue === undefined ? 'No target' : formatNumber(k.targetValue),
    ragCell(k.rag),
    trendText(k.trend),
    yesNo(k.stale),
  ]);
  const table = toGovukTable({ id, caption, head: ['KPI', 'Latest value', 'Target', 'RAG', 'Trend', 'Stale'], rows });
  // The sparkline goes beside the trend's words; it repeats them and is hidden from assistive technology.
  table.bodyCells.forEach((cells, index) => {
    const svg = sparklineSvg(kpis[index]!.measurements);
    if (svg && cells[4]) cells[4].html = `<span class="app-sparkline" aria-hidden="true">${svg}</span> ${cells[4].html}`;
  });
  return table;
}

export const dashboardPage: WebPage = {
  path: '/strategies/:strategy',
  async get({ gateway, viewer, params, query }) {
    const strategyId = params.strategy!;
    const filter = {
      theme: query.theme || undefined,
      status: (DELIVERY_STATUSES as readonly string[]).includes(query.status ?? '') ? (query.status as DeliveryStatus) : undefined,
      owner: query.owner || undefined,
      characteristic: query.characteristic || undefined,
    };
    const actions: DeliveryActionFilter = {
      strategy: strategyId,
      theme: filter.theme,
      owner: filter.owner,
      characteristic: filter.characteristic,
      status: filter.status ? [filter.status] : undefined,
    };
    const result = await gateway.execute(DashboardPageQuery, { strategy: strategyId, characteristic: filter.characteristic, actions }, viewer.token);
    if (result.errors) throw new Error(result.errors[0]!.message);
    const strategy = result.data.strategy;
    if (!strategy) return notFound(`strategy "${strategyId}"`);

    const wantKpi = (k: DashboardKpiFragment) => !filter.characteristic || k.characteristics.includes(filter.characteristic);
    const ownerMatches = (o: DashboardObjectiveFragment) =>
      !filter.owner || o.owners.some((name) => name.toLowerCase() === filter.owner!.toLowerCase());
    const objectiveSection = (prefix: string, objectives: DashboardObjectiveFragment[], kpis: DashboardKpiFragment[]) => {
      const byId = new Map(kpis.map((k) => [k.id, k]));
      const shown = objectives.filter(ownerMatches);
      const filed = new Set(shown.flatMap((o) => o.kpis.map((k) => k.id)));
      return {
        objectives: shown.map((o, index) => ({
          code: o.code,
          title: o.title ?? o.statement,
          statement: o.title ? o.statement : undefined,
          owners: o.owners,
          kpiTable: o.kpis.length
            ? kpiTable(strategy.id, `${prefix}-objective-${index}`, `KPIs of ${o.code ?? 'this objective'}`, o.kpis.map((k) => byId.get(k.id)).filter((k) => k !== undefined).filter(wantKpi))
            : undefined,
        })),
        otherKpis: (() => {
          const rest = kpis.filter((k) => !filed.has(k.id)).filter(wantKpi);
          return rest.length ? kpiTable(strategy.id, `${prefix}-kpis`, 'KPIs not filed under an objective shown here', rest) : undefined;
        })(),
      };
    };
    const themes = strategy.themes
      .filter((t) => !filter.theme || t.id === filter.theme)
      .map((t, index) => ({ id: t.id, code: t.code, name: t.name, lead: t.lead, ...objectiveSection(`theme-${index}`, t.objectives, t.kpis) }));
    const strategyLevel = filter.theme ? undefined : objectiveSection('strategy', strategy.objectives, strategy.kpis);

    const actionsTable = toGovukTable({
      id: 'actions',
      caption: `Delivery actions (${result.data.actions.totalCount}${result.data.actions.totalCount > 100 ? ', the first 100 shown' : ''})`,
      head: ['Reference', 'Action', 'Status', 'Owner', 'Due', 'Overdue'],
      rows: result.data.actions.edges.map(({ node: a }) => [
        a.reference,
        { text: a.title ?? a.reference, href: actionHref(strategy.id, a.id) },
        statusCell(a.status),
        a.owners.join('; ') || 'Not stated',
        a.dueAsWritten ?? 'Not stated',
        a.overdue ? { text: 'Overdue', tag: 'red' } : 'No',
      ]),
    });
    const filters = {
      theme: selectItems(strategy.themes.map((t) => ({ value: t.id, text: t.name })), filter.theme, 'All themes'),
      status: selectItems(DELIVERY_STATUSES.map((s) => ({ value: s, text: statusLabel(s) })), filter.status, 'Any status'),
      owner: selectItems(result.data.owners.map((o) => ({ value: o.name, text: o.name })), filter.owner, 'Any owner'),
      characteristic: selectItems(CHARACTERISTICS, filter.characteristic, 'Any characteristic'),
    };
    return html('pages/dashboard.njk', strategy.title, {
      strategy,
      themes,
      strategyLevel,
      actionsTable,
      filters,
      filtered: Object.values(filter).some(Boolean),
      backLink: { text: 'All strategies', href: '/strategies' },
    });
  },
};
