import { deliverAggregates, logPublishOutcome, nothingSent, organisationAreaProblem, type PublishOutcome } from '@edhr/kit';
import type { Logger } from '@edhr/kit';
import { recordTable } from '../stop-search/stop-search-record.columns';
import type { ImportReport } from '../records/import-report';
import { wholeQuarters, type MonthRange } from './months';
import type { PublishingSettings } from './publishing-settings';
import {
  aggregateStopSearch,
  STOP_SEARCH_STATISTICS_DATASET,
  type Queryable,
  type UnpublishedCount,
} from './stop-search-aggregates';

/**
 * What publishing did: the same shape for the mutation, the import report and the command.
 * NOTHING_TO_PUBLISH here means no records in the months asked for.
 */
export interface PublishResult extends PublishOutcome {
  dataset: string;
  /** First and last month published (YYYY-MM, UK time), null when none. */
  from: string | null;
  to: string | null;
  periods: string[];
  /** Records counted into the rows. */
  records: number;
  /** Counts held here that partners has no category for: counted, reported, not sent. */
  notPublished: UnpublishedCount[];
}

export interface PublishOptions {
  /** The subgraph's PostgreSQL schema. */
  schema: string;
  organisationKey: string;
  /** Months to publish, both included (UK time); null for every month held. */
  range: MonthRange | null;
  /** The `published` flag; only an admin may set it (checked by the caller). */
  published: boolean;
  settings: PublishingSettings;
  logger?: Logger;
}

const emptyResult = (options: PublishOptions, area: string | null): PublishResult => ({
  ...nothingSent(options.organisationKey, area, options.published),
  dataset: STOP_SEARCH_STATISTICS_DATASET,
  from: null,
  to: null,
  periods: [],
  records: 0,
  notPublished: [],
});

/**
 * Counts the organisation's records in the months asked for and sends the aggregates to
 * partners. When quarters are published the range is widened to whole quarters, so a quarter's
 * figure always covers all of it. Only reading happens here: no transaction is open while the
 * partners subgraph is called. Never throws for the partners side; an organisation without an
 * area comes back REFUSED (the mutation checks that first and answers with an error instead).
 */
export async function publishStopSearch(db: Queryable, options: PublishOptions): Promise<PublishResult> {
  const { settings } = options;
  const noArea = organisationAreaProblem(settings.areas, options.organisationKey);
  if (noArea) return finish(options, { ...emptyResult(options, null), status: 'REFUSED', error: noArea });
  const area = settings.areas.get(options.organisationKey)!;
  const range = options.range && settings.granularities.includes('QUARTER') ? wholeQuarters(options.range) : options.range;
  const aggregates = await aggregateStopSearch(db, {
    schema: options.schema,
    organisationKey: options.organisationKey,
    area,
    range,
    granularities: settings.granularities,
    published: options.published,
  });
  const months = aggregates.periods.filter((p) => !p.includes('Q'));
  const quarters = aggregates.periods.filter((p) => p.includes('Q'));
  const result: PublishResult = {
    ...emptyResult(options, area),
    from: months[0] ?? (quarters[0] ? quarterFirstMonth(quarters[0]) : null),
    to: months.at(-1) ?? (quarters.at(-1) ? quarterLastMonth(quarters.at(-1)!) : null),
    periods: aggregates.periods,
    records: aggregates.records,
    rows: aggregates.rows.length,
    notPublished: aggregates.notPublished,
  };
  if (aggregates.records === 0) return finish(options, result);
  return finish(options, { ...result, ...(await deliverAggregates(aggregates.rows, settings.partners, settings.publisher)) });
}

function quarterFirstMonth(quarter: string): string {
  return `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`;
}
function quarterLastMonth(quarter: string): string {
  return `${quarter.slice(0, 4)}-${String(Number(quarter.slice(6)) * 3).padStart(2, '0')}`;
}

function finish(options: PublishOptions, result: PublishResult): PublishResult {
  return logPublishOutcome(options.logger, 'stop-search aggregates', result, { from: result.from, to: result.to });
}

/** The months (UK time) the records of one import batch fall in, or null when it holds none. */
export async function monthsOfBatch(db: Queryable, schema: string, batchId: string): Promise<MonthRange | null> {
  const { rows } = await db.query<{ first: number | null; last: number | null }>(
    `select min(m)::int as first, max(m)::int as last from (
       select extract(year from local)::int * 12 + extract(month from local)::int - 1 as m
         from (select occurred_at at time zone 'Europe/London' as local from ${recordTable(schema)} where batch_id = $1) as r) as months`,
    [batchId],
  );
  const first = rows[0]?.first;
  const last = rows[0]?.last;
  return first === null || first === undefined || last === null || last === undefined ? null : { from: Number(first), to: Number(last) };
}

/**
 * Publishing after an import: the months the new batch covers, `published` false (staff decide
 * publication). Null when the import added nothing (refused or already imported). Never throws:
 * the records are the source of truth and the import has already committed.
 */
export async function publishAfterImport(
  db: Queryable,
  report: ImportReport,
  options: Omit<PublishOptions, 'organisationKey' | 'range' | 'published'>,
): Promise<PublishResult | null> {
  if (report.status !== 'IMPORTED' || !report.batchId) return null;
  try {
    const range = await monthsOfBatch(db, options.schema, report.batchId);
    return await publishStopSearch(db, { ...options, organisationKey: report.organisationKey, range, published: false });
  } catch (error) {
    const base = emptyResult({ ...options, organisationKey: report.organisationKey, range: null, published: false }, null);
    return finish(
      { ...options, organisationKey: report.organisationKey, range: null, published: false },
      { ...base, status: 'FAILED', error: `could not count the imported records for publishing: ${(error as Error).message}` },
    );
  }
}

/** A one-line summary for a terminal. */
export function formatPublishResult(result: PublishResult): string {
  const where = `${result.organisation}${result.area ? ` (${result.area})` : ''}`;
  const span = result.from ? ` ${result.from}${result.to && result.to !== result.from ? ` to ${result.to}` : ''}` : '';
  const unpublished = result.notPublished.reduce((sum, u) => sum + u.count, 0);
  const notSent = unpublished > 0 ? `; ${unpublished} count(s) not sent: ${result.notPublished.map((u) => `${u.period} ${u.characteristic} ${u.category} ×${u.count}`).join(', ')}` : '';
  switch (result.status) {
    case 'PUBLISHED':
      return `published ${result.rows} aggregate rows of ${where}${span} to partners: ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged${notSent}`;
    case 'NOTHING_TO_PUBLISH':
      return `nothing to publish for ${where}${span}: no records`;
    default:
      return `not published to partners (${result.status}): ${result.error}${notSent}`;
  }
}
