/** The columns of the police open-data street-level stop-and-search CSV, as published. */
export const STOP_SEARCH_COLUMNS = [
  'Type',
  'Date',
  'Part of a policing operation',
  'Policing operation',
  'Latitude',
  'Longitude',
  'Gender',
  'Age range',
  'Self-defined ethnicity',
  'Officer-defined ethnicity',
  'Legislation',
  'Object of search',
  'Outcome',
  'Outcome linked to object of search',
  'Removal of more than just outer clothing',
] as const;

export type StopSearchColumn = (typeof STOP_SEARCH_COLUMNS)[number];

/** Where each column sits in one file: files reorder columns over the years, so match by name. */
export type ColumnPositions = Record<StopSearchColumn, number>;

const key = (name: string) => name.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads the header row. Names match case- and spacing-insensitively; extra columns are
 * ignored. Returns the positions, or the reasons the header cannot be used.
 */
export function readHeader(header: readonly string[]): { positions: ColumnPositions } | { problems: string[] } {
  return readColumns(header, STOP_SEARCH_COLUMNS);
}

/** Finds the given columns in a header row (any CSV format), by name as readHeader does. */
export function readColumns<C extends string>(
  header: readonly string[],
  columns: readonly C[],
): { positions: Record<C, number> } | { problems: string[] } {
  if (header.length === 1 && header[0]!.includes(';')) {
    return { problems: ['the header is separated by semicolons: the file must be comma-separated'] };
  }
  if (header.length === 1 && header[0]!.includes('\t')) {
    return { problems: ['the header is separated by tabs: the file must be comma-separated'] };
  }
  const found = new Map(header.map((name, index) => [key(name), index]));
  const positions = {} as Record<C, number>;
  const missing: string[] = [];
  for (const column of columns) {
    const index = found.get(key(column));
    if (index === undefined) missing.push(column);
    else positions[column] = index;
  }
  if (missing.length > 0) return { problems: missing.map((column) => `missing column "${column}"`) };
  return { positions };
}
