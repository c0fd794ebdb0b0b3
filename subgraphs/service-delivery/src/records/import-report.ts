import type { SelfDefinedCodeScheme } from '@edhr/schema';
import type { RowProblem, UnmappedValue } from './row-problem';
import type { HeldMonth } from './held-months';

export type ImportStatus = 'IMPORTED' | 'ALREADY_IMPORTED' | 'REFUSED';
export type WritePath = 'COPY' | 'BATCHED_INSERT' | 'NONE';

export interface UnmappedColumnCount {
  column: string;
  count: number;
  /** count ÷ records read (0 … 1). */
  share: number;
  /** Whether the column holds a protected characteristic (its share is held to the threshold). */
  protectedCharacteristic: boolean;
  /** The distinct values kept as written, most frequent first (at most MAX_UNMAPPED_VALUES). */
  values: { value: string; count: number }[];
}

/**
 * The report an import starts from: refused, nothing read or written, until the import says
 * otherwise. Every import path starts from it, so a field added to the report starts the same everywhere.
 */
export function startingReport(start: Pick<ImportReport, 'dataset' | 'organisationKey' | 'sourceName' | 'writePath' | 'unmappedThreshold' | 'acceptUnmapped'>): ImportReport {
  return {
    status: 'REFUSED',
    ...start,
    checksum: '',
    batchId: null,
    rowsRead: 0,
    rowsImported: 0,
    rowsNew: 0,
    rowsAlreadyHeld: 0,
    repeatedInFile: 0,
    heldMonths: [],
    monthsReplaced: [],
    rowsReplaced: 0,
    durationMs: 0,
    rowsPerSecond: 0,
    unmapped: [],
    problems: [],
    problemCount: 0,
    repeatedHeaderCount: 0,
    repeatedHeaderLines: [],
    selfDefinedCodes: null,
  };
}

/** What an import did, or why it refused the file; the same shape for the CLI and the mutation. */
export interface ImportReport {
  status: ImportStatus;
  dataset: string;
  organisationKey: string;
  sourceName: string;
  checksum: string;
  batchId: string | null;
  /** Records in the file (every one, duplicates within the file included). */
  rowsRead: number;
  /** Records this import added (committed); 0 unless IMPORTED. */
  rowsImported: number;
  /** Records of the file not held before (by content key). */
  rowsNew: number;
  /** Records of the file already held (by content key), whatever the bytes they came in. */
  rowsAlreadyHeld: number;
  /** Records that repeat an earlier record of the same file exactly: separate events, each counted. */
  repeatedInFile: number;
  /** The file's months that already held records of the organisation and dataset. */
  heldMonths: HeldMonth[];
  /** Months whose held records this import replaced (replaceMonths). */
  monthsReplaced: string[];
  /** Held records deleted because their month was replaced. */
  rowsReplaced: number;
  writePath: WritePath;
  durationMs: number;
  rowsPerSecond: number;
  unmapped: UnmappedColumnCount[];
  /** Reasons the file was refused, by line (at most MAX_REPORTED_PROBLEMS). */
  problems: RowProblem[];
  /** Every problem found, including those not listed. */
  problemCount: number;
  /** Rows that repeat the header row (files joined end to end): skipped, not records. */
  repeatedHeaderCount: number;
  /** Their line numbers (at most 20). */
  repeatedHeaderLines: number[];
  /** The largest share of a protected-characteristic column that may be unmapped. */
  unmappedThreshold: number;
  /** Whether the import was asked to go ahead above that share. */
  acceptUnmapped: boolean;
  /** The self-defined ethnicity code scheme bare codes were read with, when one was needed or shown. */
  selfDefinedCodes: SelfDefinedCodesReport | null;
}

export interface SelfDefinedCodesReport {
  scheme: SelfDefinedCodeScheme | null;
  /** OPTION: given with the import; FILE: shown by the file's own values; NONE: neither. */
  source: 'OPTION' | 'FILE' | 'NONE';
  /** A value of the file only that scheme has, e.g. "Chinese or other ethnic group - Chinese (O1)". */
  evidence: string | null;
}

export const MAX_REPORTED_PROBLEMS = 200;
const MAX_UNMAPPED_VALUES = 20;

/** Counts unmapped values per column without keeping more than a bounded set of distinct values. */
export class UnmappedTally {
  private readonly columns = new Map<string, { count: number; values: Map<string, number> }>();

  add(values: readonly UnmappedValue[]): void {
    for (const { column, value } of values) this.addCount(column, value, 1);
  }

  /** `count` records of `column` holding `value` (values added in the order the file first shows them). */
  addCount(column: string, value: string, count: number): void {
    let entry = this.columns.get(column);
    if (!entry) this.columns.set(column, (entry = { count: 0, values: new Map() }));
    entry.count += count;
    // Bounded: a file of all-different junk must not grow memory without limit.
    if (entry.values.has(value) || entry.values.size < 1000) entry.values.set(value, (entry.values.get(value) ?? 0) + count);
  }

  toReport(rowsRead = 0, protectedColumns: ReadonlySet<string> = new Set()): UnmappedColumnCount[] {
    return [...this.columns.entries()].map(([column, entry]) => ({
      column,
      count: entry.count,
      share: rowsRead > 0 ? entry.count / rowsRead : 0,
      protectedCharacteristic: protectedColumns.has(column),
      values: [...entry.values.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, MAX_UNMAPPED_VALUES)
        .map(([value, count]) => ({ value, count })),
    }));
  }
}
