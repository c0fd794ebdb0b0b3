import { parse } from 'csv-parse/sync';
import type { RowError } from './row-error';

/** One row of an uploaded table with where it came from. */
export interface SourceRow {
  /** CSV line number (the header is line 1) or JSON item number (from 1). */
  line: number;
  values: Record<string, unknown>;
}

export type TableFormat = 'CSV' | 'JSON';

/**
 * Reads CSV (with a header row) or a JSON array of objects into rows keyed by lower-cased column
 * name. A file that cannot be read at all comes back as one error, with its line when known.
 */
export function readTable(content: string, format: TableFormat): { rows: SourceRow[]; errors: RowError[] } {
  if (format === 'JSON') return readJson(content);
  try {
    const records = parse<{ record: Record<string, string>; info: { lines: number } }>(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    });
    return { rows: records.map((r) => ({ line: r.info.lines, values: r.record })), errors: [] };
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    return { rows: [], errors: [{ line: lines ?? 0, field: 'file', message: `not readable as CSV: ${(error as Error).message}` }] };
  }
}

function readJson(content: string): { rows: SourceRow[]; errors: RowError[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    return { rows: [], errors: [{ line: 0, field: 'file', message: `not readable as JSON: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(parsed)) {
    return { rows: [], errors: [{ line: 0, field: 'file', message: 'JSON content must be an array of row objects' }] };
  }
  const rows: SourceRow[] = [];
  const errors: RowError[] = [];
  parsed.forEach((item, i) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ line: i + 1, field: 'row', message: 'each item must be an object' });
      return;
    }
    const values: Record<string, unknown> = {};
    let readable = true;
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      // A cell is one value, as in a CSV file: [12] must not pass as the count 12.
      if (v !== null && typeof v === 'object') {
        errors.push({ line: i + 1, field: k.toLowerCase(), message: 'must be text, a number or true/false, not an array or object' });
        readable = false;
      }
      values[k.toLowerCase()] = v;
    }
    if (readable) rows.push({ line: i + 1, values });
  });
  return { rows, errors };
}

/** A cell as trimmed text, or '' when absent. */
export function text(values: Record<string, unknown>, ...names: string[]): string {
  for (const name of names) {
    const v = values[name];
    const cell = typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
    if (cell !== '') return cell;
  }
  return '';
}

/** Parses a non-negative number; `integer` requires a whole number. Returns the reason on failure. */
export function readNumber(raw: string, { integer }: { integer: boolean }): number | string {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return `"${raw}" is not a number`;
  const value = Number(raw);
  if (value < 0) return `must not be negative (got ${raw})`;
  if (integer && !Number.isInteger(value)) return `must be a whole number (got ${raw})`;
  return value;
}
