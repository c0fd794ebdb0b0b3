import { PROTECTED_CHARACTERISTIC_CODES } from '@edhr/schema';
import type { Eqia, StoredImpact } from './eqia.entity';
import type { EqiaReview } from './eqia-review.entity';
import type { EqiaReviewType, EqiaType } from './eqia.type';
import { EqiaDecisionValue, EqiaImpactValue, EqiaKindValue, EqiaStageValue, toValue } from './eqia-values';

/** All nine characteristics in the Act's order; one missing from `stored` is unknown. */
export function allNineImpacts(stored: readonly StoredImpact[]): StoredImpact[] {
  const byCode = new Map(stored.map((i) => [i.characteristic, i]));
  return PROTECTED_CHARACTERISTIC_CODES.map((code) => byCode.get(code) ?? { characteristic: code, impact: 'unknown', evidence: null });
}

export function toEqiaType(row: Eqia): EqiaType {
  const impacts = allNineImpacts(row.impacts).map((i) => ({
    characteristic: i.characteristic,
    impact: toValue(EqiaImpactValue, i.impact),
    evidence: i.evidence ?? null,
  }));
  return {
    id: row.id,
    pluginId: row.pluginId ?? null,
    title: row.title,
    kind: toValue(EqiaKindValue, row.kind),
    owner: row.owner ?? null,
    stage: toValue(EqiaStageValue, row.stage),
    completedOn: row.completedOn ?? null,
    dueAsWritten: row.dueAsWritten ?? null,
    dueDate: row.dueDate ?? null,
    impacts,
    negativeFor: impacts.filter((i) => i.impact === EqiaImpactValue.NEGATIVE).map((i) => i.characteristic),
    consultation: row.consultation ?? null,
    decision: row.decision ? toValue(EqiaDecisionValue, row.decision) : null,
    justification: row.justification ?? null,
    reviewDue: row.reviewDue ?? null,
    lastReviewedOn: row.lastReviewedOn ?? null,
    findingIds: row.findingIds,
    sourceLocation: row.sourceLocation ?? null,
    sourceQuote: row.sourceQuote ?? null,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    organisationKey: row.organisationKey,
    objectiveIds: row.objectiveIds,
    mitigationActionIds: row.mitigationActionIds,
  };
}

export function toEqiaReviewType(row: EqiaReview): EqiaReviewType {
  return {
    id: row.id,
    reviewedOn: row.reviewedOn,
    outcome: row.outcome,
    decision: row.decision ? toValue(EqiaDecisionValue, row.decision) : null,
    nextReviewDue: row.nextReviewDue ?? null,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  };
}

/** True when today (UK, YYYY-MM-DD) is after the review date; null when there is no review date. */
export function isReviewOverdue(eqia: Pick<EqiaType, 'reviewDue'>, today: string): boolean | null {
  return eqia.reviewDue === null ? null : today > eqia.reviewDue;
}
