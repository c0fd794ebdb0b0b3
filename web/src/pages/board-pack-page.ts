import { BoardPackPageQuery } from '../graphql/operations/board-pack';
import type { BoardPackKpiFragment, BoardPackPageQuery as BoardPackResult } from '../generated/graphql';
import { toGovukTable, type TableCell } from '../tables/table';
import { formErrors, fieldErrors } from './form-errors';
import { formatDate, formatNumber, ragCell, statusCell, statusLabel, ukToday } from './format';
import { actionHref, eqiaHref, kpiHref } from './links';
import { html, type WebPage } from './page';

type BoardPack = BoardPackResult['boardPack'];
const LABELS = { asOf: 'As of', body: 'Governance body' };

function actionsTable(group: BoardPack['actionsByStatus'][number]) {
  return toGovukTable({
    id: `actions-${group.status.toLowerCase().replace(/_/g, '-')}`,
    caption: `${statusLabel(group.status)} (${group.actions.length})`,
    head: ['Reference', 'Action', 'Owners', 'Due', 'Changed since the previous meeting', 'Status changes', 'Progress since'],
    rows: group.actions.map((a): TableCell[] => [
      { text: a.action.reference, href: actionHref(a.action.strategyKey, a.action.id) },
      a.action.title ?? 'Untitled',
      a.action.owners.join('; ') || 'Not stated',
      a.action.overdue ? { text: `Overdue: ${a.action.dueAsWritten ?? 'due date passed'}`, tag: 'red' } : (a.action.dueAsWritten ?? 'Not stated'),
      a.changedSincePreviousMeeting ? { text: 'Changed', tag: 'blue' } : 'No change',
      a.statusChanges.map((c) => `${c.from ? statusLabel(c.from) : 'None recorded'} to ${statusLabel(c.to)} (${formatDate(c.on)})`).join('; ') || 'None',
      a.progressSince.map((p) => `${p.date ? formatDate(p.date) : 'Undated'}: ${p.text}`).join(' | ') || 'None',
    ]),
  });
}

function kpisTable(strategy: string, pack: BoardPack) {
  const row = (flag: string) => (k: BoardPackKpiFragment): TableCell[] => [
    { text: k.name, href: kpiHref(strategy, k.id) },
    flag,
    ragCell(k.rag),
    k.latest ? `${formatNumber(k.latest.value)} (${k.latest.period})` : 'No value yet',
  ];
  return toGovukTable({
    id: 'kpis',
    caption: `KPIs that are red, amber or stale (${pack.redKpis.length + pack.amberKpis.length + pack.staleKpis.length})`,
    head: ['KPI', 'In the pack as', 'RAG', 'Latest value'],
    rows: [...pack.redKpis.map(row('Red')), ...pack.amberKpis.map(row('Amber')), ...pack.staleKpis.map(row('Stale'))],
  });
}

function packTables(pack: BoardPack) {
  const strategy = pack.body.id.split(':')[0] ?? '';
  return {
    actions: pack.actionsByStatus.filter((g) => g.actions.length).map(actionsTable),
    kpis: kpisTable(strategy, pack),
    eqias: toGovukTable({
      id: 'overdue-eqia-reviews',
      caption: `Overdue EQIA reviews (${pack.overdueEqiaReviews.length})`,
      head: ['Assessment', 'Review due', 'Status'],
      rows: pack.overdueEqiaReviews.map((e): TableCell[] => [{ text: e.title, href: eqiaHref(e.id) }, formatDate(e.reviewDue), { text: 'Overdue', tag: 'red' }]),
    }),
    findings: toGovukTable({
      id: 'open-findings',
      caption: `Open findings (${pack.openFindings.length})`,
      head: ['Dataset', 'Characteristic', 'Group', 'Against', 'Period', 'Ratio'],
      numeric: [false, false, false, false, false, true],
      rows: pack.openFindings.map((f): TableCell[] => [f.dataset, statusLabel(f.characteristic), statusLabel(f.category), statusLabel(f.reference), f.period, f.ratio === null || f.ratio === undefined ? 'Withheld' : formatNumber(f.ratio, 2)]),
    }),
    risks: toGovukTable({
      id: 'risks',
      caption: `Risks (${pack.risks.length})`,
      head: ['Action', 'Risk'],
      rows: pack.risks.map((r): TableCell[] => [{ text: `${r.action.reference} ${r.action.title ?? ''}`.trim(), href: actionHref(r.action.strategyKey, r.action.id) }, r.text]),
    }),
  };
}

/** A governance body's pack as of a day; staff and above (the API's rule), so a signed-out reader is asked to sign in. */
export const boardPackPage: WebPage = {
  path: '/board-pack/:body',
  async get({ gateway, viewer, params, query, clock }) {
    const body = params.body!;
    const asOf = (query.asOf ?? '').trim() || ukToday(clock.now());
    if (!viewer.signedIn) return html('pages/board-pack.njk', 'Board pack', { body, asOf, signedIn: false });
    const result = await gateway.execute(BoardPackPageQuery, { body, asOf }, viewer.token);
    if (result.errors) {
      const errors = formErrors(result.errors, LABELS, 'asOf');
      return html('pages/board-pack.njk', 'Board pack', { body, asOf, signedIn: true, errors, fieldErrors: fieldErrors(errors) }, 400);
    }
    const pack = result.data.boardPack;
    return html('pages/board-pack.njk', `Board pack: ${pack.body.name}, ${formatDate(pack.asOf)}`, {
      body,
      asOf,
      signedIn: true,
      pack,
      asOfText: formatDate(pack.asOf),
      previousMeeting: pack.previousMeeting ? { heldOn: formatDate(pack.previousMeeting.heldOn), decisions: pack.previousMeeting.decisions } : undefined,
      changesSince: pack.changesSince ? formatDate(pack.changesSince) : undefined,
      statusSummary: pack.actionsByStatus.map((g) => ({ status: statusCell(g.status), count: g.actions.length, changed: g.actions.filter((a) => a.changedSincePreviousMeeting).length })),
      tables: packTables(pack),
    });
  },
};
