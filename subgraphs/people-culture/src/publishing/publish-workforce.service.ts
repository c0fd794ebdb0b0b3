import { deliverAggregates, type AggregateDelivery } from '@edhr/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '@edhr/kit';
import type { PublishingSettings } from './publishing-settings';
import {
  AGGREGATE_SOURCES,
  aggregateWorkforce,
  type AggregateSource,
  type QueryFn,
  type UnpublishedCount,
  type WorkforceDataset,
} from './workforce-aggregates';

/**
 * PUBLISHED: partners holds every row sent (identical rows count as unchanged). NOTHING_TO_PUBLISH:
 * no count partners can take (see notPublished). REFUSED: the organisation has no area, or partners
 * refused the rows or the token. FAILED: partners unreachable or failing after a bounded retry, or
 * the figures could not be read. NOT_CONFIGURED: this process has no partners subgraph to call.
 */
export type WorkforcePublishStatus = 'PUBLISHED' | 'NOTHING_TO_PUBLISH' | 'REFUSED' | 'FAILED' | 'NOT_CONFIGURED';

/** What publishing did, for the mutation and for each import. */
export interface WorkforcePublishResult extends AggregateDelivery {
  status: WorkforcePublishStatus;
  organisation: string;
  area: string | null;
  /** The datasets computed (whether or not they held anything). */
  datasets: WorkforceDataset[];
  /** Periods of the rows sent, oldest first. */
  periods: string[];
  /** Counts held here and not sent, each with its reason. */
  notPublished: UnpublishedCount[];
}

export interface PublishWorkforceOptions {
  /** The subgraph's PostgreSQL schema. */
  schema: string;
  organisationKey: string;
  sources: readonly AggregateSource[];
  /** The `published` flag; only an admin may set it (checked by the caller). */
  published: boolean;
  settings: PublishingSettings;
  logger?: Logger;
}

/** Read statements outside any transaction: each takes a pooled connection and gives it back. */
export function queryWith(em: EntityManager): QueryFn {
  return async <R extends object>(sql: string, params: unknown[]) => em.getConnection().execute<R[]>(sql, params);
}

/** The area of an organisation, or the reason it has none. */
export function areaProblem(settings: PublishingSettings, organisation: string): string | null {
  if (settings.areas.has(organisation)) return null;
  const known = [...settings.areas.entries()].map(([k, a]) => `${k}=${a}`).join(',') || 'none';
  return (
    `organisation "${organisation}" has no ONS area code, so its figures cannot be published: ` +
    `add "${organisation}=<area code>" to ORGANISATION_AREAS (configured: ${known})`
  );
}

/**
 * Counts one organisation's figures and sends the aggregates to partners. Only reading happens
 * here and no transaction is open while partners is called. Never throws: every failure comes
 * back as a status and an error.
 */
export async function publishWorkforce(query: QueryFn, options: PublishWorkforceOptions): Promise<WorkforcePublishResult> {
  const datasets = options.sources.flatMap<WorkforceDataset>((s) => AGGREGATE_SOURCES[s]);
  const base: WorkforcePublishResult = {
    status: 'NOTHING_TO_PUBLISH',
    organisation: options.organisationKey,
    area: null,
    datasets,
    periods: [],
    rows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    visibleToPublic: options.published,
    notPublished: [],
    attempts: 0,
    error: null,
  };
  const noArea = areaProblem(options.settings, options.organisationKey);
  if (noArea) return finish(options, { ...base, status: 'REFUSED', error: noArea });
  const area = options.settings.areas.get(options.organisationKey)!;
  let aggregates;
  try {
    aggregates = await aggregateWorkforce(query, {
      schema: options.schema,
      organisationKey: options.organisationKey,
      area,
      sources: options.sources,
      published: options.published,
    });
  } catch (error) {
    return finish(options, { ...base, area, status: 'FAILED', error: `could not count the figures for publishing: ${(error as Error).message}` });
  }
  const result: WorkforcePublishResult = {
    ...base,
    area,
    periods: [...new Set(aggregates.rows.map((r) => r.period))].sort(),
    rows: aggregates.rows.length,
    notPublished: aggregates.notPublished,
  };
  if (aggregates.rows.length === 0) return finish(options, result);
  return finish(options, { ...result, ...(await deliverAggregates(aggregates.rows, options.settings.partners, PUBLISHER)) });
}

/**
 * Publishing after an import that wrote (not one already imported): for each organisation the
 * file names, every figure of the datasets that format feeds, recomputed whole (a new snapshot or
 * a corrected row can change a period's total), not public. The import has committed; this never
 * throws and never undoes it. Formats that feed no dataset publish nothing.
 */
export async function publishAfterImport(
  query: QueryFn,
  imported: { format: string; alreadyImported: boolean; organisations: readonly string[] },
  options: Omit<PublishWorkforceOptions, 'organisationKey' | 'sources' | 'published'>,
): Promise<WorkforcePublishResult[]> {
  if (imported.alreadyImported || !(imported.format in AGGREGATE_SOURCES)) return [];
  const results: WorkforcePublishResult[] = [];
  for (const organisationKey of imported.organisations) {
    results.push(
      await publishWorkforce(query, { ...options, organisationKey, sources: [imported.format as AggregateSource], published: false }),
    );
  }
  return results;
}

/** Who partners sees publishing: this subgraph, with the service role; it keeps the figures under this name. */
const PUBLISHER = { subject: 'people-culture', roles: ['service' as const] };

function finish(options: PublishWorkforceOptions, result: WorkforcePublishResult): WorkforcePublishResult {
  const fields = {
    organisation: result.organisation,
    area: result.area,
    datasets: result.datasets,
    status: result.status,
    rows: result.rows,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    notPublished: result.notPublished.reduce((sum, u) => sum + u.count, 0),
    attempts: result.attempts,
    error: result.error,
  };
  if (result.status === 'PUBLISHED' || result.status === 'NOTHING_TO_PUBLISH') options.logger?.info(fields, 'workforce aggregates publish');
  else options.logger?.warn(fields, 'workforce aggregates not published');
  return result;
}
