/**
 * Parsers for the non-category columns of police open data. Each returns either a value or
 * a reason; the caller decides whether a reason refuses the row or is only reported.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Timestamps: ISO 8601 date and time with an offset, as data.police.uk writes them
 * ("2017-05-31T23:23:00+00:00"), also "Z", "+0100" and a space instead of "T". A value with
 * no offset is refused: the files mix GMT and BST, so guessing would shift records by an hour.
 */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseOpenDataTimestamp(raw: string): Parsed<Date> {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'Date is blank' };
  const match = TIMESTAMP.exec(text);
  if (!match) {
    const reason = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/.test(text)
      ? `Date "${text}" has no UTC offset (expected e.g. 2017-06-01T10:00:00+01:00)`
      : `Date "${text}" is not an ISO 8601 date and time (expected e.g. 2017-06-01T10:00:00+01:00)`;
    return { ok: false, reason };
  }
  const [, y, mo, d, h, mi, s, offset] = match;
  const month = Number(mo);
  const day = Number(d);
  // Date would roll 2017-02-30 over to March: check the calendar fields first.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(y), month) || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return { ok: false, reason: `Date "${text}" is not a real calendar date and time` };
  }
  const zone = offset === 'Z' ? 'Z' : `${offset!.slice(0, 3)}:${offset!.slice(-2)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone}`);
  if (Number.isNaN(date.getTime())) return { ok: false, reason: `Date "${text}" is not a real calendar date and time` };
  return { ok: true, value: date };
}

/** Booleans: "True"/"False" in any case (also "Yes"/"No"); blank means not recorded (null). */
export function parseOpenDataBoolean(raw: string): Parsed<boolean | null> {
  const text = raw.trim().toLowerCase();
  if (text === '') return { ok: true, value: null };
  if (text === 'true' || text === 'yes') return { ok: true, value: true };
  if (text === 'false' || text === 'no') return { ok: true, value: false };
  return { ok: false, reason: `"${raw}" is not True, False or blank` };
}

/** Coordinates: a decimal number within range; blank means not published (null). */
export function parseCoordinate(raw: string, column: 'Latitude' | 'Longitude'): Parsed<number | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const value = Number(text);
  const limit = column === 'Latitude' ? 90 : 180;
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    return { ok: false, reason: `${column} "${text}" is not a number between -${limit} and ${limit}` };
  }
  return { ok: true, value };
}
