import { describe, expect, it } from 'vitest';
import { BROAD_ETHNICITY_CATEGORIES, CHARACTERISTIC_CATEGORIES, categoriesOf, findCategory } from './categories.js';
import {
  PROTECTED_CHARACTERISTIC_CODES,
  PROTECTED_CHARACTERISTICS,
  getProtectedCharacteristic,
  isProtectedCharacteristicCode,
} from './characteristics.js';
import { NON_DISCLOSURE_CATEGORY_CODES, isNonDisclosureCategory } from './non-disclosure.js';

describe('protected characteristics', () => {
  it('lists the nine characteristics of the Equality Act 2010', () => {
    expect([...PROTECTED_CHARACTERISTIC_CODES]).toEqual([
      'AGE',
      'DISABILITY',
      'GENDER_REASSIGNMENT',
      'MARRIAGE_AND_CIVIL_PARTNERSHIP',
      'PREGNANCY_AND_MATERNITY',
      'RACE',
      'RELIGION_OR_BELIEF',
      'SEX',
      'SEXUAL_ORIENTATION',
    ]);
    expect(Object.keys(PROTECTED_CHARACTERISTICS).sort()).toEqual([...PROTECTED_CHARACTERISTIC_CODES].sort());
    expect(PROTECTED_CHARACTERISTIC_CODES.map((c) => getProtectedCharacteristic(c).label)).toEqual([
      'Age',
      'Disability',
      'Gender reassignment',
      'Marriage and civil partnership',
      'Pregnancy and maternity',
      'Race',
      'Religion or belief',
      'Sex',
      'Sexual orientation',
    ]);
  });

  it('notes that the equality duty covers marriage and civil partnership only in part', () => {
    const partial = PROTECTED_CHARACTERISTIC_CODES.filter((c) => PROTECTED_CHARACTERISTICS[c].equalityDuty === 'partial');
    expect(partial).toEqual(['MARRIAGE_AND_CIVIL_PARTNERSHIP']);
    const note = PROTECTED_CHARACTERISTICS.MARRIAGE_AND_CIVIL_PARTNERSHIP.equalityDutyNote;
    expect(note).toMatch(/only for its first aim/);
    expect(note).toMatch(/eliminating discrimination/);
    expect(note).toMatch(/employment/);
    for (const code of PROTECTED_CHARACTERISTIC_CODES.filter((c) => c !== 'MARRIAGE_AND_CIVIL_PARTNERSHIP')) {
      expect(PROTECTED_CHARACTERISTICS[code].equalityDutyNote).toBeNull();
    }
  });

  it('recognises its codes', () => {
    expect(isProtectedCharacteristicCode('RACE')).toBe(true);
    expect(isProtectedCharacteristicCode('ETHNICITY')).toBe(false);
  });
});

describe('categories', () => {
  it('gives every characteristic the non-disclosure categories, last and marked undisclosed', () => {
    for (const code of PROTECTED_CHARACTERISTIC_CODES) {
      const categories = categoriesOf(code);
      const tail = categories.slice(-3);
      expect(tail.map((c) => c.code)).toEqual([...NON_DISCLOSURE_CATEGORY_CODES]);
      expect(tail.every((c) => !c.disclosed)).toBe(true);
      expect(categories.slice(0, -3).every((c) => c.disclosed && !isNonDisclosureCategory(c.code))).toBe(true);
      expect(findCategory(code, 'NOT_STATED')?.label).toBe('Not stated');
      expect(findCategory(code, 'PREFER_NOT_TO_SAY')?.label).toBe('Prefer not to say');
      expect(new Set(categories.map((c) => c.code)).size).toBe(categories.length);
      expect(CHARACTERISTIC_CATEGORIES[code].characteristic).toBe(code);
    }
  });

  it('uses the 19 Census 2021 ethnic groups for race, each under its broad group', () => {
    const race = categoriesOf('RACE').filter((c) => c.disclosed);
    expect(race).toHaveLength(19);
    expect(findCategory('RACE', 'BLACK_CARIBBEAN')).toEqual({
      code: 'BLACK_CARIBBEAN',
      label: 'Black, Black British, Black Welsh, Caribbean or African: Caribbean',
      disclosed: true,
      parent: 'BLACK',
    });
    expect(new Set(race.map((c) => c.parent))).toEqual(new Set(['ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER']));
    expect(BROAD_ETHNICITY_CATEGORIES.categories.filter((c) => c.disclosed).map((c) => c.code)).toEqual([
      'ASIAN',
      'BLACK',
      'MIXED',
      'WHITE',
      'OTHER',
    ]);
  });

  it('follows the Census 2021 wording for the other characteristics', () => {
    const labels = (code: Parameters<typeof categoriesOf>[0]) =>
      categoriesOf(code)
        .filter((c) => c.disclosed)
        .map((c) => c.label);
    expect(labels('SEX')).toEqual(['Female', 'Male']);
    expect(labels('SEXUAL_ORIENTATION')).toEqual([
      'Straight or Heterosexual',
      'Gay or Lesbian',
      'Bisexual',
      'All other sexual orientations',
    ]);
    expect(labels('RELIGION_OR_BELIEF')).toEqual([
      'No religion',
      'Christian',
      'Buddhist',
      'Hindu',
      'Jewish',
      'Muslim',
      'Sikh',
      'Other religion',
    ]);
    expect(categoriesOf('DISABILITY').filter((c) => c.parent === 'DISABLED')).toHaveLength(2);
    expect(labels('AGE')).toEqual(['under 10', '10-17', '18-24', '25-34', 'over 34']);
  });
});
