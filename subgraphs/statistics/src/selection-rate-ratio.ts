import { NotComputableReason, computed, notComputable, type Result } from './result.js';
import { checkCount, checkMinimum, firstProblem } from './validation.js';

/** The four-fifths rule: a selection-rate ratio below this indicates adverse impact. */
export const FOUR_FIFTHS = 0.8;

/** Applicants to, and appointments from, one recruitment or promotion process for one group. */
export interface SelectionGroupInput {
  group: string;
  applicants: number;
  successful: number;
}

export interface SelectionRateOptions {
  /**
   * Name of the group to compare against. When omitted, each group is compared with the group
   * that has the highest selection rate, as the four-fifths rule is usually applied.
   */
  reference?: string;
  /** Ratios strictly below this are flagged as adverse impact; default 0.8. */
  adverseImpactThreshold?: number;
  /** Groups with fewer applicants than this are not computed and cannot be the reference. */
  minimumApplicants?: number;
}

export interface SelectionGroupResult {
  group: string;
  applicants: number;
  successful: number;
  /** successful ÷ applicants. */
  rate: Result<{ value: number }>;
  /** This group's rate ÷ the reference group's rate, and whether it falls below the threshold. */
  ratio: Result<{ value: number; adverseImpact: boolean }>;
}

export interface SelectionRateRatios {
  reference: { group: string; rate: number; chosenBy: 'highest_rate' | 'named' };
  adverseImpactThreshold: number;
  groups: SelectionGroupResult[];
}

/**
 * Selection rates (successful ÷ applicants) per group and each group's ratio to a reference
 * group's rate: the highest-rate group by default (ties go to the first listed), or a named group.
 * `adverseImpact` is set when the ratio is below the threshold (default 0.8, the four-fifths
 * rule); a ratio of exactly 0.8 is not adverse.
 *
 * A group whose own figures are unusable gets a not-computable rate and ratio while the others
 * are still computed. The whole result is not computable when there are no groups, names repeat,
 * the named reference is missing or unusable, or the reference rate is 0.
 */
export function selectionRateRatios(
  groups: readonly SelectionGroupInput[],
  options: SelectionRateOptions = {},
): Result<SelectionRateRatios> {
  const threshold = options.adverseImpactThreshold ?? FOUR_FIFTHS;
  const optionProblem = firstProblem(
    Number.isFinite(threshold) && threshold > 0 && threshold <= 1
      ? null
      : notComputable(
          NotComputableReason.INVALID_OPTION,
          `adverseImpactThreshold must be above 0 and at most 1 (got ${threshold})`,
        ),
    checkMinimum('minimumApplicants', options.minimumApplicants),
  );
  if (optionProblem) return optionProblem;
  if (groups.length === 0) return notComputable(NotComputableReason.EMPTY_INPUT, 'no groups were given');
  const seen = new Set<string>();
  for (const g of groups) {
    if (seen.has(g.group)) {
      return notComputable(NotComputableReason.DUPLICATE_GROUP, `group "${g.group}" appears more than once`);
    }
    seen.add(g.group);
  }

  const rates = groups.map((g) => selectionRate(g, options.minimumApplicants));
  let referenceIndex: number;
  if (options.reference !== undefined) {
    referenceIndex = groups.findIndex((g) => g.group === options.reference);
    if (referenceIndex < 0) {
      return notComputable(
        NotComputableReason.UNKNOWN_REFERENCE_GROUP,
        `reference group "${options.reference}" is not among the groups given`,
      );
    }
  } else {
    referenceIndex = -1;
    rates.forEach((r, i) => {
      if (!r.computable) return;
      const best = referenceIndex >= 0 ? rates[referenceIndex] : undefined;
      if (!best?.computable || r.value > best.value) referenceIndex = i;
    });
    if (referenceIndex < 0) {
      const first = rates.find((r) => !r.computable);
      return notComputable(
        first && !first.computable ? first.reason : NotComputableReason.EMPTY_INPUT,
        `no group has a usable selection rate${first && !first.computable ? `; first problem: ${first.detail}` : ''}`,
      );
    }
  }

  const reference = groups[referenceIndex]!;
  const referenceRate = rates[referenceIndex]!;
  if (!referenceRate.computable) {
    return notComputable(referenceRate.reason, `reference group "${reference.group}": ${referenceRate.detail}`);
  }
  if (referenceRate.value === 0) {
    return notComputable(
      NotComputableReason.ZERO_REFERENCE_RATE,
      `reference group "${reference.group}" had no successful applicants, so no ratio can be formed`,
    );
  }

  const results = groups.map((g, i): SelectionGroupResult => {
    const r = rates[i]!;
    const base = { group: g.group, applicants: g.applicants, successful: g.successful, rate: r };
    if (!r.computable) return { ...base, ratio: r };
    // One division of exact integer products: a ratio that is exactly 4/5 then rounds to the same
    // double as 0.8 and is not flagged, whereas (s1/a1)/(s2/a2) can land just below 0.8.
    const value = (g.successful * reference.applicants) / (g.applicants * reference.successful);
    return { ...base, ratio: computed({ value, adverseImpact: value < threshold }) };
  });

  return computed({
    reference: {
      group: reference.group,
      rate: referenceRate.value,
      chosenBy: options.reference !== undefined ? ('named' as const) : ('highest_rate' as const),
    },
    adverseImpactThreshold: threshold,
    groups: results,
  });
}

function selectionRate(g: SelectionGroupInput, minimumApplicants: number | undefined): Result<{ value: number }> {
  const problem = firstProblem(checkCount('applicants', g.applicants), checkCount('successful', g.successful));
  if (problem) return problem;
  if (g.applicants === 0) return notComputable(NotComputableReason.ZERO_POPULATION, 'applicants is 0');
  if (g.successful > g.applicants) {
    return notComputable(
      NotComputableReason.COUNT_EXCEEDS_POPULATION,
      `successful (${g.successful}) exceeds applicants (${g.applicants})`,
    );
  }
  if (minimumApplicants !== undefined && g.applicants < minimumApplicants) {
    return notComputable(
      NotComputableReason.BELOW_MINIMUM_COUNT,
      `applicants (${g.applicants}) are below the minimum of ${minimumApplicants}`,
    );
  }
  return computed({ value: g.successful / g.applicants });
}
