import { rate, DEFAULT_RATE_BASE, type RateInput } from './rate.js';
import { NotComputableReason, computed, notComputable, type NotComputable, type Result } from './result.js';
import { checkMinimum } from './validation.js';

/** The standard normal quantile for a two-sided 95% interval. */
export const Z_95 = 1.959964;

export interface RelativeRateRatioOptions {
  /** Rates are reported per this many people; default 1000. Does not change the ratio. */
  per?: number;
  /** Fewer events than this in either group gives BELOW_MINIMUM_COUNT. */
  minimumCount?: number;
}

export interface RelativeRateRatio {
  /** rate(group) ÷ rate(reference). */
  value: number;
  groupRate: number;
  referenceRate: number;
  per: number;
  /** Standard error of ln(value) by the Katz log method. */
  standardError: number;
  /** Lower bound of the 95% confidence interval. */
  lower: number;
  /** Upper bound of the 95% confidence interval. */
  upper: number;
  /** True when the interval excludes 1, i.e. the difference is unlikely to be chance alone. */
  significant: boolean;
}

/**
 * The relative rate ratio (disproportionality) of a group against a reference group, with a 95%
 * confidence interval by the Katz log method:
 *
 *   RR = (a / n1) ÷ (c / n2)
 *   SE(ln RR) = sqrt(1/a − 1/n1 + 1/c − 1/n2)
 *   CI = exp(ln RR ± 1.959964 × SE)
 *
 * where a events happen in a group of n1 people and c in a reference group of n2.
 *
 * Not computable when:
 * - the reference has zero events (ZERO_REFERENCE_RATE): the ratio would divide by zero;
 * - the group has zero events (ZERO_EVENTS): the ratio is 0 but ln 0 and 1/a are undefined,
 *   so no interval exists and a bare 0 would overstate certainty;
 * - either group has more events than people (COUNT_EXCEEDS_POPULATION): the Katz interval
 *   treats each event as a distinct person, and 1/a − 1/n would go negative;
 * - any population is zero or missing, or a count is negative or fractional.
 */
export function relativeRateRatio(
  group: RateInput,
  reference: RateInput,
  options: RelativeRateRatioOptions = {},
): Result<RelativeRateRatio> {
  const per = options.per ?? DEFAULT_RATE_BASE;
  const minimumProblem = checkMinimum('minimumCount', options.minimumCount);
  if (minimumProblem) return minimumProblem;
  const groupRate = rate(group, { per });
  if (!groupRate.computable) return prefixed('group', groupRate);
  const referenceRate = rate(reference, { per });
  if (!referenceRate.computable) return prefixed('reference', referenceRate);

  const a = groupRate.events;
  const n1 = groupRate.population;
  const c = referenceRate.events;
  const n2 = referenceRate.population;
  if (c === 0) {
    return notComputable(
      NotComputableReason.ZERO_REFERENCE_RATE,
      'reference group has 0 events, so its rate is 0 and no ratio can be formed',
    );
  }
  if (a === 0) {
    return notComputable(
      NotComputableReason.ZERO_EVENTS,
      'group has 0 events; the log-scale confidence interval needs ln(a) and 1/a',
    );
  }
  const minimum = options.minimumCount;
  if (minimum !== undefined && (a < minimum || c < minimum)) {
    const which = a < minimum ? `group events (${a})` : `reference events (${c})`;
    return notComputable(NotComputableReason.BELOW_MINIMUM_COUNT, `${which} are below the minimum of ${minimum}`);
  }

  const value = groupRate.value / referenceRate.value;
  const standardError = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  const logValue = Math.log(value);
  const lower = Math.exp(logValue - Z_95 * standardError);
  const upper = Math.exp(logValue + Z_95 * standardError);
  return computed({
    value,
    groupRate: groupRate.value,
    referenceRate: referenceRate.value,
    per,
    standardError,
    lower,
    upper,
    significant: lower > 1 || upper < 1,
  });
}

function prefixed(which: string, failure: NotComputable): NotComputable {
  return notComputable(failure.reason, `${which}: ${failure.detail}`);
}
