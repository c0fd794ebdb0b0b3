import { canonicalFlag, canonicalText } from '../records/record-identity';
import * as categories from './stop-search-categories.mapping';
import { parseOpenDataBoolean } from './open-data-values.parser';
import type { StopSearchColumn } from './stop-search-columns';
import type { SelfDefinedEthnicityReader } from './self-defined-codes';
import {
  codeOf,
  mapOfficerDefinedEthnicity,
  mapOpenDataAgeRange,
  mapOpenDataSex,
} from './stop-search-row.mapper';

/**
 * The stop-and-search columns whose values repeat (categories, yes/no, the operation's name), each
 * read one distinct value at a time by the same mapping rules the row mapper uses: what the
 * import on the server (imports/stop-search-server-import.ts) loads into a label table, so the
 * database maps millions of rows by joining on a few hundred labels.
 */
export interface LabelReading {
  /** The mapped code (categories), or null (yes/no columns and the operation's name). */
  code: string | null;
  /** Self-defined ethnicity's detailed code, when the value mapped to one. */
  detailed: string | null;
  /** The parsed yes/no, for yes/no columns. */
  flag: boolean | null;
  /** Whether a rule recognised the value; an unrecognised value is kept as written and reported. */
  mapped: boolean;
  /** The value normalised for the record's content key (imports/record-identity.ts). */
  canonical: string;
}

export interface LabelColumn {
  column: StopSearchColumn;
  /** Whether an unrecognised value is reported as unmapped (the operation's name never is). */
  reported: boolean;
  read(raw: string, selfDefined: SelfDefinedEthnicityReader, firstLine: number, count: number): LabelReading;
}

const category = (map: (raw: string) => { code: string; mapped: boolean }) => (raw: string): LabelReading => {
  const mapping = map(raw);
  return { code: mapping.code, detailed: null, flag: null, mapped: mapping.mapped, canonical: canonicalText(raw) };
};

const characteristic =
  <T>(map: (raw: string) => { mapped: boolean } & Parameters<typeof codeOf<T>>[0], valueCode: (value: T) => string) =>
  (raw: string): LabelReading => {
    const mapping = map(raw);
    return { code: codeOf(mapping, valueCode), detailed: null, flag: null, mapped: mapping.mapped, canonical: canonicalText(raw) };
  };

const yesNo = (raw: string): LabelReading => {
  const parsed = parseOpenDataBoolean(raw);
  const flag = parsed.ok ? parsed.value : null;
  return { code: null, detailed: null, flag, mapped: parsed.ok, canonical: canonicalFlag(flag, raw) };
};

const searchType = category(categories.mapSearchType);
const legislation = category(categories.mapLegislation);
const objectOfSearch = category(categories.mapObjectOfSearch);
const outcome = category(categories.mapOutcome);
const sex = characteristic(mapOpenDataSex, (value: string) => value);
const ageRange = characteristic(mapOpenDataAgeRange, (value: { code: string }) => value.code);
const officerDefined = characteristic(mapOfficerDefinedEthnicity, (value: { broad: string }) => value.broad);

/**
 * In the order the row mapper reports unmapped values (so the report lists columns alike); each
 * column's index here is its `col` in the label table.
 */
export const LABEL_COLUMNS: readonly LabelColumn[] = [
  { column: 'Gender', reported: true, read: sex },
  { column: 'Age range', reported: true, read: ageRange },
  {
    column: 'Self-defined ethnicity',
    reported: true,
    read(raw, selfDefined, firstLine, count) {
      const mapping = selfDefined.read(raw, firstLine, count);
      return {
        code: codeOf(mapping, (value) => value.broad),
        detailed: mapping.outcome === 'value' ? mapping.value.detailed : null,
        flag: null,
        mapped: mapping.mapped,
        canonical: canonicalText(raw),
      };
    },
  },
  { column: 'Officer-defined ethnicity', reported: true, read: officerDefined },
  { column: 'Type', reported: true, read: searchType },
  { column: 'Part of a policing operation', reported: true, read: yesNo },
  { column: 'Legislation', reported: true, read: legislation },
  { column: 'Object of search', reported: true, read: objectOfSearch },
  { column: 'Outcome', reported: true, read: outcome },
  { column: 'Outcome linked to object of search', reported: true, read: yesNo },
  { column: 'Removal of more than just outer clothing', reported: true, read: yesNo },
  {
    column: 'Policing operation',
    reported: false,
    read: (raw) => ({ code: null, detailed: null, flag: null, mapped: true, canonical: canonicalText(raw) }),
  },
];

export const labelIndex = (column: StopSearchColumn) => LABEL_COLUMNS.findIndex((c) => c.column === column);
