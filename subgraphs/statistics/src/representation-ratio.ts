import { NotComputableReason, computed, notComputable, type Result } from './result.js';
import { checkCount, checkPopulation, firstProblem } from './validation.js';

/** Headcounts of one group in an organisation and in the community it serves. */
export interface RepresentationInput {
  /** People of the group in the workforce. */
  groupInWorkforce: number;
  /** Everyone in the workforce. */
  workforceTotal: number;
  /** People of the group in the community (e.g. Census 2021 usual residents). */
  groupInCommunity: number | null | undefined;
  /** Everyone in the community. */
  communityTotal: number | null | undefined;
}

export interface RepresentationRatio {
  /** workforceShare ÷ communityShare; 1 means proportionate, below 1 under-represented. */
  value: number;
  /** groupInWorkforce ÷ workforceTotal. */
  workforceShare: number;
  /** groupInCommunity ÷ communityTotal. */
  communityShare: number;
}

/**
 * How well a group is represented in a workforce compared with the community:
 * (group ÷ workforce total) ÷ (group population ÷ community total).
 * A group that is 12% of the organisation and 30% of the community gives 0.12 ÷ 0.30 = 0.4.
 *
 * A group with nobody in the workforce gives a computed 0. Not computable when either total is
 * zero (ZERO_POPULATION), the community figures are missing (MISSING_POPULATION), the group is
 * absent from the community (ZERO_REFERENCE_RATE), or a group count exceeds its total.
 */
export function representationRatio(input: RepresentationInput): Result<RepresentationRatio> {
  const problem = firstProblem(
    checkCount('groupInWorkforce', input.groupInWorkforce),
    checkCount('workforceTotal', input.workforceTotal),
    checkPopulation('groupInCommunity', input.groupInCommunity, { integer: true }),
    checkPopulation('communityTotal', input.communityTotal, { integer: true }),
  );
  if (problem) return problem;
  const groupInCommunity = input.groupInCommunity as number;
  const communityTotal = input.communityTotal as number;
  if (input.workforceTotal === 0) {
    return notComputable(NotComputableReason.ZERO_POPULATION, 'workforceTotal is 0');
  }
  if (communityTotal === 0) {
    return notComputable(NotComputableReason.ZERO_POPULATION, 'communityTotal is 0');
  }
  if (input.groupInWorkforce > input.workforceTotal) {
    return notComputable(
      NotComputableReason.COUNT_EXCEEDS_POPULATION,
      `groupInWorkforce (${input.groupInWorkforce}) exceeds workforceTotal (${input.workforceTotal})`,
    );
  }
  if (groupInCommunity > communityTotal) {
    return notComputable(
      NotComputableReason.COUNT_EXCEEDS_POPULATION,
      `groupInCommunity (${groupInCommunity}) exceeds communityTotal (${communityTotal})`,
    );
  }
  if (groupInCommunity === 0) {
    return notComputable(
      NotComputableReason.ZERO_REFERENCE_RATE,
      'the group has no members in the community, so its community share is 0',
    );
  }
  const workforceShare = input.groupInWorkforce / input.workforceTotal;
  const communityShare = groupInCommunity / communityTotal;
  // One division of exact integer products, so a ratio that is exactly 0.4 comes out as 0.4.
  const value = (input.groupInWorkforce * communityTotal) / (input.workforceTotal * groupInCommunity);
  return computed({ value, workforceShare, communityShare });
}
