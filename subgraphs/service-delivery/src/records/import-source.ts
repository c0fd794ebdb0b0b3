import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';

/** A file to import, readable as many times as needed (once to checksum, once to import). */
export interface ImportSource {
  name: string;
  /** Size in bytes, when known (progress bars). */
  size?: number;
  open(): Readable;
}

export function fileSource(path: string): ImportSource {
  return {
    name: basename(path),
    size: statSync(path).size,
    open: () => createReadStream(path, { highWaterMark: 1 << 20 }),
  };
}

/** Text already in memory, e.g. the body of an import mutation. */
export function textSource(name: string, text: string): ImportSource {
  const bytes = Buffer.from(text, 'utf8');
  return { name, size: bytes.length, open: () => Readable.from([bytes]) };
}

/** SHA-256 of the source's bytes, streamed: the same file imported twice has the same checksum. */
export async function checksumOf(source: ImportSource): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of source.open()) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
