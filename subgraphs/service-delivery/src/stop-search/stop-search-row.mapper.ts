import {
  mapOfficerDefinedEthnicity as mapOfficerDefinedEthnicityOnce,
  mapOpenDataAgeRange as mapOpenDataAgeRangeOnce,
  mapOpenDataSex as mapOpenDataSexOnce,
  mapSelfDefinedEthnicity as mapSelfDefinedEthnicityOnce,
  type OpenDataMapping,
} from '@edhr/schema';
import type { RowProblem, UnmappedValue } from '../records/row-problem';
import { memoise } from './memoise';
import { parseCoordinate, parseOpenDataBoolean, parseOpenDataTimestamp } from './open-data-values.parser';
import * as categories from './stop-search-categories.mapping';
import { UNMAPPED } from './stop-search-categories.mapping';
import type { ColumnPositions } from './stop-search-columns';
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
  // Straight-line reads, no closures: this runs once per record of files of millions.
  const dateRaw = record[positions.Date] ?? '';
  const latitudeRaw = record[positions.Latitude] ?? '';
  const longitudeRaw = record[positions.Longitude] ?? '';
  const date = parseOpenDataTimestamp(dateRaw);
  const latitude = parseCoordinate(latitudeRaw, 'Latitude');
  const longitude = parseCoordinate(longitudeRaw, 'Longitude');
  if (!date.ok || !latitude.ok || !longitude.ok) {
    const problems: RowProblem[] = [];
    if (!date.ok) problems.push({ line, column: 'Date', reason: date.reason });
    if (!latitude.ok) problems.push({ line, column: 'Latitude', reason: latitude.reason });
    if (!longitude.ok) problems.push({ line, column: 'Longitude', reason: longitude.reason });
    return { ok: false, problems };
  }

  const unmapped: UnmappedValue[] = [];
  const genderRaw = record[positions.Gender] ?? '';
  const sex = mapOpenDataSex(genderRaw);
  if (!sex.mapped) unmapped.push({ column: 'Gender', value: genderRaw });
  const ageRangeRaw = record[positions['Age range']] ?? '';
  const age = mapOpenDataAgeRange(ageRangeRaw);
  if (!age.mapped) unmapped.push({ column: 'Age range', value: ageRangeRaw });
  const selfRaw = record[positions['Self-defined ethnicity']] ?? '';
  const self = selfDefined ? selfDefined.read(selfRaw, line) : mapSelfDefinedEthnicity(selfRaw);
  if (!self.mapped) unmapped.push({ column: 'Self-defined ethnicity', value: selfRaw });
  const officerRaw = record[positions['Officer-defined ethnicity']] ?? '';
  const officer = mapOfficerDefinedEthnicity(officerRaw);
  if (!officer.mapped) unmapped.push({ column: 'Officer-defined ethnicity', value: officerRaw });

  const typeRaw = record[positions.Type] ?? '';
  const searchType = mapSearchType(typeRaw);
  if (!searchType.mapped) unmapped.push({ column: 'Type', value: typeRaw });
  const partOfOperationRaw = record[positions['Part of a policing operation']] ?? '';
  const partOfOperation = parseBoolean(partOfOperationRaw);
  if (!partOfOperation.ok) unmapped.push({ column: 'Part of a policing operation', value: partOfOperationRaw });
  const legislationRaw = record[positions.Legislation] ?? '';
  const legislation = mapLegislation(legislationRaw);
  if (!legislation.mapped) unmapped.push({ column: 'Legislation', value: legislationRaw });
  const objectRaw = record[positions['Object of search']] ?? '';
  const objectOfSearch = mapObjectOfSearch(objectRaw);
  if (!objectOfSearch.mapped) unmapped.push({ column: 'Object of search', value: objectRaw });
  const outcomeRaw = record[positions.Outcome] ?? '';
  const outcome = mapOutcome(outcomeRaw);
  if (!outcome.mapped) unmapped.push({ column: 'Outcome', value: outcomeRaw });
  const linkedRaw = record[positions['Outcome linked to object of search']] ?? '';
  const linked = parseBoolean(linkedRaw);
  if (!linked.ok) unmapped.push({ column: 'Outcome linked to object of search', value: linkedRaw });
  const clothingRaw = record[positions['Removal of more than just outer clothing']] ?? '';
  const clothing = parseBoolean(clothingRaw);
  if (!clothing.ok) unmapped.push({ column: 'Removal of more than just outer clothing', value: clothingRaw });

  const row: StopSearchRow = {
    lineNumber: line,
    typeRaw,
    searchType: searchType.code,
    dateRaw,
    occurredAt: date.value,
    partOfOperationRaw,
    partOfOperation: partOfOperation.ok ? partOfOperation.value : null,
    policingOperation: record[positions['Policing operation']] ?? '',
    latitude: latitude.value,
    longitude: longitude.value,
    genderRaw,
    sex: codeOf(sex, sexCode),
    ageRangeRaw,
    ageRange: codeOf(age, ageCode),
    selfDefinedEthnicityRaw: selfRaw,
    selfDefinedBroad: codeOf(self, broadCode),
    selfDefinedDetailed: self.outcome === 'value' ? self.value.detailed : null,
    officerDefinedEthnicityRaw: officerRaw,
    officerDefinedBroad: codeOf(officer, broadCode),
    legislationRaw,
    legislation: legislation.code,
    objectOfSearchRaw: objectRaw,
    objectOfSearch: objectOfSearch.code,
    outcomeRaw,
    outcome: outcome.code,
    outcomeLinkedRaw: linkedRaw,
    outcomeLinked: linked.ok ? linked.value : null,
    removalOfClothingRaw: clothingRaw,
    removalOfClothing: clothing.ok ? clothing.value : null,
  };
  return { ok: true, row, unmapped };
}

const sexCode = (value: string) => value;
const ageCode = (value: { code: string }) => value.code;
const broadCode = (value: { broad: string }) => value.broad;
