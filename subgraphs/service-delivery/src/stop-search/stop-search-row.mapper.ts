import {
  mapOfficerDefinedEthnicity as mapOfficerDefinedEthnicityOnce,
  mapOpenDataAgeRange as mapOpenDataAgeRangeOnce,
  mapOpenDataSex as mapOpenDataSexOnce,
  mapSelfDefinedEthnicity as mapSelfDefinedEthnicityOnce,
  type OpenDataMapping,
} from '@edhr/schema';
import { memoise } from './memoise';
import { parseCoordinate, parseOpenDataBoolean, parseOpenDataTimestamp } from './open-data-values.parser';
import * as categories from './stop-search-categories.mapping';
import { UNMAPPED, type CategoryMapping } from './stop-search-categories.mapping';
import type { ColumnPositions, StopSearchColumn } from './stop-search-columns';
import type { SelfDefinedEthnicityReader } from './self-defined-codes';

/** One record ready to store: raw values and mapped categories, in table column order. */
export interface StopSearchRow {
  lineNumber: number;
  typeRaw: string;
  searchType: string;
  dateRaw: string;
  occurredAt: Date;
  partOfOperationRaw: string;
  partOfOperation: boolean | null;
  policingOperation: string;
  latitude: number | null;
  longitude: number | null;
  genderRaw: string;
  sex: string;
  ageRangeRaw: string;
  ageRange: string;
  selfDefinedEthnicityRaw: string;
  selfDefinedBroad: string;
  selfDefinedDetailed: string | null;
  officerDefinedEthnicityRaw: string;
  officerDefinedBroad: string;
  legislationRaw: string;
  legislation: string;
  objectOfSearchRaw: string;
  objectOfSearch: string;
  outcomeRaw: string;
  outcome: string;
  outcomeLinkedRaw: string;
  outcomeLinked: boolean | null;
  removalOfClothingRaw: string;
  removalOfClothing: boolean | null;
}

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

export type MappedRow =
  | { ok: true; row: StopSearchRow; unmapped: UnmappedValue[] }
  | { ok: false; problems: RowProblem[] };

// The mappings are pure; each distinct value is mapped once per process. The characteristic
// mappers are shared with the other encounter formats (src/encounters/).
export const mapSelfDefinedEthnicity = memoise(mapSelfDefinedEthnicityOnce);
export const mapOfficerDefinedEthnicity = memoise(mapOfficerDefinedEthnicityOnce);
export const mapOpenDataSex = memoise(mapOpenDataSexOnce);
export const mapOpenDataAgeRange = memoise(mapOpenDataAgeRangeOnce);
const mapSearchType = memoise(categories.mapSearchType);
const mapLegislation = memoise(categories.mapLegislation);
const mapObjectOfSearch = memoise(categories.mapObjectOfSearch);
const mapOutcome = memoise(categories.mapOutcome);
const parseBoolean = memoise(parseOpenDataBoolean);

/** The code stored for a characteristic: its value's code, its not-stated category, or UNMAPPED. */
export function codeOf<T>(mapping: OpenDataMapping<T>, valueCode: (value: T) => string): string {
  if (mapping.outcome === 'value') return valueCode(mapping.value);
  if (mapping.outcome === 'not_stated') return mapping.category;
  return UNMAPPED;
}

/**
 * Maps one CSV record. Date and coordinates must parse, or the row (and so the file) is
 * refused; category values and booleans no rule recognises are kept as written and reported.
 */
export function mapStopSearchRecord(
  record: readonly string[],
  positions: ColumnPositions,
  line: number,
  /** The file's reader of self-defined ethnicity (code scheme); without it, bare O1 is unmapped. */
  selfDefined?: SelfDefinedEthnicityReader,
): MappedRow {
  const get = (column: StopSearchColumn) => record[positions[column]] ?? '';
  const problems: RowProblem[] = [];
  const unmapped: UnmappedValue[] = [];
  const note = (column: StopSearchColumn, mapped: boolean) => {
    if (!mapped) unmapped.push({ column, value: get(column) });
  };
  const category = (column: StopSearchColumn, map: (raw: string) => CategoryMapping) => {
    const result = map(get(column));
    note(column, result.mapped);
    return result.code;
  };
  const flag = (column: StopSearchColumn) => {
    const result = parseBoolean(get(column));
    note(column, result.ok);
    return result.ok ? result.value : null;
  };

  const date = parseOpenDataTimestamp(get('Date'));
  if (!date.ok) problems.push({ line, column: 'Date', reason: date.reason });
  const latitude = parseCoordinate(get('Latitude'), 'Latitude');
  if (!latitude.ok) problems.push({ line, column: 'Latitude', reason: latitude.reason });
  const longitude = parseCoordinate(get('Longitude'), 'Longitude');
  if (!longitude.ok) problems.push({ line, column: 'Longitude', reason: longitude.reason });
  if (!date.ok || !latitude.ok || !longitude.ok) return { ok: false, problems };

  const sex = mapOpenDataSex(get('Gender'));
  note('Gender', sex.mapped);
  const age = mapOpenDataAgeRange(get('Age range'));
  note('Age range', age.mapped);
  const self = selfDefined
    ? selfDefined.read(get('Self-defined ethnicity'), line)
    : mapSelfDefinedEthnicity(get('Self-defined ethnicity'));
  note('Self-defined ethnicity', self.mapped);
  const officer = mapOfficerDefinedEthnicity(get('Officer-defined ethnicity'));
  note('Officer-defined ethnicity', officer.mapped);

  const row: StopSearchRow = {
    lineNumber: line,
    typeRaw: get('Type'),
    searchType: category('Type', mapSearchType),
    dateRaw: get('Date'),
    occurredAt: date.value,
    partOfOperationRaw: get('Part of a policing operation'),
    partOfOperation: flag('Part of a policing operation'),
    policingOperation: get('Policing operation'),
    latitude: latitude.value,
    longitude: longitude.value,
    genderRaw: get('Gender'),
    sex: codeOf(sex, (v) => v),
    ageRangeRaw: get('Age range'),
    ageRange: codeOf(age, (v) => v.code),
    selfDefinedEthnicityRaw: get('Self-defined ethnicity'),
    selfDefinedBroad: codeOf(self, (v) => v.broad),
    selfDefinedDetailed: self.outcome === 'value' ? self.value.detailed : null,
    officerDefinedEthnicityRaw: get('Officer-defined ethnicity'),
    officerDefinedBroad: codeOf(officer, (v) => v.broad),
    legislationRaw: get('Legislation'),
    legislation: category('Legislation', mapLegislation),
    objectOfSearchRaw: get('Object of search'),
    objectOfSearch: category('Object of search', mapObjectOfSearch),
    outcomeRaw: get('Outcome'),
    outcome: category('Outcome', mapOutcome),
    outcomeLinkedRaw: get('Outcome linked to object of search'),
    outcomeLinked: flag('Outcome linked to object of search'),
    removalOfClothingRaw: get('Removal of more than just outer clothing'),
    removalOfClothing: flag('Removal of more than just outer clothing'),
  };
  return { ok: true, row, unmapped };
}
