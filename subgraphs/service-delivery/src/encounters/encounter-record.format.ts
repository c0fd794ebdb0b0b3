import { readColumns } from '../stop-search/stop-search-columns';
import { parseCoordinate, parseOpenDataTimestamp } from '../stop-search/open-data-values.parser';
import {
  codeOf,
  mapOfficerDefinedEthnicity,
  mapOpenDataAgeRange,
  mapOpenDataSex,
  mapSelfDefinedEthnicity,
} from '../stop-search/stop-search-row.mapper';
import type { RowProblem, UnmappedValue } from '../records/row-problem';
import { quoteIdent } from '../records/sql-identifier';
import type { RecordTable } from '../records/record.writer';
import type { CsvFormat, MappedCsvRecord } from '../records/csv-format';
import { SelfDefinedEthnicityReader } from '../stop-search/self-defined-codes';
import {
  canonicalExact,
  canonicalInstant,
  canonicalNumber,
  canonicalText,
  FIELD_SEPARATOR,
} from '../records/record-identity';
import { ENCOUNTER_FORMATS, type EncounterDataset, type EncounterFormat } from './encounter-formats';

/** One encounter record ready to store, in encounter_record column order. */
export interface EncounterRow {
  dataset: string;
  lineNumber: number;
  reference: string;
  dateRaw: string;
  occurredAt: Date;
  latitude: number | null;
  longitude: number | null;
  genderRaw: string;
  sex: string;
  ageRangeRaw: string;
  ageRange: string;
  selfDefinedEthnicityRaw: string;
  selfDefinedBroad: string;
  selfDefinedDetailed: string | null;
  officerDefinedEthnicityRaw: string | null;
  officerDefinedBroad: string | null;
  details: Record<string, string>;
}

export const ENCOUNTER_TABLE: RecordTable<EncounterRow> = {
  name: 'encounter_record',
  columns: [
    ['dataset', 'dataset', 'text'],
    ['line_number', 'lineNumber', 'int'],
    ['reference', 'reference', 'text'],
    ['date_raw', 'dateRaw', 'text'],
    ['occurred_at', 'occurredAt', 'timestamptz'],
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
    ['details', 'details', 'jsonb'],
  ],
};

export const encounterTable = (schema: string) => `${quoteIdent(schema)}.${quoteIdent(ENCOUNTER_TABLE.name)}`;

/**
 * Maps one record of an encounter format. The date (and coordinates, where the format has them)
 * must parse or the row, and so the file, is refused; characteristic values no @edhr/schema rule
 * recognises are kept as written, stored as UNMAPPED and reported.
 */
export function mapEncounterRecord(
  format: EncounterFormat,
  record: readonly string[],
  positions: Readonly<Record<string, number>>,
  line: number,
  selfDefined?: SelfDefinedEthnicityReader,
): MappedCsvRecord<EncounterRow> {
  const get = (column: string) => record[positions[column]!] ?? '';
  const problems: RowProblem[] = [];
  const unmapped: UnmappedValue[] = [];
  const note = (column: string, mapped: boolean) => {
    if (!mapped) unmapped.push({ column, value: get(column) });
  };

  const date = parseOpenDataTimestamp(get(format.date));
  // The parser names the stop-and-search column; name this format's.
  if (!date.ok) problems.push({ line, column: format.date, reason: date.reason.replace(/^Date\b/, format.date) });
  let latitude: number | null = null;
  let longitude: number | null = null;
  if (format.coordinates) {
    const lat = parseCoordinate(get('Latitude'), 'Latitude');
    const long = parseCoordinate(get('Longitude'), 'Longitude');
    if (lat.ok) latitude = lat.value;
    else problems.push({ line, column: 'Latitude', reason: lat.reason });
    if (long.ok) longitude = long.value;
    else problems.push({ line, column: 'Longitude', reason: long.reason });
  }
  if (!date.ok || problems.length > 0) return { ok: false, problems };

  const sex = mapOpenDataSex(get(format.gender));
  note(format.gender, sex.mapped);
  const age = mapOpenDataAgeRange(get(format.ageRange));
  note(format.ageRange, age.mapped);
  const self = selfDefined
    ? selfDefined.read(get(format.selfDefinedEthnicity), line)
    : mapSelfDefinedEthnicity(get(format.selfDefinedEthnicity));
  note(format.selfDefinedEthnicity, self.mapped);
  let officerRaw: string | null = null;
  let officerBroad: string | null = null;
  if (format.officerDefinedEthnicity) {
    const officer = mapOfficerDefinedEthnicity(get(format.officerDefinedEthnicity));
    note(format.officerDefinedEthnicity, officer.mapped);
    officerRaw = get(format.officerDefinedEthnicity);
    officerBroad = codeOf(officer, (v) => v.broad);
  }

  const details: Record<string, string> = {};
  for (const column of detailColumns(format)) details[column] = get(column);

  return {
    ok: true,
    unmapped,
    row: {
      dataset: format.dataset,
      lineNumber: line,
      reference: get(format.reference),
      dateRaw: get(format.date),
      occurredAt: date.value,
      latitude,
      longitude,
      genderRaw: get(format.gender),
      sex: codeOf(sex, (v) => v),
      ageRangeRaw: get(format.ageRange),
      ageRange: codeOf(age, (v) => v.code),
      selfDefinedEthnicityRaw: get(format.selfDefinedEthnicity),
      selfDefinedBroad: codeOf(self, (v) => v.broad),
      selfDefinedDetailed: self.outcome === 'value' ? self.value.detailed : null,
      officerDefinedEthnicityRaw: officerRaw,
      officerDefinedBroad: officerBroad,
      details,
    },
  };
}

/** The columns of a format kept in `details`: every documented column not stored in its own column. */
export function detailColumns(format: EncounterFormat): string[] {
  const own = new Set([format.reference, format.date, format.gender, format.ageRange, format.selfDefinedEthnicity]);
  if (format.officerDefinedEthnicity) own.add(format.officerDefinedEthnicity);
  if (format.coordinates) own.add('Latitude').add('Longitude');
  return format.columns.filter((column) => !own.has(column));
}

/**
 * The normalised fields of an encounter record that make its content key (records/record-identity.ts):
 * the reference trimmed (its case is kept: it may carry meaning), the date as an instant,
 * coordinates canonical, the characteristics and every other documented column as written,
 * normalised — a value that is a timestamp with an offset as its instant, a number canonical,
 * other text trimmed and in lower case. The line number is not part of it.
 */
export function encounterCanonical(format: EncounterFormat, row: EncounterRow): string {
  const parts = [
    canonicalExact(row.reference),
    canonicalInstant(row.occurredAt),
    canonicalNumber(row.latitude),
    canonicalNumber(row.longitude),
    canonicalText(row.genderRaw),
    canonicalText(row.ageRangeRaw),
    canonicalText(row.selfDefinedEthnicityRaw),
    canonicalText(row.officerDefinedEthnicityRaw),
  ];
  for (const column of detailColumns(format)) parts.push(canonicalDetail(row.details[column]));
  return parts.join(FIELD_SEPARATOR);
}

const TIMESTAMP_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

function canonicalDetail(value: string | undefined): string {
  if (value && TIMESTAMP_LIKE.test(value.trim())) {
    const parsed = parseOpenDataTimestamp(value);
    if (parsed.ok) return canonicalInstant(parsed.value);
  }
  return canonicalText(value);
}

const csvFormats = new Map<EncounterDataset, CsvFormat<EncounterRow>>();

/** The import loop's view of an encounter format (header check and row mapping). */
export function encounterCsvFormat(dataset: EncounterDataset): CsvFormat<EncounterRow> {
  let csv = csvFormats.get(dataset);
  if (!csv) {
    const format = ENCOUNTER_FORMATS[dataset];
    csv = {
      dataset,
      table: ENCOUNTER_TABLE,
      canonical: (row) => encounterCanonical(format, row),
      readHeader(header, settings) {
        const read = readColumns(header, format.columns);
        if ('problems' in read) return read;
        const selfDefined = new SelfDefinedEthnicityReader(format.selfDefinedEthnicity, settings?.selfDefinedCodes);
        return {
          mapRecord: (record, line) => mapEncounterRecord(format, record, read.positions, line, selfDefined),
          endOfFile: () => selfDefined.endOfFile(),
        };
      },
      protectedCharacteristicColumns: [format.gender, format.ageRange, format.selfDefinedEthnicity, ...(format.officerDefinedEthnicity ? [format.officerDefinedEthnicity] : [])],
    };
    csvFormats.set(dataset, csv);
  }
  return csv;
}
