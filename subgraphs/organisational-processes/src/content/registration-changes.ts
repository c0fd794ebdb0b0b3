import { isDeepStrictEqual } from 'node:util';
import type { PluginManifest } from '@edhr/plugin-sdk';

/** Keys of one kind of item a registration added, changed or archived. */
export interface ItemChanges {
  added: string[];
  changed: string[];
  archived: string[];
}

export interface RegistrationChanges {
  themes: ItemChanges;
  objectives: ItemChanges;
  kpis: ItemChanges;
  actions: ItemChanges;
}

const LABELS: Record<keyof RegistrationChanges, string> = { themes: 'themes', objectives: 'objectives', kpis: 'KPIs', actions: 'actions' };

/**
 * What a registration changes among the items a dashboard shows, by key, comparing the manifest
 * registered before (none for a first registration) with the new one. An item is changed when
 * anything it declares differs, the theme it sits in included; a theme counts as changed for its
 * own fields only, not for the items under it.
 */
export function diffManifests(previous: PluginManifest | undefined, next: PluginManifest): RegistrationChanges {
  const none = new Map<string, unknown>();
  return {
    themes: diff(previous ? themesOf(previous) : none, themesOf(next)),
    objectives: diff(previous ? objectivesOf(previous) : none, objectivesOf(next)),
    kpis: diff(previous ? kpisOf(previous) : none, kpisOf(next)),
    actions: diff(previous ? actionsOf(previous) : none, actionsOf(next)),
  };
}

/** "themes: 1 added; KPIs: 2 changed, 1 archived", or "no theme, objective, KPI or action changed". */
export function summariseChanges(changes: RegistrationChanges): string {
  const parts = (Object.keys(LABELS) as (keyof RegistrationChanges)[]).flatMap((kind) => {
    const c = changes[kind];
    const counts = [
      c.added.length > 0 ? `${c.added.length} added` : '',
      c.changed.length > 0 ? `${c.changed.length} changed` : '',
      c.archived.length > 0 ? `${c.archived.length} archived` : '',
    ].filter(Boolean);
    return counts.length > 0 ? [`${LABELS[kind]}: ${counts.join(', ')}`] : [];
  });
  return parts.length > 0 ? parts.join('; ') : 'no theme, objective, KPI or action changed';
}

function diff(before: Map<string, unknown>, after: Map<string, unknown>): ItemChanges {
  const changes: ItemChanges = { added: [], changed: [], archived: [] };
  for (const [key, item] of after) {
    if (!before.has(key)) changes.added.push(key);
    else if (!isDeepStrictEqual(before.get(key), item)) changes.changed.push(key);
  }
  for (const key of before.keys()) if (!after.has(key)) changes.archived.push(key);
  return changes;
}

/** JSON-shaped copies, so a manifest read back from the database compares equal to one just validated. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function themesOf(m: PluginManifest): Map<string, unknown> {
  return new Map(m.themes.map(({ objectives: _o, kpis: _k, actions: _a, ...theme }, position) => [theme.key, plain({ ...theme, position })]));
}

function objectivesOf(m: PluginManifest): Map<string, unknown> {
  return new Map([
    ...m.strategy.objectives.map((o) => [o.key, plain({ ...o, theme: null })] as const),
    ...m.themes.flatMap((t) => t.objectives.map((o) => [o.key, plain({ ...o, theme: t.key })] as const)),
  ]);
}

function kpisOf(m: PluginManifest): Map<string, unknown> {
  return new Map([
    ...m.strategy.kpis.map((k) => [k.key, plain({ ...k, theme: null })] as const),
    ...m.themes.flatMap((t) => t.kpis.map((k) => [k.key, plain({ ...k, theme: t.key })] as const)),
  ]);
}

function actionsOf(m: PluginManifest): Map<string, unknown> {
  return new Map([
    ...m.actions.map((a) => [a.key, plain({ ...a, theme: null })] as const),
    ...m.themes.flatMap((t) => t.actions.map((a) => [a.key, plain({ ...a, theme: t.key })] as const)),
  ]);
}
