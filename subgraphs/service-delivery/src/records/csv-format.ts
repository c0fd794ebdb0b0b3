import type { ClientBase } from 'pg';
import type { SelfDefinedCodeScheme } from '@edhr/schema';
import type { RowProblem, UnmappedValue } from './row-problem';
import type { RecordTable } from './record.writer';
import type { ImportReport } from './import-report';
import type { ImportSource } from './import-source';

/**
 * What an import of one CSV format is told (CsvImportOptions) and what a format tells the import
 * loop in csv-import.ts (CsvFormat): how to read its header, map a record and summarise rows.
 */
/** Above this share of a protected-characteristic column unmapped, a file is refused unless accepted. */
export const DEFAULT_UNMAPPED_THRESHOLD = 0.01;

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
  /**
   * When the file's months overlap months already held for the organisation and dataset (and
   * the file is not entirely records already held), replace those months' records with the
   * file's, in the same transaction. Without it such a file is refused, naming the months.
   */
  replaceMonths?: boolean;
  /**
   * Import even when more than `unmappedThreshold` of a protected-characteristic column is
   * unmapped (the values are kept as written and reported as UNMAPPED).
   */
  acceptUnmapped?: boolean;
  /** Share of a protected-characteristic column (0 … 1) that may be unmapped; default 0.01. */
  unmappedThreshold?: number;
  /**
   * The self-defined ethnicity code scheme of the file, for bare codes that differ between
   * schemes (O1). Without it the file's own values decide, and a file that cannot is refused.
   */
  selfDefinedCodes?: SelfDefinedCodeScheme;
}

/** What the format settles about a file once every record has been read. */
export interface EndOfFile {
  /** Reasons to refuse the file that no single record shows. */
  problems?: RowProblem[];
  /** The file must be read again with these settings (nothing of this reading is kept). */
  rerun?: { selfDefinedCodes: SelfDefinedCodeScheme };
  /** The self-defined code scheme the file was read with, and why. */
  selfDefinedCodes?: ImportReport['selfDefinedCodes'];
}

/** How one file is read: the settings of the import that concern its records. */
export interface FileSettings {
  selfDefinedCodes?: SelfDefinedCodeScheme;
}

/** One record mapped for storage, or why it cannot be stored. */
export type MappedCsvRecord<Row> =
  | { ok: true; row: Row; unmapped: readonly UnmappedValue[] }
  | { ok: false; problems: RowProblem[] };

/** One import batch, on the import's connection and inside its transaction. */
export interface SummaryScope {
  client: ClientBase;
  schema: string;
  organisationKey: string;
  batchId: string;
}

/**
 * Counts a format keeps beside its records (stop and search's rollups): counted from the rows as
 * they are written, written before commit, and removed with the records of a replaced month, all
 * in the import's transaction, so they always agree with the records. What `start` holds must not
 * grow with the file's records.
 */
export interface FormatSummary<Row> {
  start(): { add(row: Row): void; write(scope: SummaryScope): Promise<void> };
  removeMonths(scope: SummaryScope, months: readonly string[]): Promise<void>;
}

/** What the import loop needs to know about one CSV format. */
export interface CsvFormat<Row> {
  /** Stored in import_batch.dataset and, for tables holding several datasets, on each record. */
  dataset: string;
  /** The record table and its columns after batch_id, organisation_key and content_key. */
  table: RecordTable<Row>;
  /** A record's normalised fields, from which its content key is made (see record-identity.ts). */
  canonical(row: Row): string;
  /** Reads the header row: a mapper for the records, or the reasons the header cannot be used. */
  readHeader(
    header: readonly string[],
    settings?: FileSettings,
  ): { mapRecord: (record: readonly string[], line: number) => MappedCsvRecord<Row>; endOfFile?: () => EndOfFile } | { problems: string[] };
  /** The columns that hold a protected characteristic: their unmapped share is held to the threshold. */
  protectedCharacteristicColumns?: readonly string[];
  summary?: FormatSummary<Row>;
}
