/** One problem with one row of an upload: its line (CSV) or item number (JSON), the field and why. */
export interface RowError {
  line: number;
  field: string;
  message: string;
}

/** What an all-or-nothing import did: with any error, nothing was written. */
export interface ImportReport {
  accepted: boolean;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

/** The report of an import refused whole. */
export function refused(rows: number, errors: RowError[]): ImportReport {
  return { accepted: false, rows, inserted: 0, updated: 0, unchanged: 0, errors };
}
