/** Why one record (or the file, at line 0) cannot be stored: the line, the column if one, the reason. */
export interface RowProblem {
  line: number;
  column: string | null;
  reason: string;
}

/** A value kept as written because no rule recognised it. */
export interface UnmappedValue {
  /** The column as the format names it. */
  column: string;
  value: string;
}
