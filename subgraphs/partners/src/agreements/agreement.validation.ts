import { inputError } from '../common/input-error';
import { AREA_CODE, characteristicProblem } from '../common/characteristic-categories';

/** The terms of an agreement, as stored. */
export interface AgreementTerms {
  title: string;
  datasets: string[];
  characteristics: string[];
  areas: string[];
  finestPeriod: string;
  validFrom: string;
  validTo: string;
  suppressionThreshold: number;
}

const DATASET = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws an error naming the first bad field (prefixed with `at`, e.g. `input.`). */
export function validateAgreementTerms(terms: AgreementTerms, at: string): void {
  if (!terms.title.trim()) throw inputError(`${at}title`, 'must not be empty');
  if (terms.datasets.length === 0) throw inputError(`${at}datasets`, 'must name at least one dataset');
  for (const d of terms.datasets) {
    if (!DATASET.test(d)) throw inputError(`${at}datasets`, `"${d}" must be lower-case letters, digits and hyphens`);
  }
  if (terms.characteristics.length === 0) throw inputError(`${at}characteristics`, 'must name at least one characteristic');
  for (const c of terms.characteristics) {
    const problem = characteristicProblem(c);
    if (problem) throw inputError(`${at}characteristics`, problem);
  }
  if (terms.areas.length === 0) throw inputError(`${at}areas`, 'must name at least one area');
  for (const a of terms.areas) {
    if (!AREA_CODE.test(a)) throw inputError(`${at}areas`, `"${a}" is not an ONS geography code`);
  }
  for (const field of ['validFrom', 'validTo'] as const) {
    const value = terms[field];
    if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
      throw inputError(`${at}${field}`, `"${value}" is not a date (YYYY-MM-DD)`);
    }
  }
  if (terms.validTo < terms.validFrom) {
    throw inputError(`${at}validTo`, `${terms.validTo} is before validFrom ${terms.validFrom}`);
  }
  if (!Number.isInteger(terms.suppressionThreshold) || terms.suppressionThreshold < 1) {
    throw inputError(`${at}suppressionThreshold`, `must be a whole number of at least 1 (got ${terms.suppressionThreshold})`);
  }
}
