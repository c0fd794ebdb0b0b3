import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import Papa from 'papaparse';
import { StringDecoder } from 'node:string_decoder';
import { recordBatches } from './record-batches';

/** One CSV record and the line of the file it ends on. */
export interface CsvLine {
  record: string[];
  line: number;
}

/**
 * Reads a CSV file's records in batches, with the line each ends on. Two readers give the same
 * records and lines for every file the fast one takes (test/unit/csv-reading.test.ts):
 *   - `careful` (csv-parse): any CSV, and its syntax errors with their lines (thrown as csv-parse's
 *     errors, code `CSV_…`);
 *   - `fast` (papaparse, about six times faster here): a file whose every record is one line and
 *     whose values hold no quote character, carriage return or line break, as police open data is.
 *     For any other file it throws NotReadableFast before the first record it cannot read alike,
 *     and the caller reads the file again carefully.
 * Blank lines are skipped; a leading byte order mark is dropped.
 */
export type CsvReading = 'careful' | 'fast';

export class NotReadableFast extends Error {
  constructor(reason: string) {
    super(`not read by the fast reader: ${reason}`);
    this.name = 'NotReadableFast';
  }
}

export function csvLines(input: Readable, reading: CsvReading): AsyncGenerator<CsvLine[]> {
  return reading === 'fast' ? fastCsvLines(input) : carefulCsvLines(input);
}

async function* carefulCsvLines(input: Readable): AsyncGenerator<CsvLine[]> {
  // relax_column_count: a short or long row is reported with its line, not thrown.
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  try {
    for await (const batch of recordBatches<{ record: string[]; info: { lines: number } }>(parser)) {
      yield batch.map(({ record, info }) => ({ record, line: info.lines }));
    }
  } finally {
    parser.destroy();
  }
}

const PIECE_BYTES = 1 << 16;
const PAPA_CONFIG = { delimiter: ',', quoteChar: '"', escapeChar: '"' } as const;
/** A value the fast reader cannot give exactly as csv-parse would. */
const AWKWARD_VALUE = /["\r\n]/;

/**
 * The fast reader: the text is cut at its last line break and each whole-lines piece parsed alone,
 * which is exact because no record it takes spans a line break. Each piece must give one record a
 * line, or the file is not read fast.
 */
async function* fastCsvLines(input: Readable): AsyncGenerator<CsvLine[]> {
  const decoder = new StringDecoder('utf8');
  let carried = '';
  let line = 0;
  let newline: '\n' | '\r\n' | undefined;
  const piece = (text: string): CsvLine[] => {
    newline ??= '\n';
    if (newline === '\n' && text.includes('\r')) throw new NotReadableFast('a carriage return in a file of line feeds');
    const lines: CsvLine[] = [];
    const { data, errors } = Papa.parse<string[]>(text, { ...PAPA_CONFIG, newline });
    if (errors.length > 0) throw new NotReadableFast(`${errors[0]!.code} near line ${line + (errors[0]!.row ?? 0) + 1}`);
    // An empty piece (one blank line) parses to no record at all.
    const expected = countLines(text, newline);
    if (data.length !== expected && !(text === '' && data.length === 0)) throw new NotReadableFast('a record spans lines');
    for (const record of data) {
      line++;
      if (record.length === 1 && record[0] === '') continue;
      for (const value of record) if (AWKWARD_VALUE.test(value)) throw new NotReadableFast(`line ${line} holds a quote or a line break in a value`);
      lines.push({ record, line });
    }
    if (text === '') line++;
    return lines;
  };
  for await (const chunk of input) {
    const bytes = chunk as Buffer;
    // Pieces of at most 64 KB: a piece's text and records die young, before the collector would
    // promote them (with the source's 1 MB chunks, peak memory grew with the file).
    for (let from = 0; from < bytes.length; from += PIECE_BYTES) {
      const text = carried + decoder.write(bytes.subarray(from, from + PIECE_BYTES));
      const cut = text.lastIndexOf('\n');
      if (cut < 0) {
        carried = text;
        continue;
      }
      // The first line's ending is the file's: a CR LF file is read by CR LF.
      newline ??= text[text.indexOf('\n') - 1] === '\r' ? '\r\n' : '\n';
      carried = text.slice(cut + 1);
      const end = cut > 0 && text[cut - 1] === '\r' && newline !== '\n' ? cut - 1 : cut;
      const lines = piece(text.slice(0, end));
      if (lines.length > 0) yield lines;
    }
  }
  const rest = carried + decoder.end();
  if (rest !== '') {
    const lines = piece(rest);
    if (lines.length > 0) yield lines;
  }
}

/** Lines in a piece of text that holds no line break at its end. */
function countLines(text: string, newline: string): number {
  let lines = 1;
  for (let at = text.indexOf(newline); at >= 0; at = text.indexOf(newline, at + newline.length)) lines++;
  return lines;
}
