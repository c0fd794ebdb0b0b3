import { createHash, randomUUID } from 'node:crypto';
import type { ClientBase } from 'pg';
import type { RowProblem } from './row-problem';
import {
  BatchInsertRecordWriter,
  CopyRecordWriter,
  type RecordWriter,
} from './record.writer';
import { qualifiedName, quoteIdent } from './sql-identifier';
import { csvLines, NotReadableFast, type CsvReading } from './csv-reading';
import { RecordIdentity } from './record-identity';
import { MonthTally } from './held-months';
import { settleImport } from './settle-import';
import { checksumOf, type ImportSource } from './import-source';
import { MAX_REPORTED_PROBLEMS, startingReport, UnmappedTally, type ImportReport } from './import-report';
import { lineOfUnclosedQuote, nulReason, shown, sniffBinary } from './binary-input';
import {
  DEFAULT_UNMAPPED_THRESHOLD,
  type CsvFormat,
  type CsvImportOptions,
  type FileSettings,
} from './csv-format';

const MAX_LISTED_HEADER_LINES = 20;

const columnKey = (name: string) => name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

/** A csv-parse error as a problem at its line, without quoting raw bytes. */
async function csvProblem(error: { code?: string; lines?: number; message: string }, source: ImportSource): Promise<RowProblem> {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = (await lineOfUnclosedQuote(source)) ?? error.lines ?? 0;
    return { line, column: null, reason: 'a quote opened on this line is never closed: the rest of the file would be one field' };
  }
  const value = /value is "(.*)"$/s.exec(error.message)?.[1];
  const message = error.message.replace(/,? value is ".*"$/s, '').replace(/ at line \d+/, '');
  return { line: error.lines ?? 0, column: null, reason: value === undefined ? message : `${message} (field starts "${shown(value)}")` };
}

/** Whether the server takes COPY FROM STDIN; PGlite terminates the connection on it. */
export async function supportsCopy(client: ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ version: string }>('select version() as version');
  return !/pglite/i.test(rows[0]?.version ?? '');
}

/**
 * Imports one CSV file of a format, all or nothing: the batch row and every record
 * are written in one transaction on one connection, and any invalid row rolls it all back.
 * The file is streamed, checksummed as it is parsed, and never held whole in memory: once by the
 * fast reader, and once more by the careful one when the fast one cannot read it exactly
 * (records/csv-reading.ts).
 *
 * Duplicates are found by record, not by file: every record is written with its content key,
 * then, before commit, the months the file covers are compared with the months already held for
 * the organisation and dataset. No overlap: commit. Every record of the file already held:
 * roll back, ALREADY_IMPORTED. Otherwise the file is refused naming the months, unless
 * `replaceMonths` is set, in which case the held records of those months are deleted and the
 * file's kept, in the same transaction.
 */
export async function importCsv<Row extends { occurredAt: Date }>(format: CsvFormat<Row>, options: CsvImportOptions): Promise<ImportReport> {
  const started = performance.now();
  try {
    return await importCsvReading(format, options, 'fast');
  } catch (error) {
    if (!(error instanceof NotReadableFast)) throw error;
    // Nothing of the fast reading is kept: the careful one reads the file from its first byte.
    const report = await importCsvReading(format, options, 'careful');
    report.durationMs = Math.round(performance.now() - started);
    report.rowsPerSecond = report.durationMs > 0 ? Math.round((report.rowsImported * 1000) / report.durationMs) : 0;
    return report;
  }
}

async function importCsvReading<Row extends { occurredAt: Date }>(
  format: CsvFormat<Row>,
  options: CsvImportOptions,
  reading: CsvReading,
): Promise<ImportReport> {
  const started = performance.now();
  const { client, schema, organisationKey, source } = options;
  // Binary and compressed files are refused before anything is parsed, claimed or echoed.
  const binary = await sniffBinary(source);
  const report = startingReport({
    dataset: format.dataset,
    organisationKey,
    sourceName: source.name,
    writePath: 'NONE',
    unmappedThreshold: options.unmappedThreshold ?? DEFAULT_UNMAPPED_THRESHOLD,
    acceptUnmapped: options.acceptUnmapped ?? false,
  });
  const finish = () => {
    report.durationMs = Math.round(performance.now() - started);
    report.rowsPerSecond = report.durationMs > 0 ? Math.round((report.rowsImported * 1000) / report.durationMs) : 0;
    return report;
  };
  const batchTable = `${quoteIdent(schema)}."import_batch"`;
  if (binary) {
    report.checksum = await checksumOf(source);
    report.problems = [{ line: 1, column: null, reason: binary }];
    report.problemCount = 1;
    return finish();
  }

  await client.query('begin');
  let writer: RecordWriter<Row> | undefined;
  try {
    // Imports of one organisation and dataset run one after the other: a second import of the
    // same records waits here, then finds them held.
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`edhr-import:${schema}:${organisationKey}:${format.dataset}`]);
    const batchId = randomUUID();
    await client.query(
      `insert into ${batchTable} (id, organisation_key, dataset, source_name, checksum, row_count, imported_at)
       values ($1, $2, $3, $4, '', 0, now())`,
      [batchId, organisationKey, format.dataset, source.name.slice(0, 300)],
    );
    const identity = new RecordIdentity(organisationKey, format.dataset);
    const months = new MonthTally();
    const formatSummary = format.summary;
    const summary = formatSummary?.start();

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
    // A NUL byte past the first 64 KB: stop there rather than let the parser quote binary data.
    let nulAt = -1;
    // The checksum is taken from the bytes as they are parsed: one read of the file, not two.
    const fileHash = createHash('sha256');
    let readToEnd = false;
    const input = source.open();
    input.on('end', () => {
      readToEnd = true;
    });
    input.on('data', (chunk: Buffer) => {
      fileHash.update(chunk);
      if (nulAt < 0) {
        const at = chunk.indexOf(0);
        if (at >= 0) nulAt = bytesRead + at;
      }
      bytesRead += chunk.length;
      options.onProgress?.(bytesRead);
    });
    const lines = csvLines(input, reading);
    let positions: ReturnType<CsvFormat<Row>['readHeader']> | undefined;
    let headerLength = 0;
    let header: readonly string[] = [];
    let headerKeys = '';
    const settings: FileSettings = { selfDefinedCodes: options.selfDefinedCodes };
    // Files joined end to end (a year of monthly files) repeat the header row. A row that repeats
    // line 1 column for column carries no record: it is skipped and counted. A header row with other
    // columns joins files of different layouts, whose fields cannot be read by line 1's: refused.
    const headerRow = (record: readonly string[], line: number): boolean => {
      if (record.length === headerLength && record.map(columnKey).join('\u0000') === headerKeys) {
        report.repeatedHeaderCount++;
        if (report.repeatedHeaderLines.length < MAX_LISTED_HEADER_LINES) report.repeatedHeaderLines.push(line);
        return true;
      }
      if ('mapRecord' in format.readHeader(record)) {
        refuse({
          line,
          column: null,
          reason: `is a header row whose columns differ from line 1's: the file joins files of different layouts; import them separately`,
        });
        return true;
      }
      return false;
    };
    try {
      outer: for await (const batch of lines) {
        if (nulAt >= 0) break;
        for (const { record, line } of batch) {
          if (!positions) {
            positions = format.readHeader(record, settings);
            headerLength = record.length;
            header = record;
            headerKeys = record.map(columnKey).join('\u0000');
            if ('problems' in positions) {
              for (const reason of positions.problems) refuse({ line, column: null, reason });
              break outer;
            }
            continue;
          }
          if (!('mapRecord' in positions)) break outer;
          // Cheap test first: a repeated header starts with line 1's first name.
          if (record[0] === header[0] && headerRow(record, line)) continue;
          if (record.length !== headerLength) {
            if (headerRow(record, line)) continue;
            report.rowsRead++;
            refuse({ line, column: null, reason: `has ${record.length} fields; the header has ${headerLength}` });
            continue;
          }
          const mapped = positions.mapRecord(record, line);
          if (!mapped.ok) {
            if (headerRow(record, line)) continue;
            report.rowsRead++;
            for (const problem of mapped.problems) refuse(problem);
            continue;
          }
          report.rowsRead++;
          if (mapped.unmapped.length > 0) tally.add(mapped.unmapped);
          // After the first refusal nothing more is written; the rest is only checked.
          if (report.problemCount === 0) {
            months.add(mapped.row.occurredAt);
            summary?.add(mapped.row);
            const wait = writer.write(mapped.row, identity.keyOf(format.canonical(mapped.row), line));
            if (wait) await wait;
          }
        }
      }
    } catch (error) {
      const csvError = error as { code?: string; lines?: number; message: string };
      if (!csvError.code?.startsWith('CSV_') && csvError.code !== 'INVALID_OPENING_QUOTE') throw error;
      if (nulAt < 0) refuse(await csvProblem(csvError, source));
    } finally {
      input.destroy();
      await lines.return(undefined);
    }
    // A file refused part way was not read to its end: its checksum takes one more read.
    report.checksum = readToEnd ? fileHash.digest('hex') : await checksumOf(source);
    if (nulAt >= 0) refuse({ line: 1, column: null, reason: nulReason(nulAt) });
    if (nulAt >= 0) {
      // Already refused as binary; nothing else about the file is worth saying.
    } else if (!positions) {
      // A CSV syntax error can end the parse before the header row reached this loop.
      if (report.problemCount === 0) refuse({ line: 1, column: null, reason: 'the file is empty: no header row' });
    }
    else if ('mapRecord' in positions && report.rowsRead === 0 && report.problemCount === 0) {
      refuse({ line: 2, column: null, reason: 'the file has a header but no records' });
    }
    const end = positions && 'mapRecord' in positions ? positions.endOfFile?.() : undefined;
    if (end?.selfDefinedCodes) report.selfDefinedCodes = end.selfDefinedCodes;
    for (const problem of end?.problems ?? []) refuse(problem);
    if (end?.rerun && report.problemCount === 0 && !options.selfDefinedCodes) {
      // The file's own values settled what its bare codes mean: read it again with that scheme.
      await writer.abort();
      await client.query('rollback');
      const again = await importCsvReading(format, { ...options, ...end.rerun }, reading);
      again.selfDefinedCodes = end.selfDefinedCodes ?? again.selfDefinedCodes;
      again.durationMs = Math.round(performance.now() - started);
      return again;
    }
    report.unmapped = tally.toReport(report.rowsRead, new Set(format.protectedCharacteristicColumns ?? []));
    if (report.problemCount === 0 && !report.acceptUnmapped) {
      for (const column of report.unmapped) {
        if (!column.protectedCharacteristic || column.share <= report.unmappedThreshold) continue;
        const top = column.values.slice(0, 5).map((v) => `"${shown(v.value)}" ×${v.count}`).join(', ');
        refuse({
          line: 1,
          column: column.column,
          reason:
            `${column.count} of ${report.rowsRead} values (${percent(column.share)}) are unmapped, above the ` +
            `${percent(report.unmappedThreshold)} threshold for a protected characteristic: ${top}. ` +
            'Add mapping rules for them, or import knowingly with --accept-unmapped (acceptUnmapped: true)',
        });
      }
    }
    report.problems = problems;

    if (report.problemCount > 0) {
      await writer.abort();
      await client.query('rollback');
      return finish();
    }
    await writer.finish();
    report.repeatedInFile = await identity.settle({ client, table: qualifiedName(schema, format.table.name), batchId });

    const overlap = await settleImport(
      {
        client,
        schema,
        table: format.table.name,
        datasetColumn: hasDatasetColumn(format),
        organisationKey,
        dataset: format.dataset,
        batchId,
        months: months.counts,
        replaceMonths: options.replaceMonths ?? false,
        summary:
          summary && formatSummary
            ? { write: (scope) => summary.write(scope), removeMonths: (scope, held) => formatSummary.removeMonths(scope, held) }
            : undefined,
      },
      report,
    );
    if (overlap) {
      refuse(overlap);
      report.problems = problems;
    }
    return finish();
  } catch (error) {
    await writer?.abort().catch(() => undefined);
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

const hasDatasetColumn = <Row>(format: CsvFormat<Row>) => format.table.columns.some(([column]) => column === 'dataset');

