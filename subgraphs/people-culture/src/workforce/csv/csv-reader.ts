import { createHash } from 'node:crypto';
import { CsvError, parse } from 'csv-parse/sync';
import type { InputProblem } from '../../common/bad-user-input.error';
import { CellError } from './csv-fields';
import type { CellValue, CsvFormat } from './csv-format';

/** Largest CSV text accepted in one request. */
export const MAX_CSV_CHARACTERS = 20_000_000;

export interface ReadRow<Row> {
  line: number;
  row: Row;
}

export interface ReadCsv<Row> {
  sha256: string;
  rows: ReadRow<Row>[];
  /** Category values kept as written because no rule recognised them, with their row counts. */
  unrecognised: Map<string, { characteristic: string; category: string; rows: number }>;
}

/**
 * Reads a whole CSV file against its format and collects every problem with its line number;
 * the caller writes nothing unless the list is empty.
 */
export function readCsv<Row extends Record<string, CellValue>>(
  text: string,
  format: CsvFormat<Row>,
): { value: ReadCsv<Row> } | { problems: InputProblem[] } {
  if (text.length > MAX_CSV_CHARACTERS) {
    return { problems: [{ path: 'file', message: `is larger than ${MAX_CSV_CHARACTERS} characters; split it` }] };
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      // Most parse errors carry the line they stopped on; one without it is about the file.
      return { problems: [{ path: typeof error.lines === 'number' ? `line ${error.lines}` : 'file', message: error.message }] };
    }
    throw error;
  }
  const [head, ...body] = records;
  if (!head) return { problems: [{ path: 'line 1', message: 'the file is empty; a header row is required' }] };
  const header = head.record.map((h) => h.trim().toLowerCase());
  const headerProblems = checkHeader(header, format);
  if (headerProblems.length > 0) return { problems: headerProblems };
  if (body.length === 0) return { problems: [{ path: 'line 2', message: 'the file has a header but no rows' }] };

  const problems: InputProblem[] = [];
  const rows: ReadRow<Row>[] = [];
  const firstLineOfKey = new Map<string, number>();
  const unrecognised = new Map<string, { characteristic: string; category: string; rows: number }>();
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== header.length) {
      problems.push({ path: `line ${line}`, message: `has ${record.length} fields; the header has ${header.length}` });
      continue;
    }
    const byColumn = Object.fromEntries(header.map((h, i) => [h, record[i] ?? '']));
    let row: Row;
    try {
      row = format.read(byColumn);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ path: `line ${line}`, message: error.message });
      continue;
    }
    const key = JSON.stringify(format.keyColumns.map((c) => row[c]));
    const first = firstLineOfKey.get(key);
    if (first !== undefined) {
      problems.push({ path: `line ${line}`, message: `repeats the ${format.keyColumns.join(', ')} of line ${first}` });
      continue;
    }
    firstLineOfKey.set(key, line);
    noteUnrecognised(row, unrecognised);
    rows.push({ line, row });
  }
  for (const p of format.checkRows?.(rows.map((r) => r.row)) ?? []) {
    problems.push({ path: `line ${rows[p.index]!.line}`, message: p.message });
  }
  if (problems.length > 0) return { problems };
  return { value: { sha256: createHash('sha256').update(text).digest('hex'), rows, unrecognised } };
}

function checkHeader(header: string[], format: CsvFormat<any>): InputProblem[] {
  if (header.length === 1 && /[;\t|]/.test(header[0]!)) {
    return [{ path: 'line 1', message: 'the header is one field: the file must be comma-separated' }];
  }
  const problems: InputProblem[] = [];
  const missing = format.columns.filter((c) => !header.includes(c));
  if (missing.length > 0) problems.push({ path: 'line 1', message: `missing column(s): ${missing.join(', ')}` });
  const optional = format.optionalColumns ?? [];
  const unknown = header.filter((h) => !format.columns.includes(h) && !optional.includes(h));
  if (unknown.length > 0) problems.push({ path: 'line 1', message: `unknown column(s): ${unknown.join(', ')}` });
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (repeated.length > 0) problems.push({ path: 'line 1', message: `repeated column(s): ${repeated.join(', ')}` });
  return problems;
}

/** Counts rows whose category no rule recognised (`categoryRecognised: 'no'`). */
function noteUnrecognised(
  row: Record<string, CellValue>,
  into: Map<string, { characteristic: string; category: string; rows: number }>,
): void {
  if (row.categoryRecognised !== 'no') return;
  const characteristic = String(row.characteristic);
  const category = String(row.category);
  const key = JSON.stringify([characteristic, category]);
  const seen = into.get(key) ?? { characteristic, category, rows: 0 };
  seen.rows += 1;
  into.set(key, seen);
}
