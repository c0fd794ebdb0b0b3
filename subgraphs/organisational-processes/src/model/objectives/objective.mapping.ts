import type { Objective } from './objective.entity';
import type { ObjectiveType } from './objective.type';

export function toObjectiveType(row: Objective): ObjectiveType {
  return {
    id: `${row.pluginId}:${row.key}`,
    code: row.code ?? null,
    kind: row.kind,
    title: row.title ?? null,
    statement: row.statement,
    owners: row.owners,
    characteristics: row.characteristics,
    details: row.details.map((d) => ({ label: d.label, items: d.items })),
    archived: row.archived,
    rowId: row.id,
    pluginId: row.pluginId,
    parentKey: row.parentKey ?? null,
    strategyRowId: row.strategyId,
  };
}

/** Filters a loaded list in memory: the loader stays one statement whatever the filter. */
export function withCharacteristic(objectives: ObjectiveType[], characteristic: string | null | undefined): ObjectiveType[] {
  if (!characteristic) return objectives;
  const code = characteristic.trim().toUpperCase();
  return objectives.filter((o) => o.characteristics.includes(code));
}
