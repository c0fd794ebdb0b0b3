import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse';
import { readHeader, type ColumnPositions, type StopSearchColumn } from '../stop-search/stop-search-columns';
import { SelfDefinedEthnicityReader } from '../stop-search/self-defined-codes';
import { LABEL_COLUMNS, type LabelReading } from '../stop-search/stop-search-labels';
import { canonicalSql, keyOfSql, LABEL_TABLE, labelJoins, stagingSql } from '../stop-search/stop-search-staging.sql';
import { recordTable } from '../stop-search/stop-search-record.columns';
import { quoteIdent } from '../records/sql-identifier';
import { ROLLUP_DIMENSIONS } from '../rollups/stop-search-rollup.dimensions';
import { removeRollupMonths } from '../rollups/stop-search-rollup.store';
import { CREATE_DAY_CUBE, DAY_CUBE_TABLE, dayCubeSelect, monthsOfCube, writeRollupFromCube } from '../rollups/stop-search-rollup.cube';
import { sniffBinary } from '../records/binary-input';
import { DEFAULT_UNMAPPED_THRESHOLD, type CsvImportOptions } from '../records/csv-format';
import type { ImportSource } from '../records/import-source';
import { startingReport, UnmappedTally, type ImportReport } from '../records/import-report';
import { settleImport } from '../records/settle-import';
import { copyToStaging, STAGING_TABLE, stagingColumn } from '../records/staging-copy';

/**
 * The stop-and-search import on a PostgreSQL server, with the server doing the reading: the file's
 * bytes are copied unparsed into a staging table (imports/staging-copy.ts), each column's distinct
 * values are mapped here by the open-data rules into a label table, and one INSERT … SELECT maps,
 * checks, keys and stores every record, counting the rollups from what it wrote. Nothing in this
 * process grows with the file.
 *
 * It takes the files whose every record is valid. For any file it would refuse (a bad date, a
 * short row, a quote never closed, a value whose code scheme the file does not settle, too much
 * unmapped) it rolls back and returns undefined, and the import reads the file in the client
 * (csv-import.ts), which names each line and field; so a refusal reads as it always has. So do
 * files it cannot number lines for by row (a field holding a line break).
 */
export async function importStopSearchOnServer(
  options: CsvImportOptions,
  dataset: string,
  protectedColumns: ReadonlySet<string>,
): Promise<ImportReport | undefined> {
  const started = performance.now();
  const { client, schema, organisationKey, source } = options;
  if (await sniffBinary(source)) return undefined;
  const header = await firstRecord(source);
  if (!header || header.some((name) => /[\r\n]/.test(name))) return undefined;
  const read = readHeader(header);
  if ('problems' in read) return undefined;
  const positions = read.positions;

  const report = startingReport({
    dataset,
    organisationKey,
    sourceName: source.name,
    writePath: 'SERVER_COPY',
    unmappedThreshold: options.unmappedThreshold ?? DEFAULT_UNMAPPED_THRESHOLD,
    acceptUnmapped: options.acceptUnmapped ?? false,
  });
  const giveUp = async () => {
    await client.query('rollback');
    return undefined;
  };

  await client.query('begin');
  try {
    // float8 to text in its shortest exact form, as the content key's numbers are written.
    await client.query('set local extra_float_digits = 1');
    await client.query(`set local datestyle = 'ISO, YMD'`);
    // The label joins as written, each a hash join on a few hundred labels (estimates on a fresh
    // temporary table would pick an index probe a row per label).
    await client.query('set local join_collapse_limit = 1');
    await client.query('set local enable_nestloop = off');
    // Compiling these statements costs seconds (their costs are inflated by the setting above).
    await client.query('set local jit = off');
    // Dates and coordinates rarely repeat from one row to the next: caching them costs more than it saves.
    await client.query('set local enable_memoize = off');
    await client.query(`set local work_mem = '64MB'`);
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`edhr-import:${schema}:${organisationKey}:${dataset}`]);
    const batchId = randomUUID();
    await client.query(
      `insert into ${quoteIdent(schema)}."import_batch" (id, organisation_key, dataset, source_name, checksum, row_count, imported_at)
       values ($1, $2, $3, $4, '', 0, now())`,
      [batchId, organisationKey, dataset, source.name.slice(0, 300)],
    );
    let staged;
    try {
      staged = await copyToStaging(client, source, header.length, options.onProgress);
    } catch (error) {
      // The server could not read it as a CSV of the header's width: the client will say where.
      if (isDataError(error)) return await giveUp();
      throw error;
    }
    report.checksum = staged.checksum;
    if (staged.unsafe || staged.rows === 0) return await giveUp();
    // The staging table is not analysed: the plans are the same without (the planner counts its
    // pages; the label joins are settled below), and sampling it cost 4–7% of an import.
    // Line numbers are row numbers + 1 only when no field holds a line break.
    if (!staged.oneLinePerRow) return await giveUp();

    const headerRows = await repeatedHeaderRows(options, header, positions);
    if (!headerRows) return await giveUp();
    report.repeatedHeaderCount = headerRows.length;
    report.repeatedHeaderLines = headerRows.slice(0, 20).map((n) => n + 1);
    report.rowsRead = staged.rows - headerRows.length;
    if (report.rowsRead === 0) return await giveUp();

    const distinct = await distinctLabels(options, positions, headerRows);
    const labels = readLabels(distinct, options);
    if (!labels) return await giveUp();
    report.selfDefinedCodes = labels.selfDefinedCodes;
    await writeLabels(options, distinct, labels.readings);

    report.unmapped = unmappedReport(distinct, labels.readings, report.rowsRead, protectedColumns);
    const overThreshold = report.unmapped.some((c) => c.protectedCharacteristic && c.share > report.unmappedThreshold);
    if (overThreshold && !report.acceptUnmapped) return await giveUp();

    let written;
    try {
      written = await writeRecords(options, positions, batchId, dataset, headerRows);
    } catch (error) {
      if (isDataError(error)) return await giveUp();
      throw error;
    }
    // A record left out is one the client must name.
    if (written.rows !== report.rowsRead) return await giveUp();
    report.repeatedInFile = written.repeats;

    const scope = { client, schema, organisationKey, batchId };
    const overlap = await settleImport(
      {
        client,
        schema,
        table: 'stop_search_record',
        datasetColumn: false,
        organisationKey,
        dataset,
        batchId,
        months: await monthsOfCube(scope),
        replaceMonths: options.replaceMonths ?? false,
        summary: { write: writeRollupFromCube, removeMonths: removeRollupMonths },
      },
      report,
    );
    if (overlap) {
      report.problems = [overlap];
      report.problemCount = 1;
    }
    report.durationMs = Math.round(performance.now() - started);
    report.rowsPerSecond = report.durationMs > 0 ? Math.round((report.rowsImported * 1000) / report.durationMs) : 0;
    return report;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  }
}

/**
 * A data exception from the server (SQLSTATE class 22): a row COPY cannot read (wrong number of
 * fields, a quote never closed, bytes not UTF-8) or a value the statement cannot convert (30
 * February). Any other error is a fault, not the file's.
 */
const isDataError = (error: unknown) =>
  typeof error === 'object' && error !== null && /^22[0-9A-Z]{3}$/.test(String((error as { code?: unknown }).code));

/** The file's first record (its header), read by the same CSV reader as the client import. */
async function firstRecord(source: ImportSource): Promise<string[] | undefined> {
  const input = source.open();
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, to: 1 }));
  try {
    for await (const record of parser) return record as string[];
    return undefined;
  } catch {
    return undefined;
  } finally {
    input.destroy();
    parser.destroy();
  }
}

interface DistinctValue {
  col: number;
  raw: string;
  count: number;
  /** Row number (in file order) of its first record. */
  first: number;
}

/** Each label column's distinct values with their counts and first rows, in one pass over the staging table. */
async function distinctLabels(options: CsvImportOptions, positions: ColumnPositions, headerRows: readonly number[]): Promise<DistinctValue[]> {
  const columns = LABEL_COLUMNS.map((c) => `s.${stagingColumn(positions[c.column])}`);
  const { rows } = await options.client.query<{ g: number; values: (string | null)[]; count: string; first: string }>(
    `select grouping(${columns.join(', ')}) as g, array[${columns.join(', ')}] as values, count(*) as count, min(s.n) as first
       from ${STAGING_TABLE} s where s.n <> all($1::bigint[]) group by grouping sets (${columns.map((c) => `(${c})`).join(', ')})`,
    [headerRows],
  );
  const all = (1 << columns.length) - 1;
  return rows.map((row) => {
    // grouping() sets a bit for each column not grouped, the first column the highest bit.
    const col = columns.findIndex((_, i) => ((all ^ row.g) >> (columns.length - 1 - i)) & 1);
    return { col, raw: row.values[col] ?? '', count: Number(row.count), first: Number(row.first) };
  }).sort((a, b) => a.first - b.first || a.col - b.col);
}

/** Maps every distinct value by the open-data rules, settling the self-defined code scheme as the client does. */
function readLabels(
  distinct: readonly DistinctValue[],
  options: CsvImportOptions,
): { readings: LabelReading[]; selfDefinedCodes: ImportReport['selfDefinedCodes'] } | undefined {
  const readAll = (selfDefined: SelfDefinedEthnicityReader) =>
    distinct.map((value) => LABEL_COLUMNS[value.col]!.read(value.raw, selfDefined, value.first + 1, value.count));
  const reader = new SelfDefinedEthnicityReader('Self-defined ethnicity', options.selfDefinedCodes);
  let readings = readAll(reader);
  const end = reader.endOfFile();
  if (end.problems && end.problems.length > 0) return undefined;
  if (end.rerun) {
    // The file's own values settled the scheme: read its bare codes again by it.
    readings = readAll(new SelfDefinedEthnicityReader('Self-defined ethnicity', end.rerun.selfDefinedCodes));
  }
  return { readings, selfDefinedCodes: end.selfDefinedCodes ?? null };
}

async function writeLabels(options: CsvImportOptions, distinct: readonly DistinctValue[], readings: readonly LabelReading[]): Promise<void> {
  await options.client.query(
    `create temp table import_label (col smallint not null, raw text not null, code text, detailed text, flag boolean,
       canonical text not null, primary key (col, raw)) on commit drop`,
  );
  await options.client.query(
    `insert into ${LABEL_TABLE} select * from unnest($1::smallint[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[])`,
    [
      distinct.map((d) => d.col),
      distinct.map((d) => d.raw),
      readings.map((r) => r.code),
      readings.map((r) => r.detailed),
      readings.map((r) => r.flag),
      readings.map((r) => r.canonical),
    ],
  );
  await options.client.query(`analyze ${LABEL_TABLE}`);
}

const columnKey = (name: string) => name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Row numbers of the rows that repeat the header (files joined end to end), found among the rows
 * whose Gender field holds the word; undefined when one of them is a header of another layout
 * (refused, in the client).
 */
async function repeatedHeaderRows(options: CsvImportOptions, header: readonly string[], positions: ColumnPositions): Promise<number[] | undefined> {
  const headerKeys = header.map(columnKey).join('\u0000');
  const { rows } = await options.client.query<{ n: string; fields: string[] }>(
    `select n, array[${header.map((_, i) => stagingColumn(i)).join(', ')}] as fields from ${STAGING_TABLE}
      where ${stagingColumn(positions.Gender)} ilike '%gender%' order by n`,
  );
  const found: number[] = [];
  for (const row of rows) {
    if (row.fields.map(columnKey).join('\u0000') === headerKeys) found.push(Number(row.n));
    else if ('positions' in readHeader(row.fields)) return undefined;
  }
  return found;
}

/** The unmapped values per reported column, as the client's tally gives them (columns in order of first appearance). */
function unmappedReport(
  distinct: readonly DistinctValue[],
  readings: readonly LabelReading[],
  rowsRead: number,
  protectedColumns: ReadonlySet<string>,
): ImportReport['unmapped'] {
  const tally = new UnmappedTally();
  distinct.forEach((value, i) => {
    const column = LABEL_COLUMNS[value.col]!;
    if (column.reported && !readings[i]!.mapped) tally.addCount(column.column, value.raw, value.count);
  });
  return tally.toReport(rowsRead, protectedColumns);
}

/** The record table's column holding each label column's text as written. */
const RAW_COLUMN: Readonly<Partial<Record<StopSearchColumn, string>>> = {
  Gender: 'gender_raw',
  'Age range': 'age_range_raw',
  'Self-defined ethnicity': 'self_defined_ethnicity_raw',
  'Officer-defined ethnicity': 'officer_defined_ethnicity_raw',
  Type: 'type_raw',
  'Part of a policing operation': 'part_of_operation_raw',
  Legislation: 'legislation_raw',
  'Object of search': 'object_of_search_raw',
  Outcome: 'outcome_raw',
  'Outcome linked to object of search': 'outcome_linked_raw',
  'Removal of more than just outer clothing': 'removal_of_clothing_raw',
  'Policing operation': 'policing_operation',
};

/**
 * Writes every valid record of the staging table with its content key, in one statement that also
 * counts the day cube and the keys written more than once from what it wrote. Identical records of
 * the file are then told apart by their occurrence in file order, as RecordIdentity does: the first
 * keeps key(fields), the next key(fields + occurrence 1), and so on.
 */
async function writeRecords(
  options: CsvImportOptions,
  positions: ColumnPositions,
  batchId: string,
  dataset: string,
  headerRows: readonly number[],
): Promise<{ rows: number; repeats: number }> {
  const { client, schema, organisationKey } = options;
  const sql = stagingSql(positions);
  const prefix = `${organisationKey}\u001f${dataset}\u001f`;
  await client.query(CREATE_DAY_CUBE);
  await client.query('create temp table import_repeated_key (content_key uuid primary key, records int not null) on commit drop');
  const l = sql.label;
  const columns: Array<[string, string]> = [
    ['batch_id', '$3::uuid'],
    ['organisation_key', '$4::text'],
    ['content_key', keyOfSql(`$1 || ${sql.canonical}`)],
    ['line_number', '(s.n + 1)::int'],
    ['type_raw', sql.raw('Type')],
    ['search_type', `${l('Type')}.code`],
    ['date_raw', sql.raw('Date')],
    ['occurred_at', 'v.occurred_at'],
    ['part_of_operation_raw', sql.raw('Part of a policing operation')],
    ['part_of_operation', `${l('Part of a policing operation')}.flag`],
    ['policing_operation', sql.raw('Policing operation')],
    ['latitude', 'v.latitude'],
    ['longitude', 'v.longitude'],
    ['gender_raw', sql.raw('Gender')],
    ['sex', `${l('Gender')}.code`],
    ['age_range_raw', sql.raw('Age range')],
    ['age_range', `${l('Age range')}.code`],
    ['self_defined_ethnicity_raw', sql.raw('Self-defined ethnicity')],
    ['self_defined_broad', `${l('Self-defined ethnicity')}.code`],
    ['self_defined_detailed', `${l('Self-defined ethnicity')}.detailed`],
    ['officer_defined_ethnicity_raw', sql.raw('Officer-defined ethnicity')],
    ['officer_defined_broad', `${l('Officer-defined ethnicity')}.code`],
    ['legislation_raw', sql.raw('Legislation')],
    ['legislation', `${l('Legislation')}.code`],
    ['object_of_search_raw', sql.raw('Object of search')],
    ['object_of_search', `${l('Object of search')}.code`],
    ['outcome_raw', sql.raw('Outcome')],
    ['outcome', `${l('Outcome')}.code`],
    ['outcome_linked_raw', sql.raw('Outcome linked to object of search')],
    ['outcome_linked', `${l('Outcome linked to object of search')}.flag`],
    ['removal_of_clothing_raw', sql.raw('Removal of more than just outer clothing')],
    ['removal_of_clothing', `${l('Removal of more than just outer clothing')}.flag`],
  ];
  const returned = [...new Set(['content_key', 'occurred_at', ...ROLLUP_DIMENSIONS.map((d) => d.column), 'outcome', 'outcome_linked'])];
  await client.query(
    `with written as (
       insert into ${recordTable(schema)} (${columns.map(([c]) => quoteIdent(c)).join(', ')})
       select ${columns.map(([, value]) => value).join(', ')}
         from ${sql.from}
        where ${sql.valid} and s.n <> all($2::bigint[])
       returning ${returned.map(quoteIdent).join(', ')}),
     cube as (insert into ${DAY_CUBE_TABLE} ${dayCubeSelect('written')})
     insert into pg_temp.import_repeated_key select content_key, count(*) from written group by 1 having count(*) > 1`,
    [prefix, headerRows, batchId, organisationKey],
  );
  const { rows: repeated } = await client.query<{ n: string | null }>('select sum(records - 1) as n from pg_temp.import_repeated_key');
  const repeats = Number(repeated[0]?.n ?? 0);
  if (repeats > 0) {
    const canonical = canonicalSql('r.occurred_at', 'r.latitude', 'r.longitude');
    await client.query(
      `with ranked as (
         select r.id, (row_number() over (partition by r.content_key order by r.line_number) - 1)::int as occurrence, ${canonical} as text
           from ${recordTable(schema)} r
           ${labelJoins((column) => `r.${quoteIdent(RAW_COLUMN[column]!)}`)}
          where r.batch_id = $2::uuid and r.content_key in (select content_key from pg_temp.import_repeated_key))
       update ${recordTable(schema)} r set content_key = ${keyOfSql(`$1 || ranked.text || E'\\x1E' || ranked.occurrence`)}
         from ranked where r.id = ranked.id and ranked.occurrence > 0`,
      [prefix, batchId],
    );
  }
  const { rows } = await client.query<{ n: string | null }>(`select sum(searches) as n from ${DAY_CUBE_TABLE}`);
  return { rows: Number(rows[0]?.n ?? 0), repeats };
}
