/** The five high-level ethnic groups of Census 2021 (England and Wales), in Census order. */
export const BROAD_ETHNIC_GROUP_CODES = ['ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER'] as const;

export type BroadEthnicGroupCode = (typeof BROAD_ETHNIC_GROUP_CODES)[number];

export interface BroadEthnicGroup {
  code: BroadEthnicGroupCode;
  /** Short name, as in the `ethnicity_5` column of the NOMIS lookup. */
  label: string;
  /** The heading ONS uses for the group in Census 2021. */
  onsLabel: string;
}

export const BROAD_ETHNIC_GROUPS: readonly BroadEthnicGroup[] = [
  { code: 'ASIAN', label: 'Asian', onsLabel: 'Asian, Asian British or Asian Welsh' },
  { code: 'BLACK', label: 'Black', onsLabel: 'Black, Black British, Black Welsh, Caribbean or African' },
  { code: 'MIXED', label: 'Mixed', onsLabel: 'Mixed or Multiple ethnic groups' },
  { code: 'WHITE', label: 'White', onsLabel: 'White' },
  { code: 'OTHER', label: 'Other', onsLabel: 'Other ethnic group' },
];

/** The 19 detailed ethnic groups of Census 2021 (England and Wales). */
export const DETAILED_ETHNIC_GROUP_CODES = [
  'ASIAN_BANGLADESHI',
  'ASIAN_CHINESE',
  'ASIAN_INDIAN',
  'ASIAN_PAKISTANI',
  'ASIAN_OTHER',
  'BLACK_AFRICAN',
  'BLACK_CARIBBEAN',
  'BLACK_OTHER',
  'MIXED_WHITE_AND_ASIAN',
  'MIXED_WHITE_AND_BLACK_AFRICAN',
  'MIXED_WHITE_AND_BLACK_CARIBBEAN',
  'MIXED_OTHER',
  'WHITE_BRITISH',
  'WHITE_IRISH',
  'WHITE_GYPSY_OR_IRISH_TRAVELLER',
  'WHITE_ROMA',
  'WHITE_OTHER',
  'OTHER_ARAB',
  'OTHER_ANY_OTHER',
] as const;

export type DetailedEthnicGroupCode = (typeof DETAILED_ETHNIC_GROUP_CODES)[number];

export interface DetailedEthnicGroup {
  code: DetailedEthnicGroupCode;
  /** NOMIS category code, `_1` … `_19`; the number is also the Census 2021 category number. */
  nomisCode: string;
  /** Short name (`ethnicity_19`). */
  label: string;
  broad: BroadEthnicGroupCode;
  /** The exact ONS label. */
  onsLabel: string;
}

// ONS Census 2021, as kept in BlackThrive/searchlight (inst/extdata/nomis-ethnicity.csv), Open Government Licence v3.0
// Rows in the file's order; nomisCode, label, the broad group's label and onsLabel are the file's four
// columns, and `code` is this package's key for the row.
const NOMIS_ETHNICITY_ROWS = [
  { code: 'WHITE_BRITISH', nomisCode: '_13', label: 'British', broadLabel: 'White', onsLabel: 'White: English, Welsh, Scottish, Northern Irish or British' },
  { code: 'WHITE_IRISH', nomisCode: '_14', label: 'Irish', broadLabel: 'White', onsLabel: 'White: Irish' },
  { code: 'WHITE_GYPSY_OR_IRISH_TRAVELLER', nomisCode: '_15', label: 'Gypsy or Irish Traveller', broadLabel: 'White', onsLabel: 'White: Gypsy or Irish Traveller' },
  { code: 'WHITE_ROMA', nomisCode: '_16', label: 'Roma', broadLabel: 'White', onsLabel: 'White: Roma' },
  { code: 'WHITE_OTHER', nomisCode: '_17', label: 'Other White', broadLabel: 'White', onsLabel: 'White: Other White' },
  { code: 'MIXED_WHITE_AND_BLACK_CARIBBEAN', nomisCode: '_11', label: 'White and Black Caribbean', broadLabel: 'Mixed', onsLabel: 'Mixed or Multiple ethnic groups: White and Black Caribbean' },
  { code: 'MIXED_WHITE_AND_BLACK_AFRICAN', nomisCode: '_10', label: 'White and Black African', broadLabel: 'Mixed', onsLabel: 'Mixed or Multiple ethnic groups: White and Black African' },
  { code: 'MIXED_WHITE_AND_ASIAN', nomisCode: '_9', label: 'White and Asian', broadLabel: 'Mixed', onsLabel: 'Mixed or Multiple ethnic groups: White and Asian' },
  { code: 'MIXED_OTHER', nomisCode: '_12', label: 'Other Mixed', broadLabel: 'Mixed', onsLabel: 'Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups' },
  { code: 'ASIAN_INDIAN', nomisCode: '_3', label: 'Indian', broadLabel: 'Asian', onsLabel: 'Asian, Asian British or Asian Welsh: Indian' },
  { code: 'ASIAN_PAKISTANI', nomisCode: '_4', label: 'Pakistani', broadLabel: 'Asian', onsLabel: 'Asian, Asian British or Asian Welsh: Pakistani' },
  { code: 'ASIAN_BANGLADESHI', nomisCode: '_1', label: 'Bangladeshi', broadLabel: 'Asian', onsLabel: 'Asian, Asian British or Asian Welsh: Bangladeshi' },
  { code: 'ASIAN_CHINESE', nomisCode: '_2', label: 'Chinese', broadLabel: 'Asian', onsLabel: 'Asian, Asian British or Asian Welsh: Chinese' },
  { code: 'ASIAN_OTHER', nomisCode: '_5', label: 'Other Asian', broadLabel: 'Asian', onsLabel: 'Asian, Asian British or Asian Welsh: Other Asian' },
  { code: 'BLACK_CARIBBEAN', nomisCode: '_7', label: 'Caribbean', broadLabel: 'Black', onsLabel: 'Black, Black British, Black Welsh, Caribbean or African: Caribbean' },
  { code: 'BLACK_AFRICAN', nomisCode: '_6', label: 'African', broadLabel: 'Black', onsLabel: 'Black, Black British, Black Welsh, Caribbean or African: African' },
  { code: 'BLACK_OTHER', nomisCode: '_8', label: 'Other Black', broadLabel: 'Black', onsLabel: 'Black, Black British, Black Welsh, Caribbean or African: Other Black' },
  { code: 'OTHER_ARAB', nomisCode: '_18', label: 'Arab', broadLabel: 'Other', onsLabel: 'Other ethnic group: Arab' },
  { code: 'OTHER_ANY_OTHER', nomisCode: '_19', label: 'Other ethnic group', broadLabel: 'Other', onsLabel: 'Other ethnic group: Any other ethnic group' },
] as const satisfies ReadonlyArray<{
  code: DetailedEthnicGroupCode;
  nomisCode: string;
  label: string;
  broadLabel: string;
  onsLabel: string;
}>;

const broadByLabel = new Map(BROAD_ETHNIC_GROUPS.map((g) => [g.label, g.code]));

/** The 19 detailed groups in Census 2021 category order (NOMIS `_1` … `_19`). */
export const DETAILED_ETHNIC_GROUPS: readonly DetailedEthnicGroup[] = NOMIS_ETHNICITY_ROWS.map(
  ({ broadLabel, ...row }): DetailedEthnicGroup => {
    const broad = broadByLabel.get(broadLabel);
    if (!broad) throw new Error(`unknown broad ethnic group ${broadLabel}`);
    return { ...row, broad };
  },
).sort((a, b) => Number(a.nomisCode.slice(1)) - Number(b.nomisCode.slice(1)));

const detailedByCode = new Map(DETAILED_ETHNIC_GROUPS.map((g) => [g.code, g]));
const broadByCode = new Map(BROAD_ETHNIC_GROUPS.map((g) => [g.code, g]));

/** The detailed group with this code. */
export function getDetailedEthnicGroup(code: DetailedEthnicGroupCode): DetailedEthnicGroup {
  return detailedByCode.get(code)!;
}

/** The broad group with this code. */
export function getBroadEthnicGroup(code: BroadEthnicGroupCode): BroadEthnicGroup {
  return broadByCode.get(code)!;
}

/** The broad group a detailed group belongs to. */
export function broadGroupOf(code: DetailedEthnicGroupCode): BroadEthnicGroupCode {
  return getDetailedEthnicGroup(code).broad;
}
