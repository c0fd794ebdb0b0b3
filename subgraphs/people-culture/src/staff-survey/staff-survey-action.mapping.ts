import type { StaffSurveyActionRow } from './staff-survey-action.entity';
import type { StaffSurveyActionType } from './staff-survey-action.type';

export function toStaffSurveyActionType(row: StaffSurveyActionRow): StaffSurveyActionType {
  return {
    id: `${row.pluginId}:${row.number}`,
    number: row.number,
    issue: row.issue,
    keyActions: [...(row.keyActions ?? [])],
    contact: row.contact ?? null,
    localOwner: row.localOwner ?? null,
    contactOwnerId: row.contactOwnerId ?? null,
    contactOwner: row.contactOwnerId ? { id: row.contactOwnerId } : null,
    localOwnerAsOwner: row.localOwnerOwnerId ? { id: row.localOwnerOwnerId } : null,
    localOwnerOwnerId: row.localOwnerOwnerId ?? null,
    currentPosition: row.currentPosition ?? null,
    risks: row.risks ?? null,
    recommendations: row.recommendations ?? null,
    furtherUpdates: row.furtherUpdates ?? null,
    outcome: row.outcome ?? null,
    pluginId: row.pluginId,
    strategyKey: row.strategyKey ?? null,
    archived: row.archived,
  };
}

/** Document order: action numbers are whole numbers written as text, so "10" sorts after "9". */
export function byActionNumber(a: { number: string }, b: { number: string }): number {
  return Number(a.number) - Number(b.number) || a.number.localeCompare(b.number);
}
