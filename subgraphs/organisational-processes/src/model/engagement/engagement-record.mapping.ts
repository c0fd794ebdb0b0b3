import type { EngagementRecord } from './engagement-record.entity';
import type { EngagementRecordType } from './engagement-record.type';
import type { EngagementGroupKindValue } from './engagement-group-kind';

export function toEngagementRecordType(row: EngagementRecord): EngagementRecordType {
  return {
    id: row.id,
    pluginId: row.pluginId ?? null,
    heldOn: row.heldOn ?? null,
    heldAsWritten: row.heldAsWritten ?? null,
    groupKind: row.groupKind.toUpperCase().replace(/-/g, '_') as EngagementGroupKindValue,
    groupName: row.groupName,
    topic: row.topic,
    characteristics: row.characteristics,
    outcome: row.outcome ?? null,
    sourceLocation: row.sourceLocation ?? null,
    sourceQuote: row.sourceQuote ?? null,
    recordedAt: row.recordedAt,
    organisationKey: row.organisationKey,
    objectiveIds: row.objectiveIds,
    eqiaIds: row.eqiaIds,
  };
}
