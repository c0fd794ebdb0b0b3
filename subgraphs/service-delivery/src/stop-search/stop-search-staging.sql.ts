import { STAGING_TABLE, stagingColumn } from '../imports/staging-copy';
import type { ColumnPositions, StopSearchColumn } from './stop-search-columns';
import { labelIndex } from './stop-search-labels';

/**
 * SQL over the staging table of a stop-and-search import (imports/staging-copy.ts) that reads each
 * record as the row mapper does (stop-search-row.mapper.ts): the same values from the same fields,
 * and for the content key the same normalised text (stop-search-record.identity.ts). It accepts
 * only what the row mapper accepts; some values the row mapper accepts it does not (a date padded
 * with a no-break space, a coordinate in hexadecimal): such a record is left out, and the import
 * then reads the file in the client, which names the line and the field.
 */
export const LABEL_TABLE = 'pg_temp.import_label';

/** White space the row mapper's trim() removes, in ASCII (others are left to the client). */
const WS = `E' \\t\\n\\r\\f\\v'`;
const TIMESTAMP = `'^([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.[0-9]+)?)?(Z|([+-])([0-9]{2}):?([0-9]{2}))$'`;
/** A decimal the row mapper's Number() reads alike, short enough that no value overflows. */
const DECIMAL = `'^[+-]?([0-9]{1,20}(\\.[0-9]{0,20})?|\\.[0-9]{1,20})([eE][+-]?[0-9]{1,2})?$'`;

export interface StagingSql {
  /** FROM … with the label joins and the parsed date and coordinates (alias `v`). */
  from: string;
  /** Records the row mapper would store (valid date and coordinates). */
  valid: string;
  /** The record's normalised fields joined by the field separator, without the key prefix. */
  canonical: string;
  /** The raw text of a column. */
  raw(column: StopSearchColumn): string;
  /** The label row of a column (alias). */
  label(column: StopSearchColumn): string;
}

export function stagingSql(positions: ColumnPositions): StagingSql {
  const raw = (column: StopSearchColumn) => `s.${stagingColumn(positions[column])}`;
  const label = (column: StopSearchColumn) => `l${labelIndex(column)}`;
  const joins = (Object.keys(positions) as StopSearchColumn[])
    .filter((column) => labelIndex(column) >= 0)
    .map((column) => `join ${LABEL_TABLE} ${label(column)} on ${label(column)}.col = ${labelIndex(column)} and ${label(column)}.raw = ${raw(column)}`)
    .join('\n');
  const coordinate = (column: 'Latitude' | 'Longitude', limit: number) => {
    const t = `btrim(${raw(column)}, ${WS})`;
    return {
      ok: `case when ${t} = '' then true when ${t} ~ ${DECIMAL} then abs(${t}::float8) <= ${limit} else false end`,
      // + 0: -0 stored as 0, as the client writes it.
      value: `case when ${t} ~ ${DECIMAL} then ${t}::float8 + 0 end`,
    };
  };
  const latitude = coordinate('Latitude', 90);
  const longitude = coordinate('Longitude', 180);
  // m: the date's parts. The calendar is checked before the cast, which would fail on 30 February.
  const m = (i: number) => `d.m[${i}]`;
  const calendarOk =
    `${m(1)}::int >= 1 and ${m(2)}::int between 1 and 12 and ${m(3)}::int >= 1 ` +
    `and ${m(3)}::int <= extract(day from make_date(${m(1)}::int, ${m(2)}::int, 1) + interval '1 month - 1 day') ` +
    `and ${m(4)}::int <= 23 and ${m(5)}::int <= 59 and coalesce(${m(6)}, '0')::int <= 59 ` +
    `and (${m(7)} = 'Z' or (${m(9)}::int <= 14 and ${m(10)}::int <= 59))`;
  const instant =
    `(${m(1)} || '-' || ${m(2)} || '-' || ${m(3)} || ' ' || ${m(4)} || ':' || ${m(5)} || ':' || coalesce(${m(6)}, '00') || ` +
    `case when ${m(7)} = 'Z' then '+00:00' else ${m(8)} || ${m(9)} || ':' || ${m(10)} end)::timestamptz`;
  const from = `${STAGING_TABLE} s
${joins}
cross join lateral (select regexp_match(btrim(${raw('Date')}, ${WS}), ${TIMESTAMP}) as m) d
cross join lateral (select
  case when d.m is not null and (case when ${m(2)}::int between 1 and 12 and ${m(1)}::int >= 1 then ${calendarOk} else false end) then ${instant} end as occurred_at,
  ${latitude.ok} as latitude_ok, ${latitude.value} as latitude,
  ${longitude.ok} as longitude_ok, ${longitude.value} as longitude) v`;
  const valid = 'v.occurred_at is not null and v.latitude_ok and v.longitude_ok';
  // canonicalNumber: JavaScript's String(number). PostgreSQL writes the same shortest digits, in
  // exponent form from 1e-4 down where JavaScript does so only below 1e-6, and pads the exponent.
  const number = (value: string) =>
    `case when ${value} is null then '' when ${value} = 0 then '0' when abs(${value}) >= 1e-6 then ${value}::text::numeric::text ` +
    `else regexp_replace(${value}::text, 'e([+-])0*([0-9])', 'e\\1\\2') end`;
  const canonical = [
    `${label('Type')}.canonical`,
    `to_char(v.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    `${label('Part of a policing operation')}.canonical`,
    `${label('Policing operation')}.canonical`,
    number('v.latitude'),
    number('v.longitude'),
    `${label('Gender')}.canonical`,
    `${label('Age range')}.canonical`,
    `${label('Self-defined ethnicity')}.canonical`,
    `${label('Officer-defined ethnicity')}.canonical`,
    `${label('Legislation')}.canonical`,
    `${label('Object of search')}.canonical`,
    `${label('Outcome')}.canonical`,
    `${label('Outcome linked to object of search')}.canonical`,
    `${label('Removal of more than just outer clothing')}.canonical`,
  ].join(' || chr(31) || ');
  return { from, valid, canonical, raw, label };
}

/** The content key of a text, as record-identity.ts makes it: 128 bits of its SHA-256 as a uuid. */
export const keyOfSql = (text: string) => `encode(substring(sha256(convert_to(${text}, 'UTF8')) from 1 for 16), 'hex')::uuid`;
