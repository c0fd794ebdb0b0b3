/**
 * Why a figure could not be computed. Every computation in this package returns one of these
 * instead of NaN, Infinity or a silent 0, so a caller can show "not computable" with a reason.
 */
export enum NotComputableReason {
  /** A population, workforce or applicant total is 0, so a rate or share would divide by zero. */
  ZERO_POPULATION = 'ZERO_POPULATION',
  /** A population figure was not supplied (null or undefined). */
  MISSING_POPULATION = 'MISSING_POPULATION',
  /** The reference group's rate or share is 0, so a ratio against it would divide by zero. */
  ZERO_REFERENCE_RATE = 'ZERO_REFERENCE_RATE',
  /** A count is 0 where the method needs it non-zero (the log-scale interval takes the log of it). */
  ZERO_EVENTS = 'ZERO_EVENTS',
  /** A count is larger than the population it is drawn from. */
  COUNT_EXCEEDS_POPULATION = 'COUNT_EXCEEDS_POPULATION',
  /** A count or population is negative. */
  NEGATIVE_INPUT = 'NEGATIVE_INPUT',
  /** A count of people or events is not a whole number. */
  NON_INTEGER_COUNT = 'NON_INTEGER_COUNT',
  /** A count is below the minimum the caller set for a reliable figure. */
  BELOW_MINIMUM_COUNT = 'BELOW_MINIMUM_COUNT',
  /** An input is NaN or infinite. */
  NON_FINITE_INPUT = 'NON_FINITE_INPUT',
  /** A table is empty or its rows have different lengths. */
  INVALID_SHAPE = 'INVALID_SHAPE',
  /** An option is outside its allowed range (for example a suppression threshold below 1). */
  INVALID_OPTION = 'INVALID_OPTION',
  /** There are no groups or points to work on. */
  EMPTY_INPUT = 'EMPTY_INPUT',
  /** Two groups share a name, so a reference by name would be ambiguous. */
  DUPLICATE_GROUP = 'DUPLICATE_GROUP',
  /** A named reference group is not among the groups given. */
  UNKNOWN_REFERENCE_GROUP = 'UNKNOWN_REFERENCE_GROUP',
}

/** The failure arm of every result: a reason code and a sentence naming the offending input. */
export interface NotComputable {
  computable: false;
  reason: NotComputableReason;
  detail: string;
}

/** A computed value with its supporting fields, or the reason it could not be computed. */
export type Result<T extends object> = ({ computable: true } & T) | NotComputable;

/** Builds the failure arm of a result. */
export function notComputable(reason: NotComputableReason, detail: string): NotComputable {
  return { computable: false, reason, detail };
}

/** Builds the success arm of a result. */
export function computed<T extends object>(fields: T): { computable: true } & T {
  return { computable: true, ...fields };
}
