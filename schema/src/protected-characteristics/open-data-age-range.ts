import { normaliseOpenDataValue, rawText, type OpenDataMapping } from './open-data-mapping.js';

export const OPEN_DATA_AGE_RANGE_CODES = ['UNDER_10', 'AGE_10_17', 'AGE_18_24', 'AGE_25_34', 'OVER_34'] as const;

export type OpenDataAgeRangeCode = (typeof OPEN_DATA_AGE_RANGE_CODES)[number];

export interface OpenDataAgeRange {
  code: OpenDataAgeRangeCode;
  /** The value as police open data write it. */
  label: string;
  /** Youngest age in the band, in whole years. */
  minAge: number;
  /** Oldest age in the band, or null for an open-ended band. */
  maxAge: number | null;
}

/** The age bands of the police open-data stop-and-search files, youngest first. */
export const OPEN_DATA_AGE_RANGES: readonly OpenDataAgeRange[] = [
  { code: 'UNDER_10', label: 'under 10', minAge: 0, maxAge: 9 },
  { code: 'AGE_10_17', label: '10-17', minAge: 10, maxAge: 17 },
  { code: 'AGE_18_24', label: '18-24', minAge: 18, maxAge: 24 },
  { code: 'AGE_25_34', label: '25-34', minAge: 25, maxAge: 34 },
  { code: 'OVER_34', label: 'over 34', minAge: 35, maxAge: null },
];

const byLabel = new Map(OPEN_DATA_AGE_RANGES.map((r) => [r.label, r]));

/**
 * Reads an "Age range" value from police open data. Rules, in order:
 * - `blank`: an empty value is NOT_RECORDED;
 * - `open-data-age-range`: after lower-casing, evening out spaces and removing spaces around the
 *   hyphen ("10 - 17" → "10-17"), the value is one of the five published bands.
 * Anything else is returned unmapped.
 */
export function mapOpenDataAgeRange(raw: string | null | undefined): OpenDataMapping<OpenDataAgeRange> {
  const text = rawText(raw);
  const normalised = normaliseOpenDataValue(text).replace(/ ?- ?/g, '-');
  if (normalised === '') return { mapped: true, outcome: 'not_stated', raw: text, category: 'NOT_RECORDED', rule: 'blank' };
  const range = byLabel.get(normalised);
  if (range) return { mapped: true, outcome: 'value', raw: text, value: range, rule: 'open-data-age-range' };
  return { mapped: false, outcome: 'unmapped', raw: text, normalised };
}
