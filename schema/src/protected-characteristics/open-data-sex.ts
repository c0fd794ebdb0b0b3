import { normaliseOpenDataValue, rawText, type OpenDataMapping } from './open-data-mapping.js';

/**
 * The values of the "Gender" column of police open data. OTHER has no counterpart in the
 * harmonised sex standard (Female, Male); it is kept as published rather than folded into either.
 */
export type OpenDataSex = 'FEMALE' | 'MALE' | 'OTHER';

const values: ReadonlyMap<string, OpenDataSex> = new Map([
  ['female', 'FEMALE'],
  ['male', 'MALE'],
  ['other', 'OTHER'],
]);

/**
 * Reads a "Gender" value from police open data. Rules, in order:
 * - `blank`: an empty value is NOT_RECORDED (whole months of some forces' files are blank);
 * - `open-data-sex`: "Male", "Female" or "Other", in any case and spacing.
 * Anything else is returned unmapped.
 */
export function mapOpenDataSex(raw: string | null | undefined): OpenDataMapping<OpenDataSex> {
  const text = rawText(raw);
  const normalised = normaliseOpenDataValue(text);
  if (normalised === '') return { mapped: true, outcome: 'not_stated', raw: text, category: 'NOT_RECORDED', rule: 'blank' };
  const value = values.get(normalised);
  if (value) return { mapped: true, outcome: 'value', raw: text, value, rule: 'open-data-sex' };
  return { mapped: false, outcome: 'unmapped', raw: text, normalised };
}
