import type { Kpi } from './kpi.entity';
import type { KpiType } from './kpi.type';
import type { Measurement } from './measurement.entity';
import type { MeasurementType } from './measurement.type';
import type { MeasurementRevision } from './measurement-revision.entity';
import type { MeasurementRevisionType } from './measurement-revision.type';

const numberOrNull = (value: number | string | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

export function toKpiType(row: Kpi): KpiType {
  return {
    id: `${row.pluginId}:${row.key}`,
    name: row.name,
    description: row.description ?? null,
    unit: row.unit,
    direction: row.direction,
    status: row.status,
    frequency: row.frequency,
    owners: row.owners,
    characteristics: row.characteristics,
    baselineValue: numberOrNull(row.baselineValue),
    baselinePeriod: row.baselinePeriod ?? null,
    targetValue: numberOrNull(row.targetValue),
    targetDate: row.targetDate ?? null,
    amberTolerance: Number(row.amberTolerance),
    rowId: row.id,
    themeRowId: row.themeId ?? null,
    strategyRowId: row.strategyId,
    measuredBy: row.measuredBy.kind,
  };
}

export function toMeasurementType(row: Measurement): MeasurementType {
  return {
    id: row.id,
    period: row.period,
    value: Number(row.value),
    source: row.source,
    note: row.note ?? null,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    correctionReason: row.correctionReason ?? null,
  };
}

export function toMeasurementRevisionType(row: MeasurementRevision): MeasurementRevisionType {
  return {
    id: row.id,
    value: Number(row.value),
    source: row.source,
    note: row.note ?? null,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    correctionReason: row.correctionReason,
    correctedBy: row.correctedBy,
    correctedAt: row.correctedAt,
  };
}
