import type { NonDisclosureCategoryCode } from './non-disclosure.js';

/**
 * The outcome of reading one value from an open-data file:
 * - `value`: a rule recognised it;
 * - `not_stated`: it records that nothing was disclosed (including a blank field);
 * - `unmapped`: no rule recognised it. It is returned, never dropped or guessed at, so that
 *   callers can count and report values they could not classify.
 */
export type OpenDataMapping<T> =
  | { mapped: true; outcome: 'value'; raw: string; value: T; rule: string }
  | { mapped: true; outcome: 'not_stated'; raw: string; category: NonDisclosureCategoryCode; rule: string }
  | { mapped: false; outcome: 'unmapped'; raw: string; normalised: string };

/**
 * Lower-cases a value and evens out the spacing that varies between files and years: runs of
 * whitespace (including non-breaking spaces) become one space, spaces around "/" go, and the
 * en or em dashes some files use become hyphens.
 */
export function normaliseOpenDataValue(raw: string): string {
  return raw
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .trim()
    .toLowerCase();
}

/** The raw value as text; null and undefined count as a blank field. */
export function rawText(raw: string | null | undefined): string {
  return raw ?? '';
}
