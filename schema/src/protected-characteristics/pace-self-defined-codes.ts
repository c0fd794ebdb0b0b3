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

/**
 * The two code schemes police have used for self-defined ethnicity:
 * - `16+1`, from the 2001 Census (ACPO, *Guide to Self-Defined Ethnicity and Descriptive
 *   Monitoring*, 2002): W1 W2 W9, M1 M2 M3 M9, A1 A2 A3 A9, B1 B2 B9, O1 Chinese, O9 any other, NS;
 * - `18+1`, from the 2011 Census: adds W3 Gypsy or Irish Traveller and A4 Chinese (Chinese moved
 *   under Asian) and gives the Other group's first code to Arab (O1 in the lookup above; some
 *   descriptions write O2). W4 Roma came with the 2021 Census wording.
 * Every code means the same in both schemes except O1: Chinese in 16+1, Arab in 18+1. A bare "O1"
 * can only be read once the scheme is known.
 */
export type SelfDefinedCodeScheme = '16+1' | '18+1';

export const SELF_DEFINED_CODE_SCHEMES: readonly SelfDefinedCodeScheme[] = ['16+1', '18+1'];

const sixteenPlusOne = new Map<string, PaceSelfDefinedCodeEntry>(
  (['W1', 'W2', 'W9', 'M1', 'M2', 'M3', 'M9', 'A1', 'A2', 'A3', 'A9', 'B1', 'B2', 'B9', 'O9', 'NS'] as const).map((code) => [
    code,
    byCode.get(code)!,
  ]),
);
// The 2001 Census put Chinese under "Chinese or other ethnic group"; Census 2021 counts it as Asian.
sixteenPlusOne.set('O1', { code: 'O1', group: 'ASIAN_CHINESE', censusCode: byCode.get('A4')!.censusCode });

const eighteenPlusOne = new Map(byCode);
// O2 for Arab, as some descriptions of the 18+1 codes write it; it exists in no other scheme.
eighteenPlusOne.set('O2', byCode.get('O1')!);

const SCHEME_TABLES: Readonly<Record<SelfDefinedCodeScheme, ReadonlyMap<string, PaceSelfDefinedCodeEntry>>> = {
  '16+1': sixteenPlusOne,
  '18+1': eighteenPlusOne,
};

/** A code as written, upper-cased; "01"/"09" (a zero for the letter O, seen in published lists) read as O1/O9. */
function codeKey(code: string): string {
  const key = code.trim().toUpperCase();
  return key === '01' || key === '09' ? `O${key[1]}` : key;
}

/**
 * The entry for a code such as "A2" (case and surrounding spaces ignored), or undefined. Without a
 * scheme the lookup above is used (18+1, where O1 is Arab); use readSelfDefinedCode where the
 * scheme matters.
 */
export function findPaceSelfDefinedCode(code: string, scheme?: SelfDefinedCodeScheme): PaceSelfDefinedCodeEntry | undefined {
  return scheme ? SCHEME_TABLES[scheme].get(codeKey(code)) : byCode.get(code.trim().toUpperCase());
}

/** What a code means in each scheme, and so whether it can be read without knowing the scheme. */
export type SelfDefinedCodeReading =
  /** The same in every scheme that has it; `only` names the scheme when just one has the code. */
  | { kind: 'code'; entry: PaceSelfDefinedCodeEntry; only?: SelfDefinedCodeScheme }
  /** Different in each scheme (O1): `byScheme` gives each meaning. */
  | { kind: 'ambiguous'; byScheme: Record<SelfDefinedCodeScheme, PaceSelfDefinedCodeEntry> }
  | { kind: 'unknown' };

export function readSelfDefinedCode(code: string): SelfDefinedCodeReading {
  const key = codeKey(code);
  const old = sixteenPlusOne.get(key);
  const current = eighteenPlusOne.get(key);
  if (old && current) {
    return old.group === current.group ? { kind: 'code', entry: current } : { kind: 'ambiguous', byScheme: { '16+1': old, '18+1': current } };
  }
  if (old) return { kind: 'code', entry: old, only: '16+1' };
  if (current) return { kind: 'code', entry: current, only: '18+1' };
  return { kind: 'unknown' };
}
