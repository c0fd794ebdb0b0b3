import { ActionPageQuery, RecordProgressMutation } from '../graphql/operations/action';
import type { ProgressStatus } from '../generated/graphql';
import { toGovukTable } from '../tables/table';
import { fieldErrors, formErrors, type FormError } from './form-errors';
import { PROGRESS_STATUSES, selectItems, statusCell, statusLabel } from './format';
import { html, notFound, type PageRequest, type PageResponse, type WebPage } from './page';

const LABELS = {
  text: 'What has been done',
  status: 'Status',
  percentComplete: 'Per cent complete',
  evidence: 'Evidence links',
  asOf: 'As of',
  expectedVersion: 'Version',
  action: 'Delivery action',
};

async function render(request: PageRequest, submitted?: { errors: FormError[]; values: Record<string, string | undefined> }): Promise<PageResponse> {
  const { gateway, viewer, params, query } = request;
  const result = await gateway.execute(ActionPageQuery, { strategy: params.strategy!, action: params.action! }, viewer.token);
  if (result.errors) throw new Error(result.errors[0]!.message);
  const { strategy, deliveryAction: action } = result.data;
  // An action of another strategy is not this strategy's: the same answer as an unknown one.
  if (!strategy || !action || action.strategyKey !== strategy.id) return notFound(`delivery action "${params.action}"`);
  const history = toGovukTable({
    id: 'progress-history',
    caption: 'Progress history, newest first',
    head: ['As of', 'Status', 'Complete', 'What has been done', 'Evidence', 'Recorded by', 'Recorded at'],
    rows: action.history.map((p) => [
      p.date ?? 'Not stated',
      statusCell(p.status),
      p.percentComplete === null || p.percentComplete === undefined ? 'Not stated' : `${p.percentComplete}%`,
      p.text,
      p.evidence.join(' ') || 'None',
      p.recordedBy ?? 'Not known',
      p.recordedAt,
    ]),
  });
  const errors = submitted?.errors ?? [];
  const values = submitted?.values ?? {};
  const signedInMayTry = viewer.roles.includes('admin') || viewer.roles.includes('theme-owner');
  return html(
    'pages/action.njk',
    action.title ?? action.reference,
    {
      strategy,
      action,
      status: statusCell(action.status),
      overdue: action.overdue,
      summary: [
        ['Reference', action.reference],
        ['Owners', action.owners.join('; ') || 'Not stated'],
        ['Due', action.dueAsWritten ?? 'Not stated'],
        ['Characteristics', action.characteristicsAsWritten || 'Not stated'],
        ['Objective', action.objective ? `${action.objective.code ?? ''} ${action.objective.statement}`.trim() : 'Not resolved'],
        ['Version', String(action.version)],
      ],
      steps: action.actions,
      risks: action.risks,
      history,
      mayRecord: signedInMayTry,
      statuses: selectItems(PROGRESS_STATUSES.map((s) => ({ value: s, text: statusLabel(s) })), values.status, 'Choose a status'),
      recorded: query.recorded === '1',
      errors,
      fieldErrors: fieldErrors(errors),
      values: { ...values, expectedVersion: values.expectedVersion ?? String(action.version) },
      backLink: { text: strategy.title, href: `/strategies/${encodeURIComponent(strategy.id)}` },
    },
    errors.length ? (errors.some((e) => e.field === 'expectedVersion') ? 409 : 400) : 200,
  );
}

export const actionPage: WebPage = {
  path: '/strategies/:strategy/actions/:action',
  get: (request) => render(request),
  /** Records progress with the existing recordProgress mutation; the gateway decides who may, and refuses a stale version. */
  async post(request) {
    const { form, gateway, viewer, params } = request;
    const values = {
      text: form.text?.trim(),
      status: form.status,
      percentComplete: form.percentComplete?.trim(),
      evidence: form.evidence?.trim(),
      asOf: form.asOf?.trim(),
      expectedVersion: form.expectedVersion,
    };
    const local: FormError[] = [];
    if (!values.text) local.push({ field: 'text', href: '#text', text: 'What has been done: enter what has been done' });
    if (!(PROGRESS_STATUSES as readonly string[]).includes(values.status ?? '')) local.push({ field: 'status', href: '#status', text: 'Status: choose a status' });
    const percent = values.percentComplete ? Number(values.percentComplete) : undefined;
    if (percent !== undefined && !Number.isInteger(percent)) local.push({ field: 'percentComplete', href: '#percentComplete', text: 'Per cent complete: enter a whole number from 0 to 100' });
    const expectedVersion = Number(values.expectedVersion);
    if (!Number.isInteger(expectedVersion)) local.push({ field: 'expectedVersion', href: '#expectedVersion', text: 'Version: reload the page and record again' });
    if (local.length) return render(request, { errors: local, values });
    const result = await gateway.execute(
      RecordProgressMutation,
      {
        input: {
          action: params.action!,
          text: values.text!,
          status: values.status as ProgressStatus,
          percentComplete: percent,
          evidence: values.evidence ? values.evidence.split(/\s+/) : undefined,
          asOf: values.asOf || undefined,
          expectedVersion,
        },
      },
      viewer.token,
    );
    if (result.errors) return render(request, { errors: formErrors(result.errors, LABELS, 'text'), values });
    return { kind: 'redirect', location: `/strategies/${encodeURIComponent(params.strategy!)}/actions/${encodeURIComponent(params.action!)}?recorded=1` };
  },
};
