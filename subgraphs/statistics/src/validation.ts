import { NotComputableReason, notComputable, type NotComputable } from './result.js';

/**
 * Checks that a count is a finite, non-negative whole number.
 * Returns the failure to report, or null when the count is usable.
 */
export function checkCount(name: string, value: number): NotComputable | null {
  if (!Number.isFinite(value)) {
    return notComputable(NotComputableReason.NON_FINITE_INPUT, `${name} is ${String(value)}, not a finite number`);
  }
  if (value < 0) return notComputable(NotComputableReason.NEGATIVE_INPUT, `${name} is negative (${value})`);
  if (!Number.isInteger(value)) {
    return notComputable(NotComputableReason.NON_INTEGER_COUNT, `${name} is not a whole number (${value})`);
  }
  return null;
}

/**
 * Checks that a population is present, finite and non-negative; with `integer` it must also be a
 * whole number. Zero is allowed here because callers report it with their own wording.
 */
export function checkPopulation(
  name: string,
  value: number | null | undefined,
  { integer }: { integer: boolean },
): NotComputable | null {
  if (value === null || value === undefined) {
    return notComputable(NotComputableReason.MISSING_POPULATION, `${name} was not supplied`);
  }
  if (integer) return checkCount(name, value);
  if (!Number.isFinite(value)) {
    return notComputable(NotComputableReason.NON_FINITE_INPUT, `${name} is ${String(value)}, not a finite number`);
  }
  if (value < 0) return notComputable(NotComputableReason.NEGATIVE_INPUT, `${name} is negative (${value})`);
  return null;
}

/** Checks that an optional minimum count is a finite, non-negative whole number. */
export function checkMinimum(name: string, value: number | undefined): NotComputable | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) {
    return notComputable(NotComputableReason.INVALID_OPTION, `${name} must be a non-negative whole number (got ${value})`);
  }
  return null;
}

/** The first failure among several checks, or null when all passed. */
export function firstProblem(...checks: Array<NotComputable | null>): NotComputable | null {
  return checks.find((c) => c !== null) ?? null;
}
