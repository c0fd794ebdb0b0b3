/** A documented CSV format: its columns, how a record becomes a row, and where rows are stored. */
/** A row value; null only for an optional column left out of the file. */
export type CellValue = string | number | null;

export interface CsvFormat<Row extends Record<string, CellValue>> {
  /** Name used in import results and batches, e.g. `workforce-snapshot`. */
  name: string;
  /** Header, every column required, in any order. */
  columns: readonly string[];
  /** Columns a file may leave out; when left out, `read` sees them as empty. */
  optionalColumns?: readonly string[];
  /** Reads one record; throws `CellError` naming the column and the reason. */
  read(record: Record<string, string>): Row;
  /** Columns that identify a row; the file may hold each identity once. */
  keyColumns: readonly (keyof Row & string)[];
  /** Columns overwritten when a later file brings the same identity with other values. */
  valueColumns: readonly (keyof Row & string)[];
  /** The table rows go to (in the subgraph's schema). */
  table: string;
  /** Cross-row checks, e.g. one kind per round; returns problems keyed by row index. */
  checkRows?(rows: readonly Row[]): { index: number; message: string }[];
}

/** Row properties map to snake_case columns of the same name. */
export function columnName(property: string): string {
  return property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
