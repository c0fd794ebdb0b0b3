import {
  BROAD_ETHNICITY_CATEGORIES,
  findCategory,
  isProtectedCharacteristicCode,
  type ProtectedCharacteristicCode,
} from '@edhr/schema';

/**
 * Records counted by a publisher whose value as written matched none of its mapping rules: a
 * category of every characteristic, kept beside the non-disclosure ones so that how much of a
 * figure is unknown can be told (never folded into zero, never dropped).
 */
export const UNMAPPED_CATEGORY = 'UNMAPPED';

/**
 * Whether `category` may be stored for `characteristic` in a shared figure: any category of it
 * (below) or UNMAPPED. Populations and reference categories take only the categories themselves.
 */
export function statisticCategoryProblem(characteristic: ProtectedCharacteristicCode, category: string): string | null {
  return category === UNMAPPED_CATEGORY ? null : categoryProblem(characteristic, category);
}

/**
 * Whether `category` is a category of `characteristic`. Race accepts the detailed Census 2021
 * groups and the five broad groups, since disparity is usually reported by broad group.
 * Returns the reason when it is not.
 */
export function categoryProblem(characteristic: ProtectedCharacteristicCode, category: string): string | null {
  if (findCategory(characteristic, category)) return null;
  if (characteristic === 'RACE' && BROAD_ETHNICITY_CATEGORIES.categories.some((c) => c.code === category)) return null;
  return `"${category}" is not a category of ${characteristic}`;
}

/** Why `value` is not one of the nine characteristic codes, or null when it is. */
export function characteristicProblem(value: string): string | null {
  return isProtectedCharacteristicCode(value)
    ? null
    : `"${value}" is not a protected characteristic code (AGE, DISABILITY, GENDER_REASSIGNMENT, MARRIAGE_AND_CIVIL_PARTNERSHIP, PREGNANCY_AND_MATERNITY, RACE, RELIGION_OR_BELIEF, SEX, SEXUAL_ORIENTATION)`;
}

/** ONS geography codes: a letter for the country and eight digits (E23000014, E08000025). */
export const AREA_CODE = /^[EWSNK]\d{8}$/;
