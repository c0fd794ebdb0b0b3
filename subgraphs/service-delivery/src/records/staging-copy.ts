import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportSource } from './import-source';

/** The staging table of one import: temporary, dropped at the end of the import's transaction. */
export const STAGING_TABLE = 'pg_temp.import_staging';

export const stagingColumn = (index: number) => `c${index}`;

export interface StagedFile {
  /** Records copied (the header row not counted). */
  rows: number;
  checksum: string;
  /**
   * Whether the file's line breaks are exactly its rows' ends (no field holds a line break), so that
   * row n is on line n + 1: counted in the bytes, since the server's row count says nothing of them.
   */
  oneLinePerRow: boolean;
  /**
   * Why the server's reading cannot be trusted to match the file's, when it cannot: a NUL byte
   * (refused as binary), or a line holding only `\.`, where COPY would stop reading.
   */
  unsafe?: string;
}

/**
 * Streams a CSV file's bytes, unparsed, into a temporary table of `columnCount` text columns with
 * a row number in file order (`n`, 1 for the first record after the header): the server parses the
 * CSV, the client only moves bytes (and hashes them for the checksum). The caller's transaction
 * must be open; a COPY error (a row with the wrong number of fields, a quote never closed, bytes
 * that are not UTF-8) is thrown as the server's error, with the transaction then aborted.
 */
export async function copyToStaging(
  client: ClientBase,
  source: ImportSource,
  columnCount: number,
  onProgress?: (bytesRead: number) => void,
): Promise<StagedFile> {
  const columns = Array.from({ length: columnCount }, (_, i) => stagingColumn(i));
  await client.query(
    `create temp table import_staging (n bigint generated always as identity, ${columns.map((c) => `${c} text`).join(', ')}) on commit drop`,
  );
  const hash = createHash('sha256');
  let bytesRead = 0;
  let lf = 0;
  let cr = 0;
  let last = 0;
  let unsafe: string | undefined;
  // The last bytes of the previous chunk, so a marker split across chunks is still seen.
  let tail: Buffer = Buffer.alloc(0);
  const watch = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      hash.update(chunk);
      if (unsafe === undefined) {
        const nul = chunk.indexOf(0);
        if (nul >= 0) unsafe = `a NUL byte at byte ${bytesRead + nul + 1}`;
        else if (hasEndMarker(Buffer.concat([tail, chunk]))) unsafe = 'a line holding only \\.';
        tail = chunk.subarray(Math.max(0, chunk.length - 3));
      }
      for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) lf++;
      for (let at = chunk.indexOf(0x0d); at >= 0; at = chunk.indexOf(0x0d, at + 1)) cr++;
      if (chunk.length > 0) last = chunk[chunk.length - 1]!;
      bytesRead += chunk.length;
      onProgress?.(bytesRead);
      callback(null, chunk);
    },
  });
  // Unquoted empty fields are empty text, as the client-side reader gives them, not null.
  const copy = client.query(
    copyFrom(
      `copy ${STAGING_TABLE} (${columns.join(', ')}) from stdin with (format csv, header true, force_not_null (${columns.join(', ')}))`,
    ),
  );
  await pipeline(source.open(), watch, copy);
  const rows = Number(copy.rowCount);
  // The header's line and each row's; the last line may end without a break.
  const breaks = rows + 1 - (last === 0x0a || last === 0x0d ? 0 : 1);
  const oneLinePerRow = (lf === breaks && (cr === 0 || cr === lf)) || (lf === 0 && cr === breaks);
  return { rows, checksum: hash.digest('hex'), oneLinePerRow, unsafe };
}

/** `\.` alone on a line: COPY's end-of-data marker, after which it reads nothing more. */
function hasEndMarker(bytes: Buffer): boolean {
  for (let at = bytes.indexOf('\\.'); at >= 0; at = bytes.indexOf('\\.', at + 1)) {
    const before = at === 0 ? 0x0a : bytes[at - 1];
    const after = bytes[at + 2];
    if ((before === 0x0a || before === 0x0d) && (after === undefined || after === 0x0a || after === 0x0d)) return true;
  }
  return false;
}
