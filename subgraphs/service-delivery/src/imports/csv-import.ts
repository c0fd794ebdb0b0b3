import { randomUUID } from 'node:crypto';
import { parse, type Info } from 'csv-parse';
import type { ClientBase } from 'pg';
import type { RowProblem, UnmappedValue } from '../stop-search/stop-search-row.mapper';
import {
  BatchInsertRecordWriter,
  CopyRecordWriter,
  type RecordTable,
  type RecordWriter,
} from '../stop-search/stop-search-record.writer';
import { quoteIdent } from '../stop-search/stop-search-record.columns';
import { recordBatches } from './record-batches';
import { checksumOf, type ImportSource } from './import-source';
import { MAX_REPORTED_PROBLEMS, UnmappedTally, type ImportReport } from './import-report';

export interface CsvImportOptions {
  /** One dedicated connection: every statement of the import runs on it, in one transaction. */
  client: ClientBase;
  /** The subgraph's PostgreSQL schema, e.g. service_delivery. */
  schema: string;
  organisationKey: string;
  source: ImportSource;
  /** `auto` uses COPY unless the server is the embedded PGlite, which cannot take COPY FROM STDIN. */
  writePath?: 'auto' | 'COPY' | 'BATCHED_INSERT';
  /** Bytes read so far, for progress bars. */
  onProgress?: (bytesRead: number) => void;
}

/** One record mapped for storage, or why it cannot be stored. */
export type MappedCsvRecord<Row> =
  | { ok: true; row: Row; unmapped: readonly UnmappedValue[] }
  | { ok: false; problems: RowProblem[] };

/** What the import loop needs to know about one CSV format. */
export interface CsvFormat<Row> {
  /** Stored in import_batch.dataset: the checksum is unique per organisation and dataset. */
  dataset: string;
  /** The record table and its columns after batch_id and organisation_key. */
  table: RecordTable<Row>;
  /** Reads the header row: a mapper for the records, or the reasons the header cannot be used. */
  readHeader(header: readonly string[]): { mapRecord: (record: readonly string[], line: number) => MappedCsvRecord<Row> } | { problems: string[] };
}

/** Whether the server takes COPY FROM STDIN; PGlite terminates the connection on it. */
export async function supportsCopy(client: ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ version: string }>('select version() as version');
  return !/pglite/i.test(rows[0]?.version ?? '');
}

/**
 * Imports one CSV file of a format, all or nothing: the batch row and every record
 * are written in one transaction on one connection, and any invalid row rolls it all back.
 * The file is streamed twice (checksum, then import), never held whole in memory.
 */
export async function importCsv<Row>(format: CsvFormat<Row>, options: CsvImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const { client, schema, organisationKey, source } = options;
  const checksum = await checksumOf(source);
  const report: ImportReport = {
    status: 'REFUSED',
    dataset: format.dataset,
    organisationKey,
    sourceName: source.name,
    checksum,
    batchId: null,
    rowsRead: 0,
    rowsImported: 0,
    writePath: 'NONE',
    durationMs: 0,
    rowsPerSecond: 0,
    unmapped: [],
    problems: [],
    problemCount: 0,
  };
  const finish = () => {
    report.durationMs = Math.round(performance.now() - started);
    report.rowsPerSecond = report.durationMs > 0 ? Math.round((report.rowsImported * 1000) / report.durationMs) : 0;
    return report;
  };
  const batchTable = `${quoteIdent(schema)}."import_batch"`;

  await client.query('begin');
  let writer: RecordWriter<Row> | undefined;
  try {
    // Inserting the batch first claims the checksum: a concurrent import of the same file
    // waits on the unique index, then finds it taken.
    const batchId = randomUUID();
    const claimed = await client.query(
      `insert into ${batchTable} (id, organisation_key, dataset, source_name, checksum, row_count, imported_at)
       values ($1, $2, $3, $4, $5, 0, now())
       on conflict (organisation_key, dataset, checksum) do nothing returning id`,
      [batchId, organisationKey, format.dataset, source.name.slice(0, 300), checksum],
    );
    if (claimed.rowCount === 0) {
      await client.query('rollback');
      const { rows } = await client.query<{ id: string; row_count: number }>(
        `select id, row_count from ${batchTable} where organisation_key = $1 and dataset = $2 and checksum = $3`,
        [organisationKey, format.dataset, checksum],
      );
      report.status = 'ALREADY_IMPORTED';
      report.batchId = rows[0]?.id ?? null;
      report.rowsRead = rows[0]?.row_count ?? 0;
      return finish();
    }

    const useCopy =
      options.writePath === 'COPY' || ((options.writePath ?? 'auto') === 'auto' && (await supportsCopy(client)));
    const target = { client, schema, batchId, organisationKey };
    writer = useCopy ? new CopyRecordWriter(target, format.table) : new BatchInsertRecordWriter(target, format.table);
    report.writePath = writer.path;

    const problems: RowProblem[] = [];
    const refuse = (problem: RowProblem) => {
      report.problemCount++;
      if (problems.length < MAX_REPORTED_PROBLEMS) problems.push(problem);
    };
    const tally = new UnmappedTally();
    let bytesRead = 0;
    const input = source.open();
    input.on('data', (chunk: Buffer) => {
      bytesRead += chunk.length;
      options.onProgress?.(bytesRead);
    });
    // relax_column_count: a short or long row is reported with its line, not thrown.
    const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
    let positions: ReturnType<CsvFormat<Row>['readHeader']> | undefined;
    let headerLength = 0;
    try {
      outer: for await (const batch of recordBatches<{ record: string[]; info: Info }>(parser)) {
        for (const { record, info } of batch) {
          const line = info.lines;
          if (!positions) {
            positions = format.readHeader(record);
            headerLength = record.length;
            if ('problems' in positions) {
              for (const reason of positions.problems) refuse({ line, column: null, reason });
              break outer;
            }
            continue;
          }
          if (!('mapRecord' in positions)) break outer;
          report.rowsRead++;
          if (record.length !== headerLength) {
            refuse({ line, column: null, reason: `has ${record.length} fields; the header has ${headerLength}` });
            continue;
          }
          const mapped = positions.mapRecord(record, line);
          if (!mapped.ok) {
            for (const problem of mapped.problems) refuse(problem);
            continue;
          }
          if (mapped.unmapped.length > 0) tally.add(mapped.unmapped);
          // After the first refusal nothing more is written; the rest is only checked.
          if (report.problemCount === 0) {
            const wait = writer.write(mapped.row);
            if (wait) await wait;
          }
        }
      }
    } catch (error) {
      const csvError = error as { code?: string; lines?: number; message: string };
      if (!csvError.code?.startsWith('CSV_')) throw error;
      refuse({ line: csvError.lines ?? 0, column: null, reason: csvError.message });
    } finally {
      input.destroy();
      parser.destroy();
    }
    if (!positions) refuse({ line: 1, column: null, reason: 'the file is empty: no header row' });
    else if ('mapRecord' in positions && report.rowsRead === 0 && report.problemCount === 0) {
      refuse({ line: 2, column: null, reason: 'the file has a header but no records' });
    }
    report.unmapped = tally.toReport();
    report.problems = problems;

    if (report.problemCount > 0) {
      await writer.abort();
      await client.query('rollback');
      return finish();
    }
    await writer.finish();
    await client.query(`update ${batchTable} set row_count = $2 where id = $1`, [batchId, report.rowsRead]);
    await client.query('commit');
    report.status = 'IMPORTED';
    report.batchId = batchId;
    report.rowsImported = report.rowsRead;
    return finish();
  } catch (error) {
    await writer?.abort().catch(() => undefined);
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}
