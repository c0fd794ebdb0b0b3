import type { GovernanceBody } from './governance-body.entity';
import type { GovernanceBodyType } from './governance-body.type';

export function toGovernanceBodyType(row: GovernanceBody): GovernanceBodyType {
  return {
    id: `${row.pluginId}:${row.key}`,
    name: row.name,
    kind: row.kind,
    description: row.description ?? null,
    chair: row.chair ?? null,
    archived: row.archived,
    reportsToId: row.reportsToKey ? `${row.pluginId}:${row.reportsToKey}` : null,
    rowId: row.id,
    organisationKey: row.organisationKey,
    strategyRowId: row.strategyId ?? null,
  };
}
