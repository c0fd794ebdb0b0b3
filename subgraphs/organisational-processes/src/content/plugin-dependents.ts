import type { EntityManager } from '@mikro-orm/postgresql';
import { dependencyReferenceProblems, referenceViewSchema, type PluginManifest, type PluginProblem } from '@edhr/plugin-sdk';
import { PluginEntity, type Plugin } from '../model/plugins/plugin.entity';

/** Registered plugins that declare a dependency on `pluginId`, by id. */
export async function dependentsOf(em: EntityManager, pluginId: string): Promise<Plugin[]> {
  const others = await em.find(PluginEntity, { pluginId: { $ne: pluginId } }, { orderBy: { pluginId: 'asc' } });
  return others.filter((p) => (p.manifest.dependsOn ?? []).some((d) => d.id === pluginId));
}

/**
 * What a new version of a plugin would break in the plugins that depend on it: a version their
 * range does not admit, an objective they name that it no longer declares, the strategy they
 * extend. Each problem names the dependent and where in it the reference is.
 */
export function brokenDependents(next: PluginManifest, dependents: readonly Plugin[]): PluginProblem[] {
  return dependents.flatMap((dependent) =>
    // Only `next` is given, so only references into it are checked.
    dependencyReferenceProblems(referenceViewSchema.parse(dependent.manifest), [next]).map((p) => ({
        path: `dependents.${dependent.pluginId}.${p.path}`,
        message: `plugin "${dependent.pluginId}" ${dependent.version} depends on this plugin: ${p.message}`,
      })),
  );
}
