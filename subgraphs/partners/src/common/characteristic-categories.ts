import {
  BROAD_ETHNICITY_CATEGORIES,
  categoriesOf,
  findCategory,
  isProtectedCharacteristicCode,
  type ProtectedCharacteristicCode,
} from '@edhr/schema';

/**
 * Records counted by a publisher whose value as written matched none of its mapping rules: a
 * category of every characteristic, kept beside the non-disclosure ones so that how much of a
 * figure is unknown can be told (never folded into zero, never dropped): it counts in the records
 * of a period (the coverage denominator) but never in a rate.
 */
export const UNMAPPED_CATEGORY = 'UNMAPPED';

/**
 * Whether `category` is a category of `characteristic`. Race accepts the detailed Census 2021
 * groups and the five broad groups, since disparity is usually reported by broad group.
 * Returns the reason when it is not.
 */
export function categoryProblem(characteristic: ProtectedCharacteristicCode, category: string): string | null {
  if (category === UNMAPPED_CATEGORY) return null;
  if (findCategory(characteristic, category)) return null;
  if (characteristic === 'RACE' && BROAD_ETHNICITY_CATEGORIES.categories.some((c) => c.code === category)) return null;
  return `"${category}" is not a category of ${characteristic}: write one of ${allowedCategories(characteristic).join(', ')}`;
}

/** The category codes accepted for a characteristic (for RACE the broad groups first). */
export function allowedCategories(characteristic: ProtectedCharacteristicCode): string[] {
  const codes = categoriesOf(characteristic).map((c) => c.code);
  const broad = characteristic === 'RACE' ? BROAD_ETHNICITY_CATEGORIES.categories.map((c) => c.code) : [];
  return [...new Set([...broad, ...codes, UNMAPPED_CATEGORY])];
}

/**
 * Whether records of a category say something usable about the characteristic: a disclosed
 * category (or for RACE a broad group). Not stated, prefer not to say, not recorded and unmapped
 * are not usable: they count among a period's records, never in a rate.
 */
export function isUsableCategory(characteristic: ProtectedCharacteristicCode, category: string): boolean {
  const broad = characteristic === 'RACE' ? BROAD_ETHNICITY_CATEGORIES.categories.find((c) => c.code === category) : undefined;
  return (broad ?? findCategory(characteristic, category))?.disclosed ?? false;
}

/** Why `value` is not one of the nine characteristic codes, or null when it is. */
export function characteristicProblem(value: string): string | null {
  return isProtectedCharacteristicCode(value)
    ? null
    : `"${value}" is not a protected characteristic code (AGE, DISABILITY, GENDER_REASSIGNMENT, MARRIAGE_AND_CIVIL_PARTNERSHIP, PREGNANCY_AND_MATERNITY, RACE, RELIGION_OR_BELIEF, SEX, SEXUAL_ORIENTATION)`;
}

/** ONS geography codes: a letter for the country and eight digits (E23000014, E08000025). */
export const AREA_CODE = /^[EWSNK]\d{8}$/;

/** The form an area is written in, for error messages. */
export const AREA_FORM = 'an ONS geography code: a letter and eight digits, e.g. E23000014 (West Midlands police force area)';
