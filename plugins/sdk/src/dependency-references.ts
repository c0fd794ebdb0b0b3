import type { PluginManifest } from './manifest.schema';
import type { PluginProblem } from './plugin-error';
import { itemsOf, type ReferenceView } from './reference-view';
import { satisfiesRange } from './version-range';

/**
 * References from a plugin into the content of the plugins it depends on, checked against
 * those plugins' manifests: each declared dependency given must be in the range asked for, an
 * objective named `pluginId:key` must be one that plugin declares, and a strategy extended must
 * be the one that plugin defines. Dependencies not given are not checked here (the caller says
 * why: not registered, not found).
 */
export function dependencyReferenceProblems(view: ReferenceView, dependencies: readonly PluginManifest[]): PluginProblem[] {
  const byId = new Map(dependencies.map((d) => [d.id, d]));
  const problems: PluginProblem[] = [];
  view.dependsOn.forEach((declared, i) => {
    const dependency = declared.id ? byId.get(declared.id) : undefined;
    if (dependency && declared.version && !satisfiesRange(dependency.version, declared.version)) {
      problems.push({
        path: `dependsOn[${i}].version`,
        message: `depends on plugin "${dependency.id}" ${declared.version}, but its version is ${dependency.version}`,
      });
    }
  });
  const { kpis, actions } = itemsOf(view);
  const checkObjective = (path: string, reference: string | undefined) => {
    const [pluginId, key, ...rest] = (reference ?? '').split(':');
    if (!pluginId || !key || rest.length > 0 || pluginId === view.id) return;
    const dependency = byId.get(pluginId);
    if (!dependency) return;
    if (!objectiveKeys(dependency).has(key)) {
      problems.push({ path, message: `plugin "${pluginId}" ${dependency.version} declares no objective "${key}"` });
    }
  };
  for (const { k, path } of kpis) checkObjective(`${path}.objective`, k.objective);
  for (const { a, path } of actions) checkObjective(`${path}.objective`, a.objective);
  const extended = view.strategy.extends ? byId.get(view.strategy.extends) : undefined;
  if (extended && (extended.strategy.extends || extended.strategy.key !== view.strategy.key)) {
    problems.push({
      path: 'strategy.key',
      message: `plugin "${extended.id}" ${extended.version} defines no strategy "${view.strategy.key}"${
        extended.strategy.extends ? '' : ` (it defines "${extended.strategy.key}")`
      }`,
    });
  }
  return problems;
}

function objectiveKeys(manifest: PluginManifest): Set<string> {
  return new Set([...manifest.strategy.objectives, ...manifest.themes.flatMap((t) => t.objectives)].map((o) => o.key));
}
