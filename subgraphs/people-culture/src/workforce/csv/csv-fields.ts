import {
  BROAD_ETHNICITY_CATEGORIES,
  PROTECTED_CHARACTERISTICS,
  categoriesOf,
  isProtectedCharacteristicCode,
  type ProtectedCharacteristicCode,
} from '@edhr/schema';

/** A cell that could not be read; the message names the column and the reason. */
export class CellError extends Error {}

export function text(record: Record<string, string>, column: string, max = 100): string {
  const value = (record[column] ?? '').trim();
  if (value === '') throw new CellError(`${column} is empty`);
  if (value.length > max) throw new CellError(`${column} is longer than ${max} characters`);
  return value;
}

/** A count of people or cases: a whole number, 0 or more, written without separators. */
export function count(record: Record<string, string>, column: string): number {
  const value = text(record, column);
  if (!/^\d+$/.test(value)) throw new CellError(`${column} "${value}" is not a whole number of 0 or more`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n > 2_147_483_647) throw new CellError(`${column} "${value}" is too large`);
  return n;
}

/** A calendar date written YYYY-MM-DD that exists. */
export function isoDate(record: Record<string, string>, column: string): string {
  const value = text(record, column);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new CellError(`${column} "${value}" is not a date written YYYY-MM-DD`);
  }
  return value;
}

/** A reporting period: a year (2024), a month (2024-03) or a day (2024-03-31). */
export function period(record: Record<string, string>, column: string): string {
  const value = text(record, column);
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value)) {
    throw new CellError(`${column} "${value}" is not a period written YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return value;
}

export function oneOf<T extends string>(record: Record<string, string>, column: string, allowed: readonly T[]): T {
  const value = text(record, column).toLowerCase();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CellError(`${column} "${record[column]?.trim()}" is not one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A protected characteristic, by code (RACE) or by its name in the Act (Race), any case. */
export function characteristic(record: Record<string, string>, column: string): ProtectedCharacteristicCode {
  const value = text(record, column, 40);
  const code = value.toUpperCase().replace(/[\s-]+/g, '_');
  if (isProtectedCharacteristicCode(code)) return code;
  const byLabel = Object.values(PROTECTED_CHARACTERISTICS).find((c) => c.label.toLowerCase() === value.toLowerCase());
  if (byLabel) return byLabel.code;
  throw new CellError(`${column} "${value}" is not a protected characteristic (e.g. RACE, SEX, DISABILITY)`);
}

/**
 * A category of the characteristic: matched to a category code or label of the shared
 * classification (any case; for RACE the five broad groups as well), or kept as written and
 * reported as unrecognised — never dropped.
 */
export function category(
  record: Record<string, string>,
  column: string,
  of: ProtectedCharacteristicCode,
): { value: string; recognised: boolean } {
  const value = text(record, column);
  const wanted = value.toLowerCase();
  const candidates = of === 'RACE' ? [...categoriesOf(of), ...BROAD_ETHNICITY_CATEGORIES.categories] : categoriesOf(of);
  const match = candidates.find((c) => c.code.toLowerCase() === wanted || c.label.toLowerCase() === wanted);
  return match ? { value: match.code, recognised: true } : { value, recognised: false };
}
