import type { ClientBase } from 'pg';
import { quoteIdent } from '../stop-search/stop-search-record.columns';

/** The records of one import batch, on the import's connection and inside its transaction. */
export interface BatchScope {
  client: ClientBase;
  schema: string;
  /** The record table (stop_search_record or encounter_record). */
  table: string;
  /** Whether the table holds several datasets (a `dataset` column). */
  datasetColumn: boolean;
  organisationKey: string;
  dataset: string;
  batchId: string;
}

/** A month (UK time) of the file that already holds records of the organisation and dataset. */
export interface HeldMonth {
  /** `2017-06`. */
  month: string;
  /** The file's records in that month. */
  rows: number;
  /** Records held before this import in that month. */
  held: number;
  /** The file's records in that month that were already held (same content key). */
  alreadyHeld: number;
}

/** The month in UK time of `occurred_at`, as a local timestamp at its first instant. */
const MONTH_OF = (alias: string) => `date_trunc('month', ${alias}.occurred_at at time zone 'Europe/London')`;

function others(scope: BatchScope, alias: string, firstParameter: number): { sql: string; values: unknown[] } {
  const values: unknown[] = [scope.organisationKey, scope.batchId];
  let sql = `${alias}.organisation_key = $${firstParameter} and ${alias}.batch_id <> $${firstParameter + 1}`;
  if (scope.datasetColumn) {
    values.push(scope.dataset);
    sql += ` and ${alias}.dataset = $${firstParameter + 2}`;
  }
  return { sql, values };
}

/**
 * The file's months that already hold records of the organisation and dataset, each with how
 * many of the file's records were already held. Two statements: the months of the batch with
 * the records held in each (an index range per month), then — only when some month is held —
 * the file's records whose content key is held (index lookups on the key).
 */
export async function heldMonthsOf(scope: BatchScope): Promise<HeldMonth[]> {
  const table = `${quoteIdent(scope.schema)}.${quoteIdent(scope.table)}`;
  const other = others(scope, 'h', 2);
  const { rows } = await scope.client.query<{ month: string; rows: number; held: number }>(
    `select to_char(mine.m, 'YYYY-MM') as month, mine.n as rows,
            (select count(*)::int from ${table} h
              where ${other.sql}
                and h.occurred_at >= (mine.m at time zone 'Europe/London')
                and h.occurred_at < ((mine.m + interval '1 month') at time zone 'Europe/London')) as held
       from (select ${MONTH_OF('r')} as m, count(*)::int as n from ${table} r where r.batch_id = $1 group by 1) as mine
      order by mine.m`,
    [scope.batchId, ...other.values],
  );
  const held = rows.filter((r) => Number(r.held) > 0);
  if (held.length === 0) return [];

  const match = others(scope, 'o', 2);
  const { rows: matched } = await scope.client.query<{ month: string; n: number }>(
    `select to_char(${MONTH_OF('n')}, 'YYYY-MM') as month, count(*)::int as n
       from ${table} n
      where n.batch_id = $1
        and exists (select 1 from ${table} o where ${match.sql} and o.content_key = n.content_key)
      group by 1`,
    [scope.batchId, ...match.values],
  );
  const alreadyHeld = new Map(matched.map((r) => [r.month, Number(r.n)]));
  return held.map((r) => ({ month: r.month, rows: Number(r.rows), held: Number(r.held), alreadyHeld: alreadyHeld.get(r.month) ?? 0 }));
}

/**
 * Deletes the records held before this import in `months` (UK time) for the organisation and
 * dataset, and takes them off their batches' row counts. Returns how many were deleted.
 */
export async function replaceHeldMonths(scope: BatchScope, months: readonly string[]): Promise<number> {
  const table = `${quoteIdent(scope.schema)}.${quoteIdent(scope.table)}`;
  const batchTable = `${quoteIdent(scope.schema)}."import_batch"`;
  if (months.length === 0) return 0;
  const other = others(scope, 'h', 2);
  const sorted = [...months].sort();
  const first = 2 + other.values.length;
  const { rows } = await scope.client.query<{ batch_id: string; n: number }>(
    `with gone as (
       delete from ${table} h
        where ${other.sql}
          and h.occurred_at >= (($${first}::text || '-01')::timestamp at time zone 'Europe/London')
          and h.occurred_at < ((($${first + 1}::text || '-01')::timestamp + interval '1 month') at time zone 'Europe/London')
          and to_char(${MONTH_OF('h')}, 'YYYY-MM') = any($1::text[])
       returning h.batch_id)
     select batch_id, count(*)::int as n from gone group by 1`,
    [months, ...other.values, sorted[0], sorted.at(-1)],
  );
  for (const row of rows) {
    await scope.client.query(`update ${batchTable} set row_count = greatest(row_count - $2, 0) where id = $1`, [row.batch_id, Number(row.n)]);
  }
  return rows.reduce((sum, r) => sum + Number(r.n), 0);
}
