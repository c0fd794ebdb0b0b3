import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictReason } from '@edhr/kit';
import { PluginEntity, type Plugin } from '../model/plugins/plugin.entity';
import { PluginConflictError } from './plugin-registration.error';
import { dependentsOf } from './plugin-dependents';

/** Thrown when no plugin has the id asked for. */
export class UnknownPluginError extends Error {}

/**
 * Shows or hides a plugin's content. Hiding a plugin that enabled plugins depend on would
 * leave them pointing at hidden objectives and strategies, so it is refused naming them
 * (disable them first); showing a plugin whose dependencies are hidden is refused likewise.
 */
export async function setPluginEnabled(em: EntityManager, pluginId: string, enabled: boolean): Promise<Plugin> {
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, ['edhr-plugin-dependencies']);
    const row = await tx.findOne(PluginEntity, { pluginId });
    if (!row) throw new UnknownPluginError(`No plugin "${pluginId}" is registered.`);
    if (row.enabled === enabled) return row;
    if (!enabled) {
      const dependents = (await dependentsOf(tx, pluginId)).filter((d) => d.enabled);
      if (dependents.length > 0) {
        const ids = dependents.map((d) => d.pluginId);
        throw new PluginConflictError(
          pluginId,
          ConflictReason.DEPENDENTS,
          [{ path: 'enabled', message: `enabled plugins depend on it: ${ids.map((id) => `"${id}"`).join(', ')}; disable them first` }],
          { dependents: ids },
          'disabled',
        );
      }
    } else {
      const needed = (row.manifest.dependsOn ?? []).map((d) => d.id);
      const hidden = needed.length === 0 ? [] : await tx.find(PluginEntity, { pluginId: { $in: needed }, enabled: false });
      if (hidden.length > 0) {
        const ids = hidden.map((d) => d.pluginId).sort();
        throw new PluginConflictError(
          pluginId,
          ConflictReason.DEPENDENCIES,
          [{ path: 'enabled', message: `it depends on disabled plugins: ${ids.map((id) => `"${id}"`).join(', ')}; enable them first` }],
          { dependencies: ids },
          'enabled',
        );
      }
    }
    row.enabled = enabled;
    return row;
  });
}
