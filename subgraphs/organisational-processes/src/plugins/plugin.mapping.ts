import type { Plugin } from './plugin.entity';
import type { PluginType } from './plugin.type';

export function toPluginType(row: Plugin): PluginType {
  return {
    id: row.pluginId,
    version: row.version,
    name: row.name,
    sourceKind: row.sourceKind,
    sourceRef: row.sourceRef,
    enabled: row.enabled,
    registeredAt: row.registeredAt,
    updatedAt: row.updatedAt,
    warnings: row.warnings.map((w) => ({ path: w.path, message: w.message })),
  };
}
