import { BROAD_ETHNIC_GROUPS, DETAILED_ETHNIC_GROUPS } from './census2021-ethnic-groups.js';
import type { ProtectedCharacteristicCode } from './characteristics.js';
import { NON_DISCLOSURE_CATEGORIES } from './non-disclosure.js';
import { OPEN_DATA_AGE_RANGES } from './open-data-age-range.js';

export interface CharacteristicCategory {
  /** Stable code, unique within its characteristic. */
  code: string;
  label: string;
  /** False for Not stated, Prefer not to say and Not recorded. */
  disclosed: boolean;
  /** The coarser category this one rolls up to (e.g. its broad ethnic group), if any. */
  parent: string | null;
}

export interface CharacteristicCategorySet {
  characteristic: ProtectedCharacteristicCode;
  /** The standard or classification the categories follow. */
  source: string;
  /** How the categories relate to the characteristic as the Equality Act defines it, where they differ. */
  note: string | null;
  /** Disclosed categories first, then the non-disclosure categories. */
  categories: readonly CharacteristicCategory[];
}

type Disclosed = Omit<CharacteristicCategory, 'disclosed' | 'parent'> & { parent?: string };

function set(
  characteristic: ProtectedCharacteristicCode,
  source: string,
  note: string | null,
  disclosed: readonly Disclosed[],
): CharacteristicCategorySet {
  return {
    characteristic,
    source,
    note,
    categories: [
      ...disclosed.map((c) => ({ code: c.code, label: c.label, disclosed: true, parent: c.parent ?? null })),
      ...NON_DISCLOSURE_CATEGORIES.map((c) => ({ code: c.code, label: c.label, disclosed: false, parent: null })),
    ],
  };
}

/** Categories for each protected characteristic, following the UK harmonised standards and Census 2021. */
export const CHARACTERISTIC_CATEGORIES: Readonly<Record<ProtectedCharacteristicCode, CharacteristicCategorySet>> = {
  AGE: set(
    'AGE',
    'Age bands of police open data',
    'Age is collected as age or date of birth and has no harmonised banding; these are the bands police ' +
      'open data publish. Other datasets should be banded to suit and mapped with care.',
    OPEN_DATA_AGE_RANGES.map((r) => ({ code: r.code, label: r.label })),
  ),
  DISABILITY: set(
    'DISABILITY',
    'Census 2021 disability classification (GSS harmonised standard, Equality Act definition)',
    null,
    [
      { code: 'DISABLED_LIMITED_A_LOT', label: 'Disabled under the Equality Act: Day-to-day activities limited a lot', parent: 'DISABLED' },
      { code: 'DISABLED_LIMITED_A_LITTLE', label: 'Disabled under the Equality Act: Day-to-day activities limited a little', parent: 'DISABLED' },
      {
        code: 'NOT_DISABLED_CONDITION_NOT_LIMITING',
        label:
          'Not disabled under the Equality Act: Has long-term physical or mental health condition but day-to-day activities are not limited',
        parent: 'NOT_DISABLED',
      },
      {
        code: 'NOT_DISABLED_NO_CONDITION',
        label: 'Not disabled under the Equality Act: No long-term physical or mental health conditions',
        parent: 'NOT_DISABLED',
      },
    ],
  ),
  GENDER_REASSIGNMENT: set(
    'GENDER_REASSIGNMENT',
    'Census 2021 gender identity question',
    'The Census question asks whether gender identity is the same as sex registered at birth. The Act protects ' +
      'people proposing to undergo, undergoing or having undergone gender reassignment, so this is a close but ' +
      'not exact measure.',
    [
      { code: 'SAME_AS_SEX_REGISTERED_AT_BIRTH', label: 'Gender identity the same as sex registered at birth' },
      { code: 'DIFFERENT_FROM_SEX_REGISTERED_AT_BIRTH', label: 'Gender identity different from sex registered at birth' },
    ],
  ),
  MARRIAGE_AND_CIVIL_PARTNERSHIP: set(
    'MARRIAGE_AND_CIVIL_PARTNERSHIP',
    'Census 2021 legal partnership status',
    'Only being married or in a civil partnership is protected; the other statuses complete the denominator.',
    [
      { code: 'NEVER_MARRIED_OR_CIVIL_PARTNERED', label: 'Never married and never registered a civil partnership' },
      { code: 'MARRIED_OR_CIVIL_PARTNERSHIP', label: 'Married or in a registered civil partnership' },
      { code: 'SEPARATED', label: 'Separated, but still legally married or still legally in a civil partnership' },
      { code: 'DIVORCED_OR_DISSOLVED', label: 'Divorced or civil partnership dissolved' },
      { code: 'WIDOWED_OR_SURVIVING_PARTNER', label: 'Widowed or surviving civil partnership partner' },
    ],
  ),
  PREGNANCY_AND_MATERNITY: set(
    'PREGNANCY_AND_MATERNITY',
    'Equality Act 2010, ss.17–18 (no harmonised standard exists)',
    'Protection lasts through pregnancy and, at work, the maternity leave period; outside work, 26 weeks from the birth.',
    [
      { code: 'PREGNANT', label: 'Pregnant' },
      { code: 'MATERNITY', label: 'On maternity leave or within 26 weeks of giving birth' },
      { code: 'NEITHER', label: 'Neither pregnant nor on maternity leave' },
    ],
  ),
  RACE: set(
    'RACE',
    'Census 2021 ethnic group, 19 detailed categories (ONS)',
    'Ethnic group is the harmonised measure of race; each detailed category rolls up to one of the five broad groups.',
    DETAILED_ETHNIC_GROUPS.map((g) => ({ code: g.code, label: g.onsLabel, parent: g.broad })),
  ),
  RELIGION_OR_BELIEF: set(
    'RELIGION_OR_BELIEF',
    'Census 2021 religion (England and Wales)',
    'The Act also protects philosophical belief and lack of belief; "No religion" covers the latter only.',
    [
      { code: 'NO_RELIGION', label: 'No religion' },
      { code: 'CHRISTIAN', label: 'Christian' },
      { code: 'BUDDHIST', label: 'Buddhist' },
      { code: 'HINDU', label: 'Hindu' },
      { code: 'JEWISH', label: 'Jewish' },
      { code: 'MUSLIM', label: 'Muslim' },
      { code: 'SIKH', label: 'Sikh' },
      { code: 'OTHER_RELIGION', label: 'Other religion' },
    ],
  ),
  SEX: set('SEX', 'GSS harmonised standard and Census 2021 sex question', null, [
    { code: 'FEMALE', label: 'Female' },
    { code: 'MALE', label: 'Male' },
  ]),
  SEXUAL_ORIENTATION: set('SEXUAL_ORIENTATION', 'Census 2021 sexual orientation', null, [
    { code: 'STRAIGHT_OR_HETEROSEXUAL', label: 'Straight or Heterosexual' },
    { code: 'GAY_OR_LESBIAN', label: 'Gay or Lesbian' },
    { code: 'BISEXUAL', label: 'Bisexual' },
    { code: 'ALL_OTHER_SEXUAL_ORIENTATIONS', label: 'All other sexual orientations' },
  ]),
};

/** Ethnicity at the five broad Census 2021 groups, for data too coarse for the 19 categories. */
export const BROAD_ETHNICITY_CATEGORIES: CharacteristicCategorySet = set(
  'RACE',
  'Census 2021 ethnic group, 5 high-level categories (ONS)',
  null,
  BROAD_ETHNIC_GROUPS.map((g) => ({ code: g.code, label: g.onsLabel })),
);

/** The categories of a characteristic, disclosed ones first. */
export function categoriesOf(characteristic: ProtectedCharacteristicCode): readonly CharacteristicCategory[] {
  return CHARACTERISTIC_CATEGORIES[characteristic].categories;
}

/** The category of a characteristic with this code, or undefined. */
export function findCategory(
  characteristic: ProtectedCharacteristicCode,
  categoryCode: string,
): CharacteristicCategory | undefined {
  return categoriesOf(characteristic).find((c) => c.code === categoryCode);
}
