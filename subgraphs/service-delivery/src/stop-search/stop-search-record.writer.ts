import type { ClientBase } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { RECORD_COLUMNS, recordTable } from './stop-search-record.columns';
import type { StopSearchRow } from './stop-search-row.mapper';

/** Writes mapped rows on the import's own connection, inside its open transaction. */
export interface RecordWriter {
  readonly path: 'COPY' | 'BATCHED_INSERT';
  /** Resolves at once unless the writer must wait (back-pressure or a batch in flight). */
  write(row: StopSearchRow): Promise<void> | undefined;
  finish(): Promise<void>;
  /** Stops writing; the caller then rolls the transaction back. */
  abort(): Promise<void>;
}

export interface WriterTarget {
  client: ClientBase;
  schema: string;
  batchId: string;
  organisationKey: string;
}

const columnList = ['batch_id', 'organisation_key', ...RECORD_COLUMNS.map(([c]) => c)].map((c) => `"${c}"`).join(', ');

/** COPY text format: backslash, tab, newline and carriage return escaped; \N for null. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** COPY FROM STDIN through pg-copy-streams: the fast path on a real PostgreSQL server. */
export class CopyRecordWriter implements RecordWriter {
  readonly path = 'COPY' as const;
  private readonly stream: CopyStreamQuery;
  private readonly prefix: string;
  private buffer = '';
  private failure: Error | undefined;
  private readonly done: Promise<void>;

  constructor(target: WriterTarget) {
    this.prefix = `${copyField(target.batchId)}\t${copyField(target.organisationKey)}\t`;
    this.stream = target.client.query(copyFrom(`copy ${recordTable(target.schema)} (${columnList}) from stdin`));
    this.done = new Promise<void>((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', (error: Error) => {
        this.failure = error;
        reject(error);
      });
    });
    this.done.catch(() => undefined);
  }

  write(row: StopSearchRow): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    let line = this.prefix;
    for (let i = 0; i < RECORD_COLUMNS.length; i++) {
      line += (i === 0 ? '' : '\t') + copyField(row[RECORD_COLUMNS[i]![1]]);
    }
    this.buffer += `${line}\n`;
    // Fewer, larger writes: one per ~256 KB rather than one per row.
    if (this.buffer.length < 1 << 18) return undefined;
    return this.flush();
  }

  private flush(): Promise<void> | undefined {
    const chunk = this.buffer;
    this.buffer = '';
    if (chunk === '' || this.stream.write(chunk)) return undefined;
    return new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        this.stream.off('drain', onDrain);
        reject(error);
      };
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
    });
  }

  async finish(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.done;
  }

  async abort(): Promise<void> {
    // Destroying the stream sends CopyFail; the server ends the COPY with an error we expect.
    this.buffer = '';
    this.stream.destroy(new Error('import refused'));
    await this.done.catch(() => undefined);
  }
}

/**
 * Multi-row INSERT … SELECT FROM unnest(arrays): one statement per BATCH_SIZE rows with one
 * array parameter per column. The fallback where COPY FROM STDIN is not available (the
 * embedded PGlite database drops the connection on it).
 */
export class BatchInsertRecordWriter implements RecordWriter {
  readonly path = 'BATCHED_INSERT' as const;
  static readonly BATCH_SIZE = 5000;
  private rows: StopSearchRow[] = [];
  private readonly sql: string;

  constructor(private readonly target: WriterTarget) {
    const arrays = RECORD_COLUMNS.map(([, , type], i) => `$${i + 3}::${type}[]`).join(', ');
    this.sql =
      `insert into ${recordTable(target.schema)} (${columnList}) ` +
      `select $1::uuid, $2::text, u.* from unnest(${arrays}) as u`;
  }

  write(row: StopSearchRow): Promise<void> | undefined {
    this.rows.push(row);
    return this.rows.length >= BatchInsertRecordWriter.BATCH_SIZE ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const params: unknown[] = [this.target.batchId, this.target.organisationKey];
    for (const [, field] of RECORD_COLUMNS) params.push(rows.map((row) => row[field]));
    await this.target.client.query(this.sql, params);
  }

  finish(): Promise<void> {
    return this.flush();
  }

  async abort(): Promise<void> {
    this.rows = [];
  }
}
