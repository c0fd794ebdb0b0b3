import { pluginContentHash } from '@edhr/plugin-sdk';
import type { Plugin } from './plugin.entity';
import type { PluginType } from './plugin.type';

export function toPluginType(row: Plugin): PluginType {
  return {
    id: row.pluginId,
    version: row.version,
    name: row.name,
    description: row.manifest.description ?? null,
    source: {
      title: row.manifest.source.title,
      publisher: row.manifest.source.publisher,
      published: row.manifest.source.published ?? null,
      url: row.manifest.source.url ?? null,
    },
    dependsOn: (row.manifest.dependsOn ?? []).map((d) => ({ id: d.id, version: d.version })),
    contentHash: pluginContentHash(row.manifest),
    sourceKind: row.sourceKind,
    sourceRef: row.sourceRef,
    enabled: row.enabled,
    registeredAt: row.registeredAt,
    updatedAt: row.updatedAt,
    warnings: row.warnings.map((w) => ({ path: w.path, message: w.message })),
  };
}
