import type { DeliveryAction } from './delivery-action.entity';
import type { DeliveryActionType } from './delivery-action.type';
import type { ProgressUpdate } from './progress-update.entity';
import type { ProgressUpdateType } from './progress-update.type';
import { DeliveryStatusValue, toStatusValue, type ProgressStatusValue } from './delivery-status';

export function toDeliveryActionType(row: DeliveryAction): DeliveryActionType {
  return {
    id: `${row.pluginId}:${row.key}`,
    pluginId: row.pluginId,
    reference: row.reference,
    title: row.title ?? null,
    actions: row.actions,
    characteristicsAsWritten: row.characteristicsAsWritten,
    characteristics: row.characteristics,
    owners: row.owners,
    ownersAsWritten: row.ownersAsWritten ?? null,
    dueAsWritten: row.dueAsWritten ?? null,
    dueDate: row.dueDate ?? null,
    dueDates: row.dueDates ?? [],
    status: toStatusValue(row.status),
    version: row.version,
    risks: row.risks,
    staffSurveyActionNumbers: row.staffSurveyActions,
    rowId: row.id,
    objectiveId: row.objectiveId ?? null,
    strategyRowId: row.strategyId,
  };
}

export function toProgressUpdateType(row: ProgressUpdate): ProgressUpdateType {
  return {
    id: row.id,
    text: row.text,
    date: row.date ?? null,
    status: row.status ? (toStatusValue(row.status) as string as ProgressStatusValue) : null,
    percentComplete: row.percentComplete ?? null,
    evidence: row.evidence ?? [],
    recordedBy: row.recordedBy ?? null,
    recordedAt: row.recordedAt,
    sequence: row.sequence,
  };
}

/**
 * Not complete and past any of its derived deadlines on `today` (the UK date, YYYY-MM-DD): no
 * sub-deadline of a row is recorded as met on its own, so each stays open until the row is
 * complete. An action with no derivable date is never overdue.
 */
export function isOverdue(action: Pick<DeliveryActionType, 'dueDates' | 'status'>, today: string): boolean {
  return action.status !== DeliveryStatusValue.COMPLETE && action.dueDates.some((date) => date < today);
}
