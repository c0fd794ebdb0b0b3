import { describe, expect, it } from 'vitest';
import { validatePlugin, type PluginManifestInput } from '@edhr/plugin-sdk';
import { diffManifests, summariseChanges } from '../../src/content/registration-changes';

const manifest = (edit: (m: PluginManifestInput) => void = () => {}) => {
  const m: PluginManifestInput = {
    id: 'diff-plugin',
    version: '1.0.0',
    name: 'Diff',
    source: { title: 'T', publisher: 'P' },
    organisation: { key: 'o', name: 'O', kind: 'police-force' },
    strategy: { key: 's', title: 'S', objectives: [{ key: 'eo', kind: 'equality-objective', statement: 'Equal' }] },
    themes: [
      { key: 'a', name: 'A', domain: 'partners', objectives: [{ key: 'a1', kind: 'key-action', statement: 'A1' }], kpis: [{ key: 'k', name: 'K', unit: 'count', direction: 'up' }] },
      { key: 'b', name: 'B', domain: 'partners', objectives: [{ key: 'b1', kind: 'key-action', statement: 'B1' }] },
    ],
  };
  edit(m);
  return validatePlugin(m).manifest;
};

describe('registration changes', () => {
  it('lists every item as added on a first registration', () => {
    const changes = diffManifests(undefined, manifest());
    expect(changes.themes.added).toEqual(['a', 'b']);
    expect(changes.objectives.added).toEqual(['eo', 'a1', 'b1']);
    expect(summariseChanges(changes)).toBe('themes: 2 added; objectives: 3 added; KPIs: 1 added');
  });

  it('finds nothing between equal manifests, one read back from JSON', () => {
    const m = manifest();
    const changes = diffManifests(JSON.parse(JSON.stringify(m)), m);
    expect(summariseChanges(changes)).toBe('no theme, objective, KPI or action changed');
  });

  it('counts an edited item, one moved to another theme, and a dropped one; a theme for its own fields only', () => {
    const next = manifest((m) => {
      m.themes![0]!.objectives![0]!.statement = 'A1, edited';
      m.themes![1]!.kpis = m.themes![0]!.kpis;
      m.themes![0]!.kpis = [];
      m.themes![1]!.objectives = [];
      m.themes![1]!.name = 'B, renamed';
    });
    const changes = diffManifests(manifest(), next);
    expect(changes).toEqual({
      themes: { added: [], changed: ['b'], archived: [] },
      objectives: { added: [], changed: ['a1'], archived: ['b1'] },
      kpis: { added: [], changed: ['k'], archived: [] },
      actions: { added: [], changed: [], archived: [] },
    });
    expect(summariseChanges(changes)).toBe('themes: 1 changed; objectives: 1 changed, 1 archived; KPIs: 1 changed');
  });
});
