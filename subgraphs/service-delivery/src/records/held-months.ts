import type { ClientBase } from 'pg';
import { quoteIdent } from './sql-identifier';

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

const UK_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });
const HOUR = 3_600_000;

/**
 * Counts a file's records per calendar month in UK time as they are read, without a query:
 * UK time is always a whole number of hours from UTC, so the month is looked up once per hour
 * of the file's instants.
 */
export class MonthTally {
  private readonly byHour = new Map<number, string>();
  private lastHour = Number.NaN;
  private lastMonth = '';
  readonly counts = new Map<string, number>();

  add(instant: Date): void {
    const hour = Math.floor(instant.getTime() / HOUR);
    if (hour !== this.lastHour) {
      let month = this.byHour.get(hour);
      if (month === undefined) {
        const parts = UK_MONTH.formatToParts(instant);
        month = `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
        this.byHour.set(hour, month);
      }
      this.lastHour = hour;
      this.lastMonth = month;
    }
    this.counts.set(this.lastMonth, (this.counts.get(this.lastMonth) ?? 0) + 1);
  }
}

/** Records of the organisation (and dataset) other than this batch's. */
function others(scope: BatchScope, alias: string, firstParameter: number): { sql: string; values: unknown[] } {
  const values: unknown[] = [scope.organisationKey, scope.batchId];
  let sql = `${alias}.organisation_key = $${firstParameter} and ${alias}.batch_id <> $${firstParameter + 1}`;
  if (scope.datasetColumn) {
    values.push(scope.dataset);
    sql += ` and ${alias}.dataset = $${firstParameter + 2}`;
  }
  return { sql, values };
}

/** `alias.occurred_at` inside the UK-time month whose `YYYY-MM` is the SQL expression `month`. */
const inMonth = (alias: string, month: string) =>
  `${alias}.occurred_at >= ((${month} || '-01')::timestamp at time zone 'Europe/London')` +
  ` and ${alias}.occurred_at < (((${month} || '-01')::timestamp + interval '1 month') at time zone 'Europe/London')`;

/**
 * The file's months that already hold records of the organisation and dataset, each with how
 * many of the file's records were already held. The months held are found from the other
 * batches' `months` (no record is read when none overlaps, so an import into new months costs one
 * small query). Only when some month is held are the records of those months counted and the
 * file's compared by content key, through the (organisation, occurred_at) index, since the key
 * includes the instant: no index on the key itself is needed (it would slow every import down).
 */
export async function heldMonthsOf(scope: BatchScope, fileMonths: ReadonlyMap<string, number>): Promise<HeldMonth[]> {
  if (fileMonths.size === 0) return [];
  const table = `${quoteIdent(scope.schema)}.${quoteIdent(scope.table)}`;
  const batchTable = `${quoteIdent(scope.schema)}."import_batch"`;
  const { rows: batches } = await scope.client.query<{ id: string }>(
    `select id from ${batchTable}
      where organisation_key = $1 and dataset = $2 and id <> $3 and row_count > 0 and months && $4::text[]`,
    [scope.organisationKey, scope.dataset, scope.batchId, [...fileMonths.keys()]],
  );
  if (batches.length === 0) return [];
  const batchIds = batches.map((b) => b.id);
  const { rows } = await scope.client.query<{ month: string; held: number }>(
    `select m.month, (select count(*)::int from ${table} h where h.organisation_key = $2 and h.batch_id = any($3::uuid[]) and ${inMonth('h', 'm.month')}) as held
       from unnest($1::text[]) as m(month)`,
    [[...fileMonths.keys()], scope.organisationKey, batchIds],
  );
  const held = rows.filter((r) => Number(r.held) > 0).sort((a, b) => a.month.localeCompare(b.month));
  if (held.length === 0) return [];

  const { rows: matched } = await scope.client.query<{ month: string; n: number }>(
    `select m.month, count(*)::int as n
       from unnest($2::text[]) as m(month)
       join ${table} n on n.batch_id = $1 and ${inMonth('n', 'm.month')}
      where exists (select 1 from ${table} o
                     where o.organisation_key = $3 and o.batch_id = any($4::uuid[])
                       and o.occurred_at = n.occurred_at and o.content_key = n.content_key)
      group by 1`,
    [scope.batchId, held.map((r) => r.month), scope.organisationKey, batchIds],
  );
  const alreadyHeld = new Map(matched.map((r) => [r.month, Number(r.n)]));
  return held.map((r) => ({
    month: r.month,
    rows: fileMonths.get(r.month) ?? 0,
    held: Number(r.held),
    alreadyHeld: alreadyHeld.get(r.month) ?? 0,
  }));
}

/**
 * Deletes the records held before this import in `months` (UK time) for the organisation and
 * dataset, and takes them and those months off their batches. Returns how many were deleted.
 */
export async function replaceHeldMonths(scope: BatchScope, months: readonly string[]): Promise<number> {
  if (months.length === 0) return 0;
  const table = `${quoteIdent(scope.schema)}.${quoteIdent(scope.table)}`;
  const batchTable = `${quoteIdent(scope.schema)}."import_batch"`;
  const other = others(scope, 'h', 2);
  const { rows } = await scope.client.query<{ batch_id: string; n: number }>(
    `with gone as (
       delete from ${table} h
        using unnest($1::text[]) as m(month)
        where ${other.sql} and ${inMonth('h', 'm.month')}
       returning h.batch_id)
     select batch_id, count(*)::int as n from gone group by 1`,
    [months, ...other.values],
  );
  for (const row of rows) {
    await scope.client.query(
      `update ${batchTable}
          set row_count = greatest(row_count - $2, 0), months = array(select m from unnest(months) as m where m <> all($3::text[]) order by m)
        where id = $1`,
      [row.batch_id, Number(row.n), months],
    );
  }
  return rows.reduce((sum, r) => sum + Number(r.n), 0);
}
