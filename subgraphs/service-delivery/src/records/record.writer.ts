import type { ClientBase } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { quoteIdent } from './sql-identifier';

/**
 * A record table as the writers fill it: its name and the columns after batch_id,
 * organisation_key and content_key, each with the row field it holds and its SQL type.
 */
export interface RecordTable<Row> {
  name: string;
  columns: ReadonlyArray<readonly [column: string, field: keyof Row, sqlType: string]>;
}

const tableOf = <Row>(schema: string, table: RecordTable<Row>) => `${quoteIdent(schema)}.${quoteIdent(table.name)}`;
const columnListOf = <Row>(table: RecordTable<Row>) =>
  ['batch_id', 'organisation_key', 'content_key', ...table.columns.map(([c]) => c)].map((c) => quoteIdent(c)).join(', ');

/** Writes mapped rows on the import's own connection, inside its open transaction. */
export interface RecordWriter<Row> {
  readonly path: 'COPY' | 'BATCHED_INSERT';
  /**
   * Writes one row with its content key (records/record-identity.ts). Resolves at once unless
   * the writer must wait (back-pressure or a batch in flight).
   */
  write(row: Row, contentKey: string): Promise<void> | undefined;
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

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** COPY text format: backslash, tab, newline and carriage return escaped; \N for null. */
function copyField(value: unknown): string {
  // Most fields are plain text with nothing to escape: test once, replace only when needed.
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? escapeCopyText(value) : value;
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return copyField(JSON.stringify(value));
  if (typeof value === 'bigint') return value.toString();
  // A function or symbol is a mapping mistake: refuse it rather than write its source text.
  throw new TypeError(`cannot write a ${typeof value} to a COPY field`);
}

function escapeCopyText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** COPY FROM STDIN through pg-copy-streams: the fast path on a real PostgreSQL server. */
export class CopyRecordWriter<Row> implements RecordWriter<Row> {
  readonly path = 'COPY' as const;
  private readonly stream: CopyStreamQuery;
  private readonly prefix: string;
  private buffer = '';
  private failure: Error | undefined;
  private readonly done: Promise<void>;

  constructor(
    target: WriterTarget,
    private readonly table: RecordTable<Row>,
  ) {
    this.prefix = `${copyField(target.batchId)}\t${copyField(target.organisationKey)}\t`;
    this.stream = target.client.query(copyFrom(`copy ${tableOf(target.schema, table)} (${columnListOf(table)}) from stdin`));
    this.done = new Promise<void>((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', (error: Error) => {
        this.failure = error;
        reject(error);
      });
    });
    this.done.catch(() => undefined);
  }

  write(row: Row, contentKey: string): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    const columns = this.table.columns;
    // The key is a uuid: nothing in it needs escaping.
    let line = this.prefix + contentKey;
    for (let i = 0; i < columns.length; i++) {
      line += '\t' + copyField(row[columns[i]![1]]);
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
export class BatchInsertRecordWriter<Row> implements RecordWriter<Row> {
  readonly path = 'BATCHED_INSERT' as const;
  static readonly BATCH_SIZE = 5000;
  private rows: Row[] = [];
  private keys: string[] = [];
  private readonly sql: string;

  constructor(
    private readonly target: WriterTarget,
    private readonly table: RecordTable<Row>,
  ) {
    const arrays = ['$3::uuid[]', ...table.columns.map(([, , type], i) => `$${i + 4}::${type}[]`)].join(', ');
    this.sql =
      `insert into ${tableOf(target.schema, table)} (${columnListOf(table)}) ` +
      `select $1::uuid, $2::text, u.* from unnest(${arrays}) as u`;
  }

  write(row: Row, contentKey: string): Promise<void> | undefined {
    this.rows.push(row);
    this.keys.push(contentKey);
    return this.rows.length >= BatchInsertRecordWriter.BATCH_SIZE ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    const keys = this.keys;
    this.rows = [];
    this.keys = [];
    const params: unknown[] = [this.target.batchId, this.target.organisationKey, keys];
    for (const [, field, type] of this.table.columns) {
      // jsonb arrays go as JSON text; node-pg would write objects inside an array literal badly.
      params.push(rows.map((row) => (type === 'jsonb' && row[field] !== null ? JSON.stringify(row[field]) : row[field])));
    }
    await this.target.client.query(this.sql, params);
  }

  finish(): Promise<void> {
    return this.flush();
  }

  async abort(): Promise<void> {
    this.rows = [];
    this.keys = [];
  }
}
