import { KpiPageQuery, RecordMeasurementMutation } from '../graphql/operations/kpi';
import type { KpiDetailFragment } from '../generated/graphql';
import { kpiHistoryChart } from '../charts/kpi-history-chart';
import { mayRecordFor } from '../auth/viewer';
import { toGovukTable, type TableCell } from '../tables/table';
import { fieldErrors, formErrors, type FormError } from './form-errors';
import { formatNumber, ragCell, trendText, yesNo } from './format';
import { html, notFound, type PageRequest, type PageResponse, type WebPage } from './page';

const LABELS = { period: 'Period', value: 'Value', source: 'Source', note: 'Note', correctionReason: 'Reason for the correction', kpi: 'KPI' };

async function render(request: PageRequest, submitted?: { errors: FormError[]; values: Record<string, string | undefined> }): Promise<PageResponse> {
  const { gateway, viewer, params, query } = request;
  const result = await gateway.execute(KpiPageQuery, { strategy: params.strategy!, kpi: params.kpi! }, viewer.token);
  if (result.errors) throw new Error(result.errors[0]!.message);
  const strategy = result.data.strategy;
  if (!strategy) return notFound(`strategy "${params.strategy}"`);
  // A KPI of another strategy is not this strategy's: the same answer as an unknown one.
  const found = result.data.kpi;
  if (!found || found.strategyKey !== strategy.id) return notFound(`KPI "${params.kpi}"`);
  const kpi: KpiDetailFragment = found;
  const theme = kpi.theme ?? undefined;

  const points = kpi.measurements.flatMap((m) => [
    ...m.revisions.map((r) => ({ period: m.period, value: r.value, revision: true })),
    { period: m.period, value: m.value, revision: false },
  ]);
  const history = toGovukTable({
    id: 'kpi-values',
    caption: 'Values by period, with the values corrections replaced',
    head: ['Period', 'Value', 'Kind', 'Source', 'Recorded by', 'Recorded at', 'Correction reason'],
    numeric: [false, true],
    rows: kpi.measurements.flatMap((m): TableCell[][] => [
      ...m.revisions.map((r): TableCell[] => [m.period, formatNumber(r.value, 4), { text: 'Replaced', tag: 'grey' }, r.source, r.recordedBy, r.recordedAt, r.correctionReason]),
      [m.period, formatNumber(m.value, 4), m.correctionReason ? { text: 'Correction', tag: 'blue' } : 'Current', m.source, m.recordedBy, m.recordedAt, m.correctionReason ?? ''],
    ]),
  });
  const errors = submitted?.errors ?? [];
  return html(
    'pages/kpi.njk',
    kpi.name,
    {
      strategy,
      kpi,
      theme,
      summary: [
        ['Latest value', kpi.latest ? `${formatNumber(kpi.latest.value, 4)} for ${kpi.latest.period}` : 'No value yet'],
        ['Target', kpi.targetValue === null || kpi.targetValue === undefined ? 'No target' : `${formatNumber(kpi.targetValue, 4)}${kpi.targetDate ? ` by ${kpi.targetDate}` : ''}`],
        ['Baseline', kpi.baselineValue === null || kpi.baselineValue === undefined ? 'None' : `${formatNumber(kpi.baselineValue, 4)} (${kpi.baselinePeriod ?? 'period not stated'})`],
        ['Better when', kpi.direction === 'down' ? 'Lower' : 'Higher'],
        ['Trend', trendText(kpi.trend)],
        ['Stale', yesNo(kpi.stale)],
        ['Measured', `${kpi.frequency}, ${kpi.measuredBy === 'query' ? 'from the graph' : 'recorded by hand'}`],
        ['Owners', kpi.owners.join('; ') || 'Not stated'],
      ],
      rag: ragCell(kpi.rag),
      chart: kpiHistoryChart(points, kpi.targetValue, kpi.unit),
      history,
      mayRecord: mayRecordFor(viewer, theme?.id),
      recorded: query.recorded,
      errors,
      fieldErrors: fieldErrors(errors),
      values: submitted?.values ?? {},
      backLink: { text: strategy.title, href: `/strategies/${encodeURIComponent(strategy.id)}` },
    },
    errors.length ? 400 : 200,
  );
}

export const kpiPage: WebPage = {
  path: '/strategies/:strategy/kpis/:kpi',
  get: (request) => render(request),
  /** Records a measurement through the gateway, which decides who may (admin, or an owner of the KPI's theme). */
  async post(request) {
    const { form, gateway, viewer, params } = request;
    const values = { period: form.period?.trim(), value: form.value?.trim(), source: form.source?.trim(), note: form.note?.trim(), correctionReason: form.correctionReason?.trim() };
    const local: FormError[] = [];
    if (!values.period) local.push({ field: 'period', href: '#period', text: 'Period: enter the period the value is for, e.g. 2024, 2024-Q1, 2024-03 or 2024/25' });
    const value = Number(values.value);
    if (!values.value || !Number.isFinite(value)) local.push({ field: 'value', href: '#value', text: 'Value: enter a number, e.g. 3.2' });
    if (!values.source) local.push({ field: 'source', href: '#source', text: 'Source: say where the figure comes from' });
    if (local.length) return render(request, { errors: local, values });
    const result = await gateway.execute(
      RecordMeasurementMutation,
      { input: { kpi: params.kpi!, period: values.period!, value, source: values.source!, note: values.note || undefined, correctionReason: values.correctionReason || undefined } },
      viewer.token,
    );
    if (result.errors) return render(request, { errors: formErrors(result.errors, LABELS, 'period'), values });
    return { kind: 'redirect', location: `/strategies/${encodeURIComponent(params.strategy!)}/kpis/${encodeURIComponent(params.kpi!)}?recorded=${encodeURIComponent(values.period!)}` };
  },
};
