import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
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
 *   - `fast` (split here, about six times faster than csv-parse): a file whose every record is one
 *     line, whose values hold no carriage return or line break, and whose quoted values hold no
 *     quote, as police open data is. For any other file it throws NotReadableFast before the first
 *     record it cannot read alike, and the caller reads the file again carefully. (papaparse, as
 *     fast, kept every piece's records alive past the young generation's collections: an import's
 *     peak memory grew with its file.)
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
const QUOTE = 0x22;
const COMMA = 0x2c;

/**
 * A line's values when it is one of the lines the fast reader takes: values separated by commas,
 * each either as written with no quote in it, or in quotes with no quote inside. Anything else
 * (a doubled quote, a quote inside a value not quoted, text after a closing quote, a quote never
 * closed) is undefined: csv-parse must read it.
 */
function valuesOf(line: string): string[] | undefined {
  if (line.indexOf('"') < 0) return line.split(',');
  const values: string[] = [];
  for (let at = 0; ; ) {
    let end: number;
    if (line.charCodeAt(at) === QUOTE) {
      const close = line.indexOf('"', at + 1);
      end = close + 1;
      if (close < 0 || (end < line.length && line.charCodeAt(end) !== COMMA)) return undefined;
      values.push(line.slice(at + 1, close));
    } else {
      const comma = line.indexOf(',', at);
      end = comma < 0 ? line.length : comma;
      const value = line.slice(at, end);
      if (value.indexOf('"') >= 0) return undefined;
      values.push(value);
    }
    if (end >= line.length) return values;
    at = end + 1;
    if (at === line.length) {
      values.push('');
      return values;
    }
  }
}

/**
 * The fast reader: the text is cut at its last line break into pieces of whole lines (at most
 * 64 KB, so that a piece's text and records die young), and each line split into its values.
 */
async function* fastCsvLines(input: Readable): AsyncGenerator<CsvLine[]> {
  const decoder = new StringDecoder('utf8');
  let carried = '';
  let line = 0;
  let newline: '\n' | '\r\n' | undefined;
  let first = true;
  const piece = (text: string): CsvLine[] => {
    newline ??= '\n';
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (newline === '\n' && text.indexOf('\r') >= 0) throw new NotReadableFast('a carriage return in a file of line feeds');
    const lines: CsvLine[] = [];
    for (const written of text.split(newline)) {
      line++;
      if (written === '') continue;
      if (newline === '\r\n' && (written.indexOf('\r') >= 0 || written.indexOf('\n') >= 0)) {
        throw new NotReadableFast(`line ${line} holds a line break that is not the file's`);
      }
      const record = valuesOf(written);
      if (!record) throw new NotReadableFast(`line ${line} quotes a value in a way only the careful reader takes`);
      lines.push({ record, line });
    }
    return lines;
  };
  for await (const chunk of input) {
    const bytes = chunk as Buffer;
    for (let from = 0; from < bytes.length; from += PIECE_BYTES) {
      const text = carried + decoder.write(bytes.subarray(from, from + PIECE_BYTES));
      const cut = text.lastIndexOf('\n');
      if (cut < 0) {
        carried = text;
        continue;
      }
      // The first line's ending is the file's: a CR LF file is read by CR LF.
      newline ??= text[text.indexOf('\n') - 1] === '\r' ? '\r\n' : '\n';
      // csv-parse keeps a line feed alone in a CR LF file as part of the value it ends.
      if (newline === '\r\n' && text[cut - 1] !== '\r') throw new NotReadableFast('a line feed alone in a CR LF file');
      carried = text.slice(cut + 1);
      const lines = piece(text.slice(0, newline === '\r\n' ? cut - 1 : cut));
      if (lines.length > 0) yield lines;
    }
  }
  const rest = carried + decoder.end();
  if (rest !== '') {
    const lines = piece(rest);
    if (lines.length > 0) yield lines;
  }
}
