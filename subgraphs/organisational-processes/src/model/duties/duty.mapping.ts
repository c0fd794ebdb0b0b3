import type { Duty } from './duty.entity';
import type { DutyPublication } from './duty-publication.entity';
import type { DutyPublicationType, DutyType } from './duty.type';
import { dutyIntervalYears } from './duty-period';

export function toDutyType(row: Duty): DutyType {
  return {
    id: `${row.pluginId}:${row.key}`,
    pluginId: row.pluginId,
    key: row.key,
    name: row.name,
    requirement: row.requirement,
    frequency: row.frequency ?? null,
    intervalYears: dutyIntervalYears(row.frequency),
    archived: row.archived,
    rowId: row.id,
  };
}

export function toDutyPublicationType(row: DutyPublication): DutyPublicationType {
  return {
    id: row.id,
    publishedOn: row.publishedOn,
    url: row.url ?? null,
    note: row.note ?? null,
    coversYear: row.coversYear ?? null,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    dutyRowId: row.dutyId,
  };
}
