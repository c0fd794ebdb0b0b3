import type { z } from 'zod';
import type { GraphQLSchema } from 'graphql';
import { publicApiSchema } from '@edhr/schema';
import { pluginManifestSchema, type PluginManifest, type PluginManifestInput } from './manifest.schema';
import { PluginValidationError, type PluginProblem } from './plugin-error';
import { deriveDueDate } from './due-date';
import { normaliseOwnerName } from './owner-name';
import { itemsOf, referenceViewSchema, type ReferenceView } from './reference-view';
import { kpiQueryProblems } from './kpi-query';
import { dependencyReferenceProblems } from './dependency-references';

/** Something registration reports but does not refuse: the source says it that way. */
export interface PluginWarning {
  path: string;
  message: string;
}

export interface ValidatedPlugin {
  manifest: PluginManifest;
  warnings: PluginWarning[];
}

export interface ValidationOptions {
  /** The schema KPI queries are checked against; the composed public API schema unless given. */
  apiSchema?: GraphQLSchema;
  /**
   * Manifests of the plugins this one depends on, to check references into their content
   * (objectives named `pluginId:key`, the strategy extended, the version range). Without them,
   * those references are checked only for naming a declared dependency.
   */
  dependencies?: readonly PluginManifest[];
}

/**
 * Validates a plugin as registration does, without a database: the schema (unknown keys
 * included), the cross-references inside the plugin, each KPI query against the public API
 * schema and, when given, references into its dependencies. Every problem is reported in one
 * run, schema and references alike. Throws `PluginValidationError` naming every problem.
 */
export function validatePlugin(input: unknown, options: ValidationOptions = {}): ValidatedPlugin {
  const parsed = pluginManifestSchema.safeParse(input);
  const view = referenceViewSchema.parse(input);
  const problems: PluginProblem[] = parsed.success ? [] : zodProblems(parsed.error);
  const warnings: PluginWarning[] = [];
  checkReferences(view, problems, warnings);
  checkKpiQueries(view, options.apiSchema ?? publicApiSchema(), problems);
  if (options.dependencies) problems.push(...dependencyReferenceProblems(view, options.dependencies));
  if (!parsed.success || problems.length > 0) throw new PluginValidationError(guessId(input), unique(problems));
  const manifest = parsed.data;
  for (const d of manifest.sourceDiscrepancies) warnings.push({ path: d.path, message: d.note });
  return { manifest, warnings };
}

/** Identity helper giving plugin authors type checking and completion. */
export function definePlugin(manifest: PluginManifestInput): PluginManifestInput {
  return manifest;
}

function checkReferences(m: ReferenceView, problems: PluginProblem[], warnings: PluginWarning[]): void {
  const unique = (path: string, seen: Map<string, string>, k: string | undefined) => {
    if (k === undefined) return;
    const previous = seen.get(k);
    if (previous) problems.push({ path, message: `duplicate key "${k}" (first used at ${previous})` });
    else seen.set(k, path);
  };
  const themeKeys = new Map<string, string>();
  const objectiveKeys = new Map<string, string>();
  const kpiKeys = new Map<string, string>();
  const actionKeys = new Map<string, string>();
  const objectiveCodes = new Set<string>();
  const { objectives: allObjectives, kpis, actions } = itemsOf(m);

  m.themes.forEach((t, i) => unique(`themes[${i}].key`, themeKeys, t.key));
  for (const { o, path } of allObjectives) {
    unique(`${path}.key`, objectiveKeys, o.key);
    if (o.code) objectiveCodes.add(o.code);
  }
  for (const { o, path } of allObjectives) {
    if (o.parent && !objectiveKeys.has(o.parent)) {
      problems.push({ path: `${path}.parent`, message: `no objective with key "${o.parent}" in this plugin` });
    }
    if (o.parent !== undefined && o.parent === o.key) problems.push({ path: `${path}.parent`, message: 'an objective cannot be its own parent' });
  }
  const dependencyIds = new Set(m.dependsOn.map((d) => d.id));
  const resolvesObjective = (ref: string) => {
    const qualified = ref.split(':');
    const [pluginId, key] = qualified;
    if (qualified.length === 2) return pluginId === m.id ? objectiveKeys.has(key!) : dependencyIds.has(pluginId);
    return objectiveKeys.has(ref);
  };
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
      if (mm.period === undefined) return;
      if (periods.has(mm.period)) {
        problems.push({ path: `${path}.measurements[${i}].period`, message: `a second value for period ${mm.period}` });
      }
      periods.add(mm.period);
    });
  }
  for (const { a, path } of actions) {
    unique(`${path}.key`, actionKeys, a.key);
    if (a.objective && !resolvesObjective(a.objective)) {
      problems.push({ path: `${path}.objective`, message: `"${a.objective}" does not resolve to an objective` });
    }
    if (!a.objective && a.reference !== undefined && !objectiveCodes.has(a.reference) && !m.strategy.extends) {
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
    for (const form of new Set([o.name, ...o.writtenAs].filter((f): f is string => f !== undefined).map(normaliseOwnerName))) {
      const first = ownerForms.get(form);
      if (first !== undefined && first !== o.key) {
        problems.push({ path: `owners[${i}].writtenAs`, message: `"${form}" already names owner "${first}"` });
      } else if (o.key !== undefined) ownerForms.set(form, o.key);
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
  if (m.replaces !== undefined && m.replaces !== m.id) {
    problems.push({
      path: 'replaces',
      message: `"${m.replaces}" is not this plugin's id ("${m.id}"): a plugin replaces only the registration under its own id`,
    });
  }
  // Without a key the strategy itself is missing or broken, which the schema reports.
  if (m.strategy.key !== undefined && !m.strategy.extends && !m.strategy.title) {
    problems.push({ path: 'strategy.title', message: 'required unless the plugin extends another plugin\'s strategy' });
  }
}

interface ReferenceChecks {
  unique: (path: string, seen: Map<string, string>, k: string | undefined) => void;
  resolvesObjective: (ref: string) => boolean;
  actionKeys: Map<string, string>;
  dependencyIds: Set<string | undefined>;
}

/** EQIAs and engagement records: unique keys, and every objective, action and EQIA they name resolvable. */
function checkEqiaReferences(m: ReferenceView, checks: ReferenceChecks, problems: PluginProblem[]): void {
  const resolvesAction = (ref: string) => {
    const qualified = ref.split(':');
    return qualified.length === 2 ? checks.dependencyIds.has(qualified[0]) : checks.actionKeys.has(ref);
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
      if (impact.characteristic === undefined) return;
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

function checkKpiQueries(m: ReferenceView, schema: GraphQLSchema, problems: PluginProblem[]): void {
  for (const { k, path } of itemsOf(m).kpis) {
    const measuredBy = k.measuredBy;
    if (measuredBy?.kind !== 'query' || measuredBy.query === undefined || measuredBy.selector === undefined) continue;
    const found = kpiQueryProblems(
      { query: measuredBy.query, selector: measuredBy.selector, variables: measuredBy.variables ?? {} },
      schema,
    );
    for (const p of found) problems.push({ path: `${path}.measuredBy.${p.path}`, message: p.message });
  }
}

function zodProblems(error: z.ZodError): PluginProblem[] {
  return error.issues.flatMap((issue) => {
    const path = formatPath(issue.path);
    if (issue.code !== 'unrecognized_keys') return [{ path, message: issue.message }];
    // One problem per unknown key, each line of the message naming one (see strictObject).
    const lines = issue.message.split('\n');
    return issue.keys.map((key, i) => ({
      path: path ? `${path}.${key}` : key,
      message: (lines[i] ?? `unknown key \`${key}\``).replace(`\`${key}\``, `\`${key}\` at ${path || 'the top level'}`),
    }));
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    return out ? `${out}.${String(part)}` : String(part);
  }, '');
}

function unique(problems: PluginProblem[]): PluginProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.path}\n${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function guessId(input: unknown): string {
  if (input && typeof input === 'object' && 'id' in input && typeof input.id === 'string' && input.id.length <= 64) {
    return input.id;
  }
  return '(no id)';
}
