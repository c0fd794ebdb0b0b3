import type { ClientBase } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import { qualifiedName, quoteIdent } from './sql-identifier';

/**
 * A record table as the writers fill it: its name and the columns after batch_id,
 * organisation_key and content_key, each with the row field it holds and its SQL type.
 */
export interface RecordTable<Row> {
  name: string;
  columns: ReadonlyArray<readonly [column: string, field: keyof Row, sqlType: string]>;
}

const tableOf = <Row>(schema: string, table: RecordTable<Row>) => qualifiedName(schema, table.name);
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

/** COPY's binary format: signature, flags, header extension length (PostgreSQL's COPY documentation). */
const BINARY_HEADER = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
const BINARY_TRAILER = Buffer.from([0xff, 0xff]);
/** PostgreSQL's timestamps count microseconds from 2000-01-01 UTC. */
const POSTGRES_EPOCH_MS = Date.UTC(2000, 0, 1);
const CHUNK_BYTES = 1 << 18;
const SHORT_TEXT = 64;

/**
 * Writes one row's fields into COPY's binary format. Binary, not text: the server converts no
 * text to numbers, instants or uuids (about 30% less of its time for a stop-and-search file), and
 * nothing needs escaping here. Each field is its length and bytes; the SQL types are the record
 * tables' own (a mismatch fails the COPY, it cannot store a wrong value).
 */
class BinaryRows {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;

  constructor(
    private readonly push: (chunk: Buffer) => void,
    withHeader = true,
  ) {
    if (withHeader) this.bytes(BINARY_HEADER);
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    this.flush();
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
  }

  flush(): void {
    if (this.at === 0) return;
    this.push(Buffer.from(this.buffer.subarray(0, this.at)));
    this.at = 0;
  }

  bytes(bytes: Buffer): void {
    this.room(bytes.length);
    this.at += bytes.copy(this.buffer, this.at);
  }

  fieldCount(count: number): void {
    this.room(2);
    this.at = this.buffer.writeInt16BE(count, this.at);
  }

  field(value: unknown, sqlType: string): void {
    if (value === null || value === undefined) {
      this.room(4);
      this.at = this.buffer.writeInt32BE(-1, this.at);
      return;
    }
    switch (sqlType) {
      case 'text':
        return this.text(value as string, '');
      case 'uuid':
        this.room(20);
        this.at = this.buffer.writeInt32BE(16, this.at);
        this.at += this.buffer.write(value as string, this.at, 16, 'hex');
        return;
      case 'int':
        this.room(8);
        this.at = this.buffer.writeInt32BE(4, this.at);
        this.at = this.buffer.writeInt32BE(value as number, this.at);
        return;
      case 'float8':
        this.room(12);
        this.at = this.buffer.writeInt32BE(8, this.at);
        // + 0: -0 stored as 0, as its text (String(-0) is "0") always was.
        this.at = this.buffer.writeDoubleBE((value as number) + 0, this.at);
        return;
      case 'boolean':
        this.room(5);
        this.at = this.buffer.writeInt32BE(1, this.at);
        this.at = this.buffer.writeUInt8(value ? 1 : 0, this.at);
        return;
      case 'timestamptz': {
        this.room(12);
        this.at = this.buffer.writeInt32BE(8, this.at);
        // An int64 as two halves: microseconds stay exact in a double for a quarter of a million years.
        const micros = ((value as Date).getTime() - POSTGRES_EPOCH_MS) * 1000;
        const high = Math.floor(micros / 2 ** 32);
        this.at = this.buffer.writeInt32BE(high, this.at);
        this.at = this.buffer.writeUInt32BE(micros - high * 2 ** 32, this.at);
        return;
      }
      case 'jsonb':
        // jsonb's binary form is a version byte (1) and the JSON text.
        return this.text(JSON.stringify(value), '\u0001');
      default:
        throw new TypeError(`no binary COPY form for SQL type ${sqlType}`);
    }
  }

  private text(value: string, prefix: string): void {
    if (typeof value !== 'string') throw new TypeError(`cannot write a ${typeof value} to a text field`);
    const text = prefix + value;
    // UTF-8 takes at most three bytes a UTF-16 unit.
    this.room(4 + text.length * 3);
    const buffer = this.buffer;
    const start = this.at + 4;
    let length = -1;
    // Short ASCII text (most of a record's fields) is copied here: cheaper than a call to the encoder.
    if (text.length <= SHORT_TEXT) {
      let i = 0;
      for (; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) break;
        buffer[start + i] = code;
      }
      if (i === text.length) length = i;
    }
    if (length < 0) length = buffer.write(text, start, 'utf8');
    buffer.writeInt32BE(length, this.at);
    this.at = start + length;
  }

  end(): void {
    this.bytes(BINARY_TRAILER);
    this.flush();
  }
}

/** COPY FROM STDIN (binary) through pg-copy-streams: the fast path on a real PostgreSQL server. */
export class CopyRecordWriter<Row> implements RecordWriter<Row> {
  readonly path = 'COPY' as const;
  private readonly stream: CopyStreamQuery;
  private readonly rows: BinaryRows;
  /** The row's field count, batch_id and organisation_key, the same on every row. */
  private readonly rowStart: Buffer;
  private full = false;
  private failure: Error | undefined;
  private readonly done: Promise<void>;

  constructor(
    target: WriterTarget,
    private readonly table: RecordTable<Row>,
  ) {
    const start: Buffer[] = [];
    const first = new BinaryRows((chunk) => start.push(chunk), false);
    first.fieldCount(3 + table.columns.length);
    first.field(target.batchId.replaceAll('-', ''), 'uuid');
    first.field(target.organisationKey, 'text');
    first.flush();
    this.rowStart = Buffer.concat(start);
    this.stream = target.client.query(copyFrom(`copy ${tableOf(target.schema, table)} (${columnListOf(table)}) from stdin (format binary)`));
    this.rows = new BinaryRows((chunk) => {
      if (!this.stream.write(chunk)) this.full = true;
    });
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
    const rows = this.rows;
    rows.bytes(this.rowStart);
    rows.field(contentKey, 'uuid');
    const columns = this.table.columns;
    for (let i = 0; i < columns.length; i++) {
      const [, field, sqlType] = columns[i]!;
      rows.field(row[field], sqlType);
    }
    return this.full ? this.drained() : undefined;
  }

  private drained(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        this.stream.off('error', onError);
        this.full = false;
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
    if (this.failure) throw this.failure;
    this.rows.end();
    this.stream.end();
    await this.done;
  }

  async abort(): Promise<void> {
    // Destroying the stream sends CopyFail; the server ends the COPY with an error we expect.
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
