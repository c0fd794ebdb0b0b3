import { addYears } from '../duties/duty-period';

/** Years within which a public authority must publish its equality objectives again (Equality Act 2010 specific duties). */
export const OBJECTIVES_REVIEW_YEARS = 4;

/** Four years from the strategy's start (YYYY-MM-DD); null when it states no start, rather than a guess. */
export function objectivesReviewDue(periodFrom: string | null): string | null {
  return periodFrom ? addYears(periodFrom, OBJECTIVES_REVIEW_YEARS) : null;
}
