import { INTERNAL_TOKEN_HEADER, signInternalToken } from '../auth/internal-token';
import type { Identity } from '../auth/identity';
import { currentRequestId, REQUEST_ID_HEADER } from '../logging/request-context';
import type { Clock } from '../time/clock';

/** One aggregate figure in the form the partners subgraph's `uploadStatistics` takes: counts, never records. */
export interface AggregateRow {
  dataset: string;
  /** `2017`, `2017-Q2` or `2017-06`. */
  period: string;
  /** ONS area code. */
  area: string;
  characteristic: string;
  category: string;
  count: number;
  /** Whether the public may see the figure. */
  published: boolean;
}

/** The subset of `fetch` the publisher uses; tests pass their own. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

/** Where the partners subgraph is and how to call it. */
export interface PartnersTarget {
  /** The partners subgraph's own /graphql URL (called directly, not through the gateway). */
  url: string;
  /** The secret the partners subgraph verifies internal tokens with. */
  secret: string;
  /** The clock tokens are signed by: the one the partners subgraph verifies with. */
  clock?: Clock;
  fetch?: FetchLike;
  /** Attempts per request, the first included (default 3): a bounded retry, never an endless one. */
  attempts?: number;
  /** Wait before the second attempt, doubled before each later one (default 250 ms). */
  retryDelayMs?: number;
  /** Time allowed for one attempt (default 15 s). */
  timeoutMs?: number;
}

export const UPLOAD_STATISTICS_MUTATION = `mutation UploadAggregates($input: StatisticsUploadInput!) {
  uploadStatistics(input: $input) { accepted rows inserted updated unchanged errors { line field message } }
}`;

/** Rows per request: well inside the subgraph's 1 MB body limit (a row is about 150 bytes once escaped). */
export const ROWS_PER_REQUEST = 2000;

export interface StoredCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export type SendOutcome =
  | ({ ok: true; attempts: number } & StoredCounts)
  | ({
      ok: false;
      /** True when partners answered and refused the rows (nothing of that request stored); false when it could not be reached or failed. */
      refused: boolean;
      error: string;
      attempts: number;
      /** Rows of earlier requests that partners had already stored. */
      rowsStoredBefore: number;
    } & StoredCounts);

interface UploadAnswer {
  data?: { uploadStatistics?: StoredCounts & { accepted: boolean; rows: number; errors: { line: number; field: string; message: string }[] } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

type Attempt = { kind: 'stored'; counts: StoredCounts } | { kind: 'refused' | 'retryable' | 'failed'; error: string };

/**
 * Sends aggregate rows to partners' `uploadStatistics` (JSON format) as `publisher` (a subgraph,
 * with the service role; partners keeps the figures under its name), with a token signed for
 * each attempt. Partners upserts on its natural key, so sending the same rows again changes
 * nothing there. Unreachable, timed out or 5xx/429 answers are retried a bounded number of times;
 * a refusal (GraphQL error, rejected token, invalid rows) is not retried.
 */
export async function sendStatistics(rows: readonly AggregateRow[], target: PartnersTarget, publisher: Identity): Promise<SendOutcome> {
  const total: StoredCounts = { inserted: 0, updated: 0, unchanged: 0 };
  let attempts = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_REQUEST) {
    const chunk = rows.slice(start, start + ROWS_PER_REQUEST);
    const result = await withRetries(chunk, target, publisher);
    attempts += result.attempts;
    if (result.outcome.kind !== 'stored') {
      return {
        ok: false,
        refused: result.outcome.kind === 'refused',
        error: result.outcome.error,
        attempts,
        rowsStoredBefore: start,
        ...total,
      };
    }
    total.inserted += result.outcome.counts.inserted;
    total.updated += result.outcome.counts.updated;
    total.unchanged += result.outcome.counts.unchanged;
  }
  return { ok: true, attempts, ...total };
}

async function withRetries(
  rows: readonly AggregateRow[],
  target: PartnersTarget,
  publisher: Identity,
): Promise<{ outcome: Attempt; attempts: number }> {
  const maxAttempts = Math.max(1, target.attempts ?? 3);
  const delay = target.retryDelayMs ?? 250;
  let outcome: Attempt = { kind: 'failed', error: 'not attempted' };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, delay * 2 ** (attempt - 2)));
    outcome = await postOnce(rows, target, publisher);
    if (outcome.kind !== 'retryable') return { outcome, attempts: attempt };
  }
  return { outcome: { kind: 'failed', error: `${(outcome as { error: string }).error} (gave up after ${maxAttempts} attempts)` }, attempts: maxAttempts };
}

async function postOnce(rows: readonly AggregateRow[], target: PartnersTarget, publisher: Identity): Promise<Attempt> {
  const doFetch: FetchLike = target.fetch ?? fetch;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [INTERNAL_TOKEN_HEADER]: await signInternalToken(publisher, target.secret, target.clock),
  };
  const requestId = currentRequestId();
  if (requestId) headers[REQUEST_ID_HEADER] = requestId;
  const body = JSON.stringify({
    query: UPLOAD_STATISTICS_MUTATION,
    variables: { input: { format: 'JSON', content: JSON.stringify(rows) } },
  });
  let status: number;
  let text: string;
  try {
    const response = await doFetch(target.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(target.timeoutMs ?? 15_000) });
    status = response.status;
    text = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    return { kind: 'retryable', error: `the partners subgraph at ${target.url} is not reachable: ${reason}` };
  }
  if (status >= 500 || status === 429) return { kind: 'retryable', error: `the partners subgraph answered HTTP ${status}` };
  let answer: UploadAnswer;
  try {
    answer = JSON.parse(text) as UploadAnswer;
  } catch {
    return { kind: 'failed', error: `the partners subgraph answered HTTP ${status} with a body that is not JSON` };
  }
  if (answer.errors?.length) {
    const first = answer.errors[0]!;
    return {
      kind: 'refused',
      error: `partners refused the upload${first.extensions?.code ? ` (${first.extensions.code})` : ''}: ${answer.errors.map((e) => e.message).join('; ')}`,
    };
  }
  const report = answer.data?.uploadStatistics;
  if (!report) return { kind: 'failed', error: `the partners subgraph answered HTTP ${status} without an upload report` };
  if (!report.accepted) {
    const listed = report.errors.slice(0, 5).map((e) => `row ${e.line} ${e.field}: ${e.message}`).join('; ');
    return { kind: 'refused', error: `partners refused the rows (${report.errors.length} error(s)): ${listed}` };
  }
  return { kind: 'stored', counts: { inserted: report.inserted, updated: report.updated, unchanged: report.unchanged } };
}

/** The outcome of one publishing run, in the terms every publishing result reports. */
export type DeliveryStatus = 'PUBLISHED' | 'REFUSED' | 'FAILED' | 'NOT_CONFIGURED';

/**
 * Sends the rows when this process has a partners subgraph to call, and says what happened:
 * the status, partners' counts and, when it failed part-way, how many rows were already stored.
 */
export async function deliverAggregates(
  rows: readonly AggregateRow[],
  target: PartnersTarget | null | undefined,
  publisher: Identity,
): Promise<{ status: DeliveryStatus; inserted: number; updated: number; unchanged: number; attempts: number; error: string | null }> {
  if (!target) {
    return {
      status: 'NOT_CONFIGURED',
      inserted: 0,
      updated: 0,
      unchanged: 0,
      attempts: 0,
      error: 'this process has no partners subgraph to publish to (no internal token secret was given to it)',
    };
  }
  const sent = await sendStatistics(rows, target, publisher);
  const counts = { inserted: sent.inserted, updated: sent.updated, unchanged: sent.unchanged, attempts: sent.attempts };
  if (sent.ok) return { status: 'PUBLISHED', ...counts, error: null };
  const partly =
    sent.rowsStoredBefore > 0 ? ` (${sent.rowsStoredBefore} of ${rows.length} rows were stored before this; publishing again is safe)` : '';
  return { status: sent.refused ? 'REFUSED' : 'FAILED', ...counts, error: `${sent.error}${partly}` };
}
