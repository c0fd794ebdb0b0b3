import type { z } from 'zod';
import { pluginManifestSchema, type PluginManifest, type PluginManifestInput } from './manifest.schema';
import { PluginValidationError, type PluginProblem } from './plugin-error';
import { deriveDueDate } from './due-date';
import { normaliseOwnerName } from './owner-name';

/** Something registration reports but does not refuse: the source says it that way. */
export interface PluginWarning {
  path: string;
  message: string;
}

export interface ValidatedPlugin {
  manifest: PluginManifest;
  warnings: PluginWarning[];
}

/**
 * Validates a plugin as registration does, without a database: the schema, then the
 * cross-references inside the plugin. Throws `PluginValidationError` naming every problem.
 */
export function validatePlugin(input: unknown): ValidatedPlugin {
  const pluginId = guessId(input);
  const parsed = pluginManifestSchema.safeParse(input);
  if (!parsed.success) throw new PluginValidationError(pluginId, zodProblems(parsed.error));
  const manifest = parsed.data;
  const problems: PluginProblem[] = [];
  const warnings: PluginWarning[] = [];
  checkReferences(manifest, problems, warnings);
  if (problems.length > 0) throw new PluginValidationError(manifest.id, problems);
  for (const d of manifest.sourceDiscrepancies) warnings.push({ path: d.path, message: d.note });
  return { manifest, warnings };
}

/** Identity helper giving plugin authors type checking and completion. */
export function definePlugin(manifest: PluginManifestInput): PluginManifestInput {
  return manifest;
}

function checkReferences(m: PluginManifest, problems: PluginProblem[], warnings: PluginWarning[]): void {
  const unique = (path: string, seen: Map<string, string>, k: string) => {
    const previous = seen.get(k);
    if (previous) problems.push({ path, message: `duplicate key "${k}" (first used at ${previous})` });
    else seen.set(k, path);
  };
  const themeKeys = new Map<string, string>();
  const objectiveKeys = new Map<string, string>();
  const kpiKeys = new Map<string, string>();
  const actionKeys = new Map<string, string>();
  const objectiveCodes = new Set<string>();

  const allObjectives = [
    ...m.strategy.objectives.map((o, i) => ({ o, path: `strategy.objectives[${i}]` })),
    ...m.themes.flatMap((t, ti) => t.objectives.map((o, i) => ({ o, path: `themes[${ti}].objectives[${i}]` }))),
  ];
  m.themes.forEach((t, i) => unique(`themes[${i}].key`, themeKeys, t.key));
  for (const { o, path } of allObjectives) {
    unique(`${path}.key`, objectiveKeys, o.key);
    if (o.code) objectiveCodes.add(o.code);
  }
  for (const { o, path } of allObjectives) {
    if (o.parent && !objectiveKeys.has(o.parent)) {
      problems.push({ path: `${path}.parent`, message: `no objective with key "${o.parent}" in this plugin` });
    }
    if (o.parent === o.key) problems.push({ path: `${path}.parent`, message: 'an objective cannot be its own parent' });
  }
  const dependencyIds = new Set(m.dependsOn.map((d) => d.id));
  const resolvesObjective = (ref: string) => {
    const qualified = ref.split(':');
    if (qualified.length === 2) return dependencyIds.has(qualified[0]!);
    return objectiveKeys.has(ref);
  };
  const kpis = [
    ...m.strategy.kpis.map((k, i) => ({ k, path: `strategy.kpis[${i}]` })),
    ...m.themes.flatMap((t, ti) => t.kpis.map((k, i) => ({ k, path: `themes[${ti}].kpis[${i}]` }))),
  ];
  for (const { k, path } of kpis) {
    unique(`${path}.key`, kpiKeys, k.key);
    if (k.objective && !resolvesObjective(k.objective)) {
      problems.push({
        path: `${path}.objective`,
        message: `"${k.objective}" is neither an objective of this plugin nor "pluginId:key" of a declared dependency`,
      });
    }
    const periods = new Set<string>();
    k.measurements.forEach((mm, i) => {
      if (periods.has(mm.period)) {
        problems.push({ path: `${path}.measurements[${i}].period`, message: `a second value for period ${mm.period}` });
      }
      periods.add(mm.period);
    });
  }
  const actions = [
    ...m.actions.map((a, i) => ({ a, path: `actions[${i}]` })),
    ...m.themes.flatMap((t, ti) => t.actions.map((a, i) => ({ a, path: `themes[${ti}].actions[${i}]` }))),
  ];
  for (const { a, path } of actions) {
    unique(`${path}.key`, actionKeys, a.key);
    if (a.objective && !resolvesObjective(a.objective)) {
      problems.push({ path: `${path}.objective`, message: `"${a.objective}" does not resolve to an objective` });
    }
    if (!a.objective && !objectiveCodes.has(a.reference) && !m.strategy.extends) {
      warnings.push({
        path: `${path}.reference`,
        message: `key-action reference "${a.reference}" does not match any objective code; kept as written, not linked`,
      });
    }
    if (a.dueAsWritten && !deriveDueDate(a.dueAsWritten)) {
      warnings.push({
        path: `${path}.dueAsWritten`,
        message: `due date "${a.dueAsWritten}" names no single unambiguous date; kept as text only`,
      });
    }
  }
  const governanceKeys = new Map<string, string>();
  m.governance.forEach((g, i) => unique(`governance[${i}].key`, governanceKeys, g.key));
  m.governance.forEach((g, i) => {
    if (g.reportsTo && !governanceKeys.has(g.reportsTo)) {
      problems.push({ path: `governance[${i}].reportsTo`, message: `no governance body with key "${g.reportsTo}"` });
    }
  });
  const ownerKeys = new Map<string, string>();
  const ownerForms = new Map<string, string>();
  m.owners.forEach((o, i) => {
    unique(`owners[${i}].key`, ownerKeys, o.key);
    // One written form naming two owners would make the match depend on order.
    for (const form of new Set([o.name, ...o.writtenAs].map(normaliseOwnerName))) {
      const first = ownerForms.get(form);
      if (first !== undefined && first !== o.key) {
        problems.push({ path: `owners[${i}].writtenAs`, message: `"${form}" already names owner "${first}"` });
      } else ownerForms.set(form, o.key);
    }
  });
  const surveyNumbers = new Map<string, string>();
  m.staffSurveyActions.forEach((s, i) => unique(`staffSurveyActions[${i}].number`, surveyNumbers, s.number));
  if (m.owners.length > 0) {
    m.staffSurveyActions.forEach((s, i) => {
      for (const field of ['contact', 'localOwner'] as const) {
        const written = s[field];
        if (written && !ownerForms.has(normaliseOwnerName(written))) {
          warnings.push({ path: `staffSurveyActions[${i}].${field}`, message: `"${written}" matches no owner this plugin declares; kept as written, linked to no owner` });
        }
      }
    });
  }
  checkEqiaReferences(m, { unique, resolvesObjective, actionKeys, dependencyIds }, problems);
  if (m.strategy.extends && !dependencyIds.has(m.strategy.extends)) {
    problems.push({ path: 'strategy.extends', message: `"${m.strategy.extends}" must also be listed in dependsOn` });
  }
  if (!m.strategy.extends && !m.strategy.title) {
    problems.push({ path: 'strategy.title', message: 'required unless the plugin extends another plugin\'s strategy' });
  }
}

interface ReferenceChecks {
  unique: (path: string, seen: Map<string, string>, k: string) => void;
  resolvesObjective: (ref: string) => boolean;
  actionKeys: Map<string, string>;
  dependencyIds: Set<string>;
}

/** EQIAs and engagement records: unique keys, and every objective, action and EQIA they name resolvable. */
function checkEqiaReferences(m: PluginManifest, checks: ReferenceChecks, problems: PluginProblem[]): void {
  const resolvesAction = (ref: string) => {
    const qualified = ref.split(':');
    return qualified.length === 2 ? checks.dependencyIds.has(qualified[0]!) : checks.actionKeys.has(ref);
  };
  const eqiaKeys = new Map<string, string>();
  m.eqias.forEach((e, i) => {
    const path = `eqias[${i}]`;
    checks.unique(`${path}.key`, eqiaKeys, e.key);
    e.objectives.forEach((ref, j) => {
      if (!checks.resolvesObjective(ref)) problems.push({ path: `${path}.objectives[${j}]`, message: `"${ref}" does not resolve to an objective` });
    });
    e.mitigations.forEach((ref, j) => {
      if (!resolvesAction(ref)) problems.push({ path: `${path}.mitigations[${j}]`, message: `"${ref}" does not resolve to a delivery action` });
    });
    const seen = new Set<string>();
    e.impacts.forEach((impact, j) => {
      if (seen.has(impact.characteristic)) problems.push({ path: `${path}.impacts[${j}].characteristic`, message: `a second impact for ${impact.characteristic}` });
      seen.add(impact.characteristic);
    });
    if (e.stage === 'planned' && e.completedOn) problems.push({ path: `${path}.completedOn`, message: 'a planned assessment has no completion date' });
  });
  const engagementKeys = new Map<string, string>();
  m.engagements.forEach((g, i) => {
    const path = `engagements[${i}]`;
    checks.unique(`${path}.key`, engagementKeys, g.key);
    g.objectives.forEach((ref, j) => {
      if (!checks.resolvesObjective(ref)) problems.push({ path: `${path}.objectives[${j}]`, message: `"${ref}" does not resolve to an objective` });
    });
    g.eqias.forEach((ref, j) => {
      if (!eqiaKeys.has(ref)) problems.push({ path: `${path}.eqias[${j}]`, message: `no EQIA with key "${ref}" in this plugin` });
    });
  });
}

function zodProblems(error: z.ZodError): PluginProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

function guessId(input: unknown): string {
  if (input && typeof input === 'object' && 'id' in input && typeof input.id === 'string' && input.id.length <= 64) {
    return input.id;
  }
  return '(no id)';
}
