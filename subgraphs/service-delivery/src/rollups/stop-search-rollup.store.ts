import type { ClientBase } from 'pg';
import { quoteIdent } from '../records/sql-identifier';
import { ROLLUP_DIMENSIONS, ROLLUP_GROUPINGS } from './stop-search-rollup.dimensions';
import type { StopSearchDayCube } from './stop-search-day-cube';

export const rollupTable = (schema: string) => `${quoteIdent(schema)}."stop_search_rollup"`;

/** One import batch, on the import's connection and inside its transaction. */
export interface RollupScope {
  client: ClientBase;
  schema: string;
  organisationKey: string;
  batchId: string;
}

const dimensionColumns = ROLLUP_DIMENSIONS.map((d) => `"${d.column}"`);
const CELLS_PER_STATEMENT = 20_000;

/**
 * Writes a batch's rollup rows from its day cube (stop-search-day-cube.ts): the cells into a
 * temporary table, a bounded number a statement, then every grouping summed from them by the
 * database in one statement.
 */
export async function writeRollup(scope: RollupScope, cube: StopSearchDayCube): Promise<void> {
  const { client } = scope;
  await client.query(
    `create temp table import_day_cube (day date not null, ${dimensionColumns.map((c) => `${c} text not null`).join(', ')}, ` +
      'searches int not null, arrests int not null, positive_outcomes int not null, linked_finds int not null) on commit drop',
  );
  const arrays = ['$1::date[]', ...dimensionColumns.map((_, i) => `$${i + 2}::text[]`), ...[0, 1, 2, 3].map((i) => `$${i + 2 + dimensionColumns.length}::int[]`)];
  const sql = `insert into pg_temp.import_day_cube select * from unnest(${arrays.join(', ')})`;
  let columns: unknown[][] = arrays.map(() => []);
  const flush = async () => {
    if (columns[0]!.length === 0) return;
    await client.query(sql, columns);
    columns = arrays.map(() => []);
  };
  for (const cell of cube.cells()) {
    const values = [cell.day, ...cell.values, cell.searches, cell.arrests, cell.positiveOutcomes, cell.linkedFinds];
    for (let i = 0; i < values.length; i++) columns[i]!.push(values[i]);
    if (columns[0]!.length >= CELLS_PER_STATEMENT) await flush();
  }
  await flush();
  const selects = ROLLUP_GROUPINGS.map((grouping) => {
    const [a, b] = grouping.dimensions.map((d) => dimensionColumns[d]!);
    return (
      `select '${grouping.name}', day, ${a}, ${b ?? `''`}, sum(searches), sum(arrests), sum(positive_outcomes), sum(linked_finds) ` +
      `from pg_temp.import_day_cube group by day, ${a}${b ? `, ${b}` : ''}`
    );
  });
  await client.query(
    `insert into ${rollupTable(scope.schema)} (organisation_key, batch_id, grouping, day, value_a, value_b, searches, arrests, positive_outcomes, linked_finds)
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
