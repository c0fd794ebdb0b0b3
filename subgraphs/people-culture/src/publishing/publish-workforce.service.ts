import { deliverAggregates, logPublishOutcome, nothingSent, organisationAreaProblem, type PublishOutcome } from '@edhr/kit';
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
 * What publishing did, for the mutation and for each import. NOTHING_TO_PUBLISH here means no
 * count partners can take (see notPublished).
 */
export interface WorkforcePublishResult extends PublishOutcome {
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

/**
 * Counts one organisation's figures and sends the aggregates to partners. Only reading happens
 * here and no transaction is open while partners is called. Never throws: every failure comes
 * back as a status and an error.
 */
export async function publishWorkforce(query: QueryFn, options: PublishWorkforceOptions): Promise<WorkforcePublishResult> {
  const datasets = options.sources.flatMap<WorkforceDataset>((s) => AGGREGATE_SOURCES[s]);
  const base: WorkforcePublishResult = { ...nothingSent(options.organisationKey, null, options.published), datasets, periods: [], notPublished: [] };
  const noArea = organisationAreaProblem(options.settings.areas, options.organisationKey);
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
  return finish(options, { ...result, ...(await deliverAggregates(aggregates.rows, options.settings.partners, options.settings.publisher)) });
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

function finish(options: PublishWorkforceOptions, result: WorkforcePublishResult): WorkforcePublishResult {
  return logPublishOutcome(options.logger, 'workforce aggregates', result, { datasets: result.datasets });
}
