import type { ClientBase } from 'pg';
import { quoteIdent } from '../records/sql-identifier';
import type { StopSearchRollupTally } from './stop-search-rollup.tally';

export const rollupTable = (schema: string) => `${quoteIdent(schema)}."stop_search_rollup"`;

/** One import batch, on the import's connection and inside its transaction. */
export interface RollupScope {
  client: ClientBase;
  schema: string;
  organisationKey: string;
  batchId: string;
}

const ROWS_PER_STATEMENT = 20_000;

/** Writes a batch's rollup rows (multi-row INSERT from arrays, a bounded number per statement). */
export async function writeRollup(scope: RollupScope, tally: StopSearchRollupTally): Promise<void> {
  const sql =
    `insert into ${rollupTable(scope.schema)} (organisation_key, batch_id, grouping, day, value_a, value_b, searches, arrests, positive_outcomes, linked_finds) ` +
    'select $1, $2::uuid, u.* from unnest($3::text[], $4::date[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::int[]) as u';
  let columns: unknown[][] = [[], [], [], [], [], [], [], []];
  const flush = async () => {
    if (columns[0]!.length === 0) return;
    await scope.client.query(sql, [scope.organisationKey, scope.batchId, ...columns]);
    columns = [[], [], [], [], [], [], [], []];
  };
  for (const row of tally.rows()) {
    const values = [row.grouping, row.day, row.valueA, row.valueB, row.searches, row.arrests, row.positiveOutcomes, row.linkedFinds];
    for (let i = 0; i < values.length; i++) columns[i]!.push(values[i]);
    if (columns[0]!.length >= ROWS_PER_STATEMENT) await flush();
  }
  await flush();
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
