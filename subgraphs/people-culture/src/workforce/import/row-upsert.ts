import type { EntityManager } from '@mikro-orm/postgresql';
import { columnName, type CellValue, type CsvFormat } from '../csv/csv-format';

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 500;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Inserts rows, or updates the values of rows already held under the same identity. The update
 * only fires where a value differs, so rows that are already right are not touched.
 */
export async function upsertRows<Row extends Record<string, CellValue>>(
  tx: EntityManager,
  schema: string,
  format: CsvFormat<Row>,
  rows: readonly Row[],
  batchId: number,
): Promise<UpsertCounts> {
  const keys = format.keyColumns.map(columnName);
  const values = format.valueColumns.map(columnName);
  const columns = [...keys, ...values, 'batch_id'];
  const quoted = (c: string) => `"${c}"`;
  const counts: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const placeholders = chunk.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
    const params = chunk.flatMap((row) => [
      ...format.keyColumns.map((c) => row[c]),
      ...format.valueColumns.map((c) => row[c]),
      batchId,
    ]);
    const sql =
      `insert into "${schema}"."${format.table}" as t (${columns.map(quoted).join(', ')}) values ${placeholders} ` +
      `on conflict (${keys.map(quoted).join(', ')}) do update set ` +
      [...values, 'batch_id'].map((c) => `"${c}" = excluded."${c}"`).join(', ') +
      ` where (${values.map((c) => `t."${c}"`).join(', ')}) is distinct from (${values.map((c) => `excluded."${c}"`).join(', ')})` +
      // xmax is 0 for a freshly inserted row version: tells inserts from updates.
      ` returning (xmax = 0) as inserted`;
    const written: { inserted: boolean }[] = await tx.execute(sql, params);
    const inserted = written.filter((w) => w.inserted).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.unchanged += chunk.length - written.length;
  }
  return counts;
}
