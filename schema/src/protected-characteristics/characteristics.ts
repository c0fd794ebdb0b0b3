/** Stable codes for the nine protected characteristics of the Equality Act 2010 (s.4). */
export const PROTECTED_CHARACTERISTIC_CODES = [
  'AGE',
  'DISABILITY',
  'GENDER_REASSIGNMENT',
  'MARRIAGE_AND_CIVIL_PARTNERSHIP',
  'PREGNANCY_AND_MATERNITY',
  'RACE',
  'RELIGION_OR_BELIEF',
  'SEX',
  'SEXUAL_ORIENTATION',
] as const;

export type ProtectedCharacteristicCode = (typeof PROTECTED_CHARACTERISTIC_CODES)[number];

/** How far the public sector equality duty (Equality Act 2010, s.149) reaches a characteristic. */
export type EqualityDutyCoverage = 'full' | 'partial';

export interface ProtectedCharacteristic {
  code: ProtectedCharacteristicCode;
  /** The name used in the Act. */
  label: string;
  /** Where the Act defines the characteristic (or, for pregnancy and maternity, the discrimination). */
  definedIn: string;
  equalityDuty: EqualityDutyCoverage;
  /** What the equality duty does not cover, where it covers the characteristic only in part. */
  equalityDutyNote: string | null;
}

export const PROTECTED_CHARACTERISTICS: Readonly<Record<ProtectedCharacteristicCode, ProtectedCharacteristic>> = {
  AGE: { code: 'AGE', label: 'Age', definedIn: 'Equality Act 2010, s.5', equalityDuty: 'full', equalityDutyNote: null },
  DISABILITY: {
    code: 'DISABILITY',
    label: 'Disability',
    definedIn: 'Equality Act 2010, s.6',
    equalityDuty: 'full',
    equalityDutyNote: null,
  },
  GENDER_REASSIGNMENT: {
    code: 'GENDER_REASSIGNMENT',
    label: 'Gender reassignment',
    definedIn: 'Equality Act 2010, s.7',
    equalityDuty: 'full',
    equalityDutyNote: null,
  },
  MARRIAGE_AND_CIVIL_PARTNERSHIP: {
    code: 'MARRIAGE_AND_CIVIL_PARTNERSHIP',
    label: 'Marriage and civil partnership',
    definedIn: 'Equality Act 2010, s.8',
    equalityDuty: 'partial',
    equalityDutyNote:
      'The public sector equality duty covers marriage and civil partnership only for its first aim, ' +
      'eliminating discrimination, harassment and victimisation, and only in employment (work). ' +
      'The aims of advancing equality of opportunity and fostering good relations do not apply.',
  },
  PREGNANCY_AND_MATERNITY: {
    code: 'PREGNANCY_AND_MATERNITY',
    label: 'Pregnancy and maternity',
    definedIn: 'Equality Act 2010, ss.17–18',
    equalityDuty: 'full',
    equalityDutyNote: null,
  },
  RACE: { code: 'RACE', label: 'Race', definedIn: 'Equality Act 2010, s.9', equalityDuty: 'full', equalityDutyNote: null },
  RELIGION_OR_BELIEF: {
    code: 'RELIGION_OR_BELIEF',
    label: 'Religion or belief',
    definedIn: 'Equality Act 2010, s.10',
    equalityDuty: 'full',
    equalityDutyNote: null,
  },
  SEX: { code: 'SEX', label: 'Sex', definedIn: 'Equality Act 2010, s.11', equalityDuty: 'full', equalityDutyNote: null },
  SEXUAL_ORIENTATION: {
    code: 'SEXUAL_ORIENTATION',
    label: 'Sexual orientation',
    definedIn: 'Equality Act 2010, s.12',
    equalityDuty: 'full',
    equalityDutyNote: null,
  },
};

/** Whether a string is one of the nine characteristic codes. */
export function isProtectedCharacteristicCode(value: string): value is ProtectedCharacteristicCode {
  return (PROTECTED_CHARACTERISTIC_CODES as readonly string[]).includes(value);
}

/** The characteristic with this code. */
export function getProtectedCharacteristic(code: ProtectedCharacteristicCode): ProtectedCharacteristic {
  return PROTECTED_CHARACTERISTICS[code];
}
