import type { ImportSource } from './import-source';

/** Leading bytes of formats people send instead of a CSV, with what to do about each. */
const SIGNATURES: ReadonlyArray<[bytes: number[], what: string]> = [
  [[0x1f, 0x8b], 'compressed with gzip: decompress it first (gunzip) and import the .csv'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an .xlsx workbook): extract the CSV file, or save the sheet as CSV'],
  [[0x50, 0x4b, 0x05, 0x06], 'an empty ZIP archive'],
  [[0x42, 0x5a, 0x68], 'compressed with bzip2: decompress it first and import the .csv'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'compressed with xz: decompress it first and import the .csv'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive: extract the CSV file'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'compressed with zstd: decompress it first and import the .csv'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an Excel 97–2003 workbook (.xls): save the sheet as CSV (UTF-8)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xff, 0xfe], 'UTF-16 text: save it as UTF-8'],
  [[0xfe, 0xff], 'UTF-16 text: save it as UTF-8'],
];

const HEAD_BYTES = 64 * 1024;

/** Why these leading bytes are not a UTF-8 CSV, or undefined. Never quotes the bytes themselves. */
export function binaryReason(head: Buffer): string | undefined {
  for (const [bytes, what] of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return `the file is ${what}; it is not a CSV file`;
  }
  const nul = head.indexOf(0);
  if (nul >= 0) return nulReason(nul);
  return undefined;
}

export const nulReason = (offset: number) =>
  `the file contains a NUL byte (at byte ${offset + 1}): it is binary or UTF-16, not a UTF-8 CSV file`;

/** Reads up to the first 64 KB of a source and says why it is not a CSV file, if it is not. */
export async function sniffBinary(source: ImportSource): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  const input = source.open();
  try {
    for await (const chunk of input) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= HEAD_BYTES) break;
    }
  } finally {
    input.destroy();
  }
  return binaryReason(Buffer.concat(chunks, length).subarray(0, HEAD_BYTES));
}

/**
 * The line an unterminated quote opened on. csv-parse only notices at the end of the file and
 * reports the last line; reading the text again with the CSV quoting rule ("" inside a quoted
 * field is a quote) finds where the quote that never closed began.
 */
export async function lineOfUnclosedQuote(source: ImportSource): Promise<number | undefined> {
  let line = 1;
  let inQuote = false;
  let openedAt = 0;
  for await (const chunk of source.open()) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === 0x0a) line++;
      else if (byte === 0x22) {
        inQuote = !inQuote;
        if (inQuote) openedAt = line;
      }
    }
  }
  return inQuote ? openedAt : undefined;
}

/** A value from the file shown in a message: printable characters only, at most 40 of them. */
export function shown(value: string): string {
  const printable = value.replace(/[^\x20-\x7e\u00a0-\u024f]/g, '?');
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}
