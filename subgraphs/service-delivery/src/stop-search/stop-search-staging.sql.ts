import { STAGING_TABLE, stagingColumn } from '../records/staging-copy';
import type { ColumnPositions, StopSearchColumn } from './stop-search-columns';
import { LABEL_COLUMNS, labelIndex } from './stop-search-labels';

/**
 * SQL over the staging table of a stop-and-search import (imports/staging-copy.ts) that reads each
 * record as the row mapper does (stop-search-row.mapper.ts): the same values from the same fields,
 * and for the content key the same normalised text (stop-search-record.identity.ts). It accepts
 * only what the row mapper accepts. What it cannot read alike it leaves out (a date or coordinate
 * padded with spaces, a coordinate out of range) or fails on (30 February, a minute of 61), and the
 * import then reads the file in the client, which names the line and the field.
 */
export const LABEL_TABLE = 'pg_temp.import_label';

/** Date and time with an offset, as parseOpenDataTimestamp takes them (its checks of hour and second below). */
const TIMESTAMP = `'^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})$'`;
/**
 * Characters of a decimal number, nothing else: what PostgreSQL's float8 reads from them it reads as
 * Number() does, and what it cannot read fails the statement (PostgreSQL alone reads hexadecimal,
 * "Infinity" and padding spaces, which this leaves out).
 */
const DECIMAL = `'^[-+0-9.eE]+$'`;
const FIELD_SEPARATOR = `E'\\x1F'`;

export interface StagingSql {
  /** FROM … with the label joins and the parsed date and coordinates (alias `v`). */
  from: string;
  /** Records the row mapper would store (valid date and coordinates). */
  valid: string;
  /** The record's normalised fields joined by the field separator, without the key prefix. */
  canonical: string;
  /** The raw text of a column. */
  raw(this: void, column: StopSearchColumn): string;
  /** The label row of a column (alias). */
  label(this: void, column: StopSearchColumn): string;
}

const labelAlias = (column: StopSearchColumn) => `l${labelIndex(column)}`;

/** `join`s of the label table, one a label column, on the raw text `raw(column)`. */
export const labelJoins = (raw: (column: StopSearchColumn) => string) =>
  LABEL_COLUMNS.map(({ column }) => {
    const l = labelAlias(column);
    return `join ${LABEL_TABLE} ${l} on ${l}.col = ${labelIndex(column)} and ${l}.raw = ${raw(column)}`;
  }).join('\n');

/** canonicalNumber: JavaScript's String(number) of a float8, which PostgreSQL writes alike from 1e-4 up. */
const canonicalNumber = (value: string) =>
  `case when ${value} is null then '' when ${value} = 0 then '0' when abs(${value}) >= 1e-4 then ${value}::text ` +
  // From 1e-6 to 1e-4 JavaScript writes digits where PostgreSQL writes an exponent; below, both an exponent, PostgreSQL's padded.
  `when abs(${value}) >= 1e-6 then ${value}::text::numeric::text else regexp_replace(${value}::text, 'e([+-])0*([0-9])', 'e\\1\\2') end`;

/**
 * The content key's normalised text (stopSearchCanonical) from the label joins (labelJoins) and the
 * record's instant and coordinates. Needs `extra_float_digits = 1` and `DateStyle = ISO`.
 */
export function canonicalSql(instant: string, latitude: string, longitude: string): string {
  const l = (column: StopSearchColumn) => `${labelAlias(column)}.canonical`;
  return [
    l('Type'),
    // toISOString(): the instant in UTC, milliseconds (always 0: the row mapper drops fractions).
    `replace((${instant} at time zone 'UTC')::text, ' ', 'T') || '.000Z'`,
    l('Part of a policing operation'),
    l('Policing operation'),
    canonicalNumber(latitude),
    canonicalNumber(longitude),
    l('Gender'),
    l('Age range'),
    l('Self-defined ethnicity'),
    l('Officer-defined ethnicity'),
    l('Legislation'),
    l('Object of search'),
    l('Outcome'),
    l('Outcome linked to object of search'),
    l('Removal of more than just outer clothing'),
  ].join(` || ${FIELD_SEPARATOR} || `);
}

export function stagingSql(positions: ColumnPositions): StagingSql {
  const raw = (column: StopSearchColumn) => `s.${stagingColumn(positions[column])}`;
  const date = raw('Date');
  // Hour above 23 and second above 59 the row mapper refuses and PostgreSQL would roll over.
  const dateOk =
    `${date} ~ ${TIMESTAMP} and substr(${date}, 12, 2) <= '23' ` +
    `and (substr(${date}, 17, 1) <> ':' or substr(${date}, 18, 2) <= '59')`;
  const coordinate = (column: 'Latitude' | 'Longitude') =>
    // + 0: -0 stored as 0, as the client writes it.
    `case when ${raw(column)} ~ ${DECIMAL} then ${raw(column)}::float8 + 0 end`;
  // OFFSET 0 keeps each expression computed once a row: the planner would otherwise copy them into
  // every place `v.…` is used. The row mapper drops a fraction of a second.
  const from = `${STAGING_TABLE} s
cross join lateral (select
  case when ${dateOk} then date_trunc('second', ${date}::timestamptz) end as occurred_at,
  ${coordinate('Latitude')} as latitude, ${coordinate('Longitude')} as longitude offset 0) v
${labelJoins(raw)}`;
  const valid =
    `v.occurred_at is not null and (${raw('Latitude')} = '' or abs(v.latitude) <= 90) ` +
    `and (${raw('Longitude')} = '' or abs(v.longitude) <= 180)`;
  return { from, valid, canonical: canonicalSql('v.occurred_at', 'v.latitude', 'v.longitude'), raw, label: labelAlias };
}

/** The content key of a text, as record-identity.ts makes it: 128 bits of its SHA-256 as a uuid. */
export const keyOfSql = (text: string) => `encode(substring(sha256(convert_to(${text}, 'UTF8')) from 1 for 16), 'hex')::uuid`;
