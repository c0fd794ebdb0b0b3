import type { PluginProblem, PluginWarning } from '@edhr/plugin-sdk';

/** What reference resolution needs to know about an objective it may link to. */
export interface LinkableObjective {
  id: string;
  pluginId: string;
  key: string;
  code: string | null;
  themeId: string | null;
  /** Belongs to the strategy the actions attach to (codes are only matched there). */
  inStrategy: boolean;
}

export interface ActionToLink {
  path: string;
  reference: string;
  /** `pluginId:key` or a key of the registering plugin. */
  objective?: string;
}

export interface ReferenceResolution {
  /** The objective each action links to, by position in the input; null when none. */
  links: (LinkableObjective | null)[];
  warnings: PluginWarning[];
  /** Explicit links to objectives that do not exist refuse the plugin. */
  problems: PluginProblem[];
}

/**
 * Links delivery actions to objectives. An explicit `objective` wins; a written reference
 * that differs from the linked objective's code is reported as shifted. Otherwise the
 * reference is matched against the strategy's objective codes, unless another row of the
 * plugin explicitly claims the objective with that code under a different reference: then
 * the plan's numbering has shifted there, and matching by code would link the wrong row.
 */
export function resolveActionReferences(
  pluginId: string,
  actions: readonly ActionToLink[],
  objectives: readonly LinkableObjective[],
  { reportUnmatched }: { reportUnmatched: boolean },
): ReferenceResolution {
  const byQualifiedKey = new Map(objectives.map((o) => [`${o.pluginId}:${o.key}`, o]));
  const byCode = new Map<string, LinkableObjective[]>();
  for (const o of objectives) {
    if (!o.inStrategy || !o.code) continue;
    byCode.set(o.code, [...(byCode.get(o.code) ?? []), o]);
  }
  const warnings: PluginWarning[] = [];
  const problems: PluginProblem[] = [];
  const explicit = actions.map((a) =>
    a.objective ? byQualifiedKey.get(a.objective.includes(':') ? a.objective : `${pluginId}:${a.objective}`) : undefined,
  );
  const claimedUnderOtherReference = new Set<string>();
  actions.forEach((a, i) => {
    const target = explicit[i];
    if (target && target.code !== a.reference) claimedUnderOtherReference.add(target.id);
  });

  const links = actions.map((a, i): LinkableObjective | null => {
    if (a.objective) {
      const target = explicit[i];
      if (!target) {
        problems.push({ path: `${a.path}.objective`, message: `no objective "${a.objective}" is registered` });
        return null;
      }
      if (target.code !== a.reference) {
        warnings.push({
          path: `${a.path}.objective`,
          message: `reference "${a.reference}" is written, but the row is linked to objective "${target.pluginId}:${target.key}", whose code is ${target.code ? `"${target.code}"` : 'not given'} (shifted reference)`,
        });
      }
      return target;
    }
    const matches = byCode.get(a.reference) ?? [];
    if (matches.length === 1 && claimedUnderOtherReference.has(matches[0]!.id)) {
      const m = matches[0]!;
      warnings.push({
        path: `${a.path}.reference`,
        message: `reference "${a.reference}" matches the code of objective "${m.pluginId}:${m.key}", which other rows link to explicitly under a different reference (shifted numbering); kept as written, not linked`,
      });
      return null;
    }
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      warnings.push({
        path: `${a.path}.reference`,
        message: `reference "${a.reference}" matches ${matches.length} objective codes (${matches.map((m) => `${m.pluginId}:${m.key}`).join(', ')}); kept as written, not linked`,
      });
    } else if (reportUnmatched) {
      warnings.push({
        path: `${a.path}.reference`,
        message: `reference "${a.reference}" matches no objective code of the strategy; kept as written, not linked`,
      });
    }
    return null;
  });
  return { links, warnings, problems };
}
