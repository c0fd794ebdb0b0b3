import type { DetailedEthnicGroupCode } from './census2021-ethnic-groups.js';

// BlackThrive/searchlight (inst/extdata/ethnicity.csv)
// Rows in the file's order; policeCode, censusCode, ethnicity19 and ethnicity5 are its four columns
// (an empty census_code is null), and `group` is the Census 2021 group this package keys it to.
const PACE_ETHNICITY_ROWS = [
  { policeCode: 'A3', censusCode: 1, ethnicity19: 'Bangladeshi', ethnicity5: 'Asian', group: 'ASIAN_BANGLADESHI' },
  { policeCode: 'A4', censusCode: 2, ethnicity19: 'Chinese', ethnicity5: 'Asian', group: 'ASIAN_CHINESE' },
  { policeCode: 'A1', censusCode: 3, ethnicity19: 'Indian', ethnicity5: 'Asian', group: 'ASIAN_INDIAN' },
  { policeCode: 'A2', censusCode: 4, ethnicity19: 'Pakistani', ethnicity5: 'Asian', group: 'ASIAN_PAKISTANI' },
  { policeCode: 'A9', censusCode: 5, ethnicity19: 'Other Asian', ethnicity5: 'Asian', group: 'ASIAN_OTHER' },
  { policeCode: 'B2', censusCode: 6, ethnicity19: 'African', ethnicity5: 'Black', group: 'BLACK_AFRICAN' },
  { policeCode: 'B1', censusCode: 7, ethnicity19: 'Caribbean', ethnicity5: 'Black', group: 'BLACK_CARIBBEAN' },
  { policeCode: 'B9', censusCode: 8, ethnicity19: 'Other Black', ethnicity5: 'Black', group: 'BLACK_OTHER' },
  { policeCode: 'M3', censusCode: 9, ethnicity19: 'White and Asian', ethnicity5: 'Mixed', group: 'MIXED_WHITE_AND_ASIAN' },
  { policeCode: 'M2', censusCode: 10, ethnicity19: 'White and Black African', ethnicity5: 'Mixed', group: 'MIXED_WHITE_AND_BLACK_AFRICAN' },
  { policeCode: 'M1', censusCode: 11, ethnicity19: 'White and Black Caribbean', ethnicity5: 'Mixed', group: 'MIXED_WHITE_AND_BLACK_CARIBBEAN' },
  { policeCode: 'M9', censusCode: 12, ethnicity19: 'Other Mixed', ethnicity5: 'Mixed', group: 'MIXED_OTHER' },
  { policeCode: 'W1', censusCode: 13, ethnicity19: 'British', ethnicity5: 'White', group: 'WHITE_BRITISH' },
  { policeCode: 'W2', censusCode: 14, ethnicity19: 'Irish', ethnicity5: 'White', group: 'WHITE_IRISH' },
  { policeCode: 'W3', censusCode: 15, ethnicity19: 'Gypsy or Irish Traveller', ethnicity5: 'White', group: 'WHITE_GYPSY_OR_IRISH_TRAVELLER' },
  { policeCode: 'W4', censusCode: 16, ethnicity19: 'Roma', ethnicity5: 'White', group: 'WHITE_ROMA' },
  { policeCode: 'W9', censusCode: 17, ethnicity19: 'Other White', ethnicity5: 'White', group: 'WHITE_OTHER' },
  { policeCode: 'O1', censusCode: 18, ethnicity19: 'Arab', ethnicity5: 'Other', group: 'OTHER_ARAB' },
  { policeCode: 'O9', censusCode: 19, ethnicity19: 'Other ethnic group', ethnicity5: 'Other', group: 'OTHER_ANY_OTHER' },
  { policeCode: 'NS', censusCode: null, ethnicity19: 'Unknown', ethnicity5: 'Unknown', group: null },
] as const satisfies ReadonlyArray<{
  policeCode: string;
  censusCode: number | null;
  ethnicity19: string;
  ethnicity5: string;
  group: DetailedEthnicGroupCode | null;
}>;

/** A self-defined ethnicity code police record under PACE Code A (A1 … O9, NS). */
export type PaceSelfDefinedCode = (typeof PACE_ETHNICITY_ROWS)[number]['policeCode'];

export interface PaceSelfDefinedCodeEntry {
  code: PaceSelfDefinedCode;
  /** The Census 2021 detailed group, or null for NS (not stated). */
  group: DetailedEthnicGroupCode | null;
  /** Census 2021 category number (1 … 19), or null for NS. */
  censusCode: number | null;
}

/** Every self-defined code with the Census 2021 group it corresponds to, in the source file's order. */
export const PACE_SELF_DEFINED_CODES: readonly PaceSelfDefinedCodeEntry[] = PACE_ETHNICITY_ROWS.map((row) => ({
  code: row.policeCode,
  group: row.group,
  censusCode: row.censusCode,
}));

const byCode = new Map(PACE_SELF_DEFINED_CODES.map((e) => [e.code as string, e]));

/** The entry for a code such as "A2" (case and surrounding spaces ignored), or undefined. */
export function findPaceSelfDefinedCode(code: string): PaceSelfDefinedCodeEntry | undefined {
  return byCode.get(code.trim().toUpperCase());
}
