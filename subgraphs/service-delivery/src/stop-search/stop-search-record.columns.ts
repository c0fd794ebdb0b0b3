import type { StopSearchRow } from './stop-search-row.mapper';
import type { RecordTable } from '../records/record.writer';
import { quoteIdent } from '../records/sql-identifier';

/** The table's columns after batch_id and organisation_key, each with the row field it holds. */
export const RECORD_COLUMNS: ReadonlyArray<[column: string, field: keyof StopSearchRow, sqlType: string]> = [
  ['line_number', 'lineNumber', 'int'],
  ['type_raw', 'typeRaw', 'text'],
  ['search_type', 'searchType', 'text'],
  ['date_raw', 'dateRaw', 'text'],
  ['occurred_at', 'occurredAt', 'timestamptz'],
  ['part_of_operation_raw', 'partOfOperationRaw', 'text'],
  ['part_of_operation', 'partOfOperation', 'boolean'],
  ['policing_operation', 'policingOperation', 'text'],
  ['latitude', 'latitude', 'float8'],
  ['longitude', 'longitude', 'float8'],
  ['gender_raw', 'genderRaw', 'text'],
  ['sex', 'sex', 'text'],
  ['age_range_raw', 'ageRangeRaw', 'text'],
  ['age_range', 'ageRange', 'text'],
  ['self_defined_ethnicity_raw', 'selfDefinedEthnicityRaw', 'text'],
  ['self_defined_broad', 'selfDefinedBroad', 'text'],
  ['self_defined_detailed', 'selfDefinedDetailed', 'text'],
  ['officer_defined_ethnicity_raw', 'officerDefinedEthnicityRaw', 'text'],
  ['officer_defined_broad', 'officerDefinedBroad', 'text'],
  ['legislation_raw', 'legislationRaw', 'text'],
  ['legislation', 'legislation', 'text'],
  ['object_of_search_raw', 'objectOfSearchRaw', 'text'],
  ['object_of_search', 'objectOfSearch', 'text'],
  ['outcome_raw', 'outcomeRaw', 'text'],
  ['outcome', 'outcome', 'text'],
  ['outcome_linked_raw', 'outcomeLinkedRaw', 'text'],
  ['outcome_linked', 'outcomeLinked', 'boolean'],
  ['removal_of_clothing_raw', 'removalOfClothingRaw', 'text'],
  ['removal_of_clothing', 'removalOfClothing', 'boolean'],
];

export const recordTable = (schema: string) => `${quoteIdent(schema)}."stop_search_record"`;

/** The stop-and-search record table, as the import writers take it. */
export const STOP_SEARCH_TABLE: RecordTable<StopSearchRow> = { name: 'stop_search_record', columns: RECORD_COLUMNS };
