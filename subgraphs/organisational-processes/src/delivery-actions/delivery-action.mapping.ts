import type { DeliveryAction } from './delivery-action.entity';
import type { DeliveryActionType } from './delivery-action.type';
import type { ProgressUpdate } from './progress-update.entity';
import type { ProgressUpdateType } from './progress-update.type';

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
    status: row.status,
    risks: row.risks,
    staffSurveyActionNumbers: row.staffSurveyActions,
    rowId: row.id,
    objectiveId: row.objectiveId ?? null,
    strategyRowId: row.strategyId,
  };
}

export function toProgressUpdateType(row: ProgressUpdate): ProgressUpdateType {
  return { id: row.id, text: row.text, date: row.date ?? null, recordedAt: row.recordedAt };
}

/**
 * Past its due date and not complete on `today` (the UK date, YYYY-MM-DD); an action with no
 * derivable date is never overdue.
 */
export function isOverdue(action: DeliveryActionType, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && action.status !== 'complete';
}
