import type { ClientBase } from 'pg';
import { quoteIdent } from '../records/sql-identifier';
import { NON_POSITIVE_OUTCOMES } from '../stop-search/stop-search-categories.mapping';
import { ROLLUP_DIMENSIONS, ROLLUP_GROUPINGS } from './stop-search-rollup.dimensions';

export const rollupTable = (schema: string) => `${quoteIdent(schema)}."stop_search_rollup"`;

/** One import batch, on the import's connection and inside its transaction. */
export interface RollupScope {
  client: ClientBase;
  schema: string;
  organisationKey: string;
  batchId: string;
}

const dimensionColumns = ROLLUP_DIMENSIONS.map((d) => `"${d.column}"`);
const NON_POSITIVE = NON_POSITIVE_OUTCOMES.map((o) => `'${o}'`).join(', ');

/**
 * Writes a batch's rollup rows, counted by the database from the batch's records in one statement:
 * the records once per UK day and combination of every dimension (a "day cube"), then each
 * grouping summed from it. Nothing of it is held here, so an import's memory does not grow with
 * the days and values its file covers.
 */
export async function writeRollup(scope: RollupScope): Promise<void> {
  const selects = ROLLUP_GROUPINGS.map((grouping) => {
    const [a, b] = grouping.dimensions.map((d) => dimensionColumns[d]!);
    return (
      `select '${grouping.name}', day, ${a}, ${b ?? `''`}, sum(searches), sum(arrests), sum(positive_outcomes), sum(linked_finds) ` +
      `from cube group by day, ${a}${b ? `, ${b}` : ''}`
    );
  });
  await scope.client.query(
    `with cube as materialized (
       select (occurred_at at time zone 'Europe/London')::date as day, ${dimensionColumns.join(', ')}, count(*) as searches,
              count(*) filter (where outcome = 'ARREST') as arrests,
              count(*) filter (where outcome <> all(array[${NON_POSITIVE}])) as positive_outcomes,
              count(*) filter (where outcome_linked) as linked_finds
         from ${quoteIdent(scope.schema)}."stop_search_record" where batch_id = $2::uuid
        group by 1, ${dimensionColumns.map((_, i) => i + 2).join(', ')})
     insert into ${rollupTable(scope.schema)} (organisation_key, batch_id, grouping, day, value_a, value_b, searches, arrests, positive_outcomes, linked_finds)
     select $1, $2::uuid, r.* from (${selects.join('\nunion all\n')}) as r`,
    [scope.organisationKey, scope.batchId],
  );
}

/**
 * Deletes the rollup rows of the organisation's other batches on the days of `months` (UK time):
 * what replaceHeldMonths does to their records. A rollup day is a UK day, so a UK month holds
 * whole days and the two deletions cover the same records.
 */
export async function removeRollupMonths(scope: RollupScope, months: readonly string[]): Promise<void> {
  if (months.length === 0) return;
  await scope.client.query(
    `delete from ${rollupTable(scope.schema)}
      where organisation_key = $1 and batch_id <> $2::uuid and to_char(day, 'YYYY-MM') = any($3::text[])`,
    [scope.organisationKey, scope.batchId, months],
  );
}
