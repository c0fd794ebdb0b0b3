/** The figures of one category's relative rate ratio that the finding rule looks at. */
export interface RatioFigures {
  value: number;
  significant: boolean;
}

/**
 * Whether a ratio is a finding: its 95% interval excludes 1, and it is at least `threshold`
 * (over-represented) or at most 1 ÷ `threshold` (under-represented), so 1.5 and 0.667 are
 * treated alike — a disparity is a disparity in either direction.
 */
export function isFinding(ratio: RatioFigures, threshold: number): boolean {
  if (!ratio.significant) return false;
  return ratio.value >= threshold || ratio.value <= 1 / threshold;
}
