import type { EqiaType } from '../../model/eqias/eqia.type';
import type { EqiaFilterInput } from '../../model/eqias/eqia.input';
import { isReviewOverdue } from '../../model/eqias/eqia.mapping';

/** The EQIAs matching every condition the filter gives; `today` is the UK date, YYYY-MM-DD. */
export function filterEqias(eqias: readonly EqiaType[], filter: EqiaFilterInput | null | undefined, today: string): EqiaType[] {
  if (!filter) return [...eqias];
  return eqias.filter(
    (e) =>
      (filter.reviewOverdue === undefined || filter.reviewOverdue === null || (isReviewOverdue(e, today) ?? false) === filter.reviewOverdue) &&
      (!filter.decision || e.decision === filter.decision) &&
      (!filter.stage || e.stage === filter.stage) &&
      (!filter.negativeFor || e.negativeFor.includes(filter.negativeFor)),
  );
}
