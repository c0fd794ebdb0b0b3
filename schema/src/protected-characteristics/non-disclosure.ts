/**
 * Categories for a characteristic that was not disclosed. They are real categories, counted like
 * any other, because the disclosure rate is itself a measure of trust and of recording practice.
 */
export const NON_DISCLOSURE_CATEGORY_CODES = ['NOT_STATED', 'PREFER_NOT_TO_SAY', 'NOT_RECORDED'] as const;

export type NonDisclosureCategoryCode = (typeof NON_DISCLOSURE_CATEGORY_CODES)[number];

export interface NonDisclosureCategory {
  code: NonDisclosureCategoryCode;
  label: string;
  description: string;
}

export const NON_DISCLOSURE_CATEGORIES: readonly NonDisclosureCategory[] = [
  {
    code: 'NOT_STATED',
    label: 'Not stated',
    description: 'Asked, but no answer was given (police self-defined code NS).',
  },
  {
    code: 'PREFER_NOT_TO_SAY',
    label: 'Prefer not to say',
    description: 'The person chose the "prefer not to say" option.',
  },
  {
    code: 'NOT_RECORDED',
    label: 'Not recorded',
    description: 'Nothing was recorded, for example a blank field in an open-data file.',
  },
];

/** Whether a category code is one of the non-disclosure categories. */
export function isNonDisclosureCategory(code: string): code is NonDisclosureCategoryCode {
  return (NON_DISCLOSURE_CATEGORY_CODES as readonly string[]).includes(code);
}
