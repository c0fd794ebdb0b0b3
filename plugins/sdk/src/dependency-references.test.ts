import { describe, expect, it } from 'vitest';
import {
  PluginValidationError,
  compareVersions,
  pluginContentHash,
  validatePlugin,
  type PluginManifest,
  type PluginManifestInput,
} from './index';

const strategy = (): PluginManifestInput => ({
  id: 'base-strategy',
  version: '1.2.0',
  name: 'Base',
  source: { title: 'Doc', publisher: 'Force' },
  organisation: { key: 'force', name: 'Force', kind: 'police-force' },
  strategy: { key: 'base', title: 'Base strategy', objectives: [{ key: 'eo-1', kind: 'equality-objective', statement: 'Be fair' }] },
  themes: [{ key: 't', name: 'T', domain: 'partners', objectives: [{ key: 'ka-1', code: '1', kind: 'key-action', statement: 'Act' }] }],
});

const extension = (): PluginManifestInput => ({
  id: 'theme-extension',
  version: '1.0.0',
  name: 'Extension',
  source: { title: 'Doc', publisher: 'Force' },
  organisation: { key: 'force', name: 'Force', kind: 'police-force' },
  dependsOn: [{ id: 'base-strategy', version: '^1.0.0' }],
  strategy: { key: 'base', extends: 'base-strategy' },
  themes: [
    {
      key: 'x',
      name: 'X',
      domain: 'partners',
      kpis: [{ key: 'k', name: 'K', unit: 'count', direction: 'up', objective: 'base-strategy:ka-1' }],
    },
  ],
  actions: [{ key: 'a', reference: '1', objective: 'base-strategy:eo-1', actions: ['Do'], characteristicsAsWritten: 'All' }],
});

const base = () => validatePlugin(strategy()).manifest;

function problemsOf(input: unknown, dependencies: PluginManifest[]) {
  try {
    validatePlugin(input, { dependencies });
  } catch (error) {
    expect(error).toBeInstanceOf(PluginValidationError);
    return (error as PluginValidationError).problems.map((p) => `${p.path}: ${p.message}`);
  }
  return [];
}

describe('references into dependencies', () => {
  it('accepts references to objectives and the strategy a dependency declares', () => {
    expect(problemsOf(extension(), [base()])).toEqual([]);
  });

  it("refuses an objective the dependency does not declare, the KPI's and the action's", () => {
    const input = extension();
    input.themes![0]!.kpis![0]!.objective = 'base-strategy:ka-9';
    input.actions![0]!.objective = 'base-strategy:eo-2';
    expect(problemsOf(input, [base()])).toEqual([
      'themes[0].kpis[0].objective: plugin "base-strategy" 1.2.0 declares no objective "ka-9"',
      'actions[0].objective: plugin "base-strategy" 1.2.0 declares no objective "eo-2"',
    ]);
  });

  it('refuses a strategy the dependency does not define, and a version outside the range', () => {
    const input = extension();
    input.strategy.key = 'other';
    input.dependsOn = [{ id: 'base-strategy', version: '^2.0.0' }];
    expect(problemsOf(input, [base()])).toEqual([
      'dependsOn[0].version: depends on plugin "base-strategy" ^2.0.0, but its version is 1.2.0',
      'strategy.key: plugin "base-strategy" 1.2.0 defines no strategy "other" (it defines "base")',
    ]);
  });

  it('reports dependency references beside schema problems', () => {
    const input = extension() as Record<string, any>;
    input.themes[0].kpis[0].objective = 'base-strategy:ka-9';
    input.themes[0].kpis[0].unit = 'furlongs';
    expect(problemsOf(input, [base()])).toEqual([
      expect.stringMatching(/^themes\[0\]\.kpis\[0\]\.unit: /),
      'themes[0].kpis[0].objective: plugin "base-strategy" 1.2.0 declares no objective "ka-9"',
    ]);
  });
});

describe('content hash and versions', () => {
  it('hashes the same content alike whatever the key order, and other content otherwise', () => {
    const a = base();
    const { strategy: first, ...rest } = a;
    const reordered = JSON.parse(JSON.stringify({ strategy: first, ...rest })) as PluginManifest;
    expect(pluginContentHash(reordered)).toBe(pluginContentHash(a));
    expect(pluginContentHash(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const changed = structuredClone(a);
    changed.themes[0]!.name = 'T2';
    expect(pluginContentHash(changed)).not.toBe(pluginContentHash(a));
  });

  it('orders versions numerically, a pre-release before its release', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.1')).toBeLessThan(0);
    expect(compareVersions('2.0.0-rc.1', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('x', '1.0.0')).toBeUndefined();
  });
});
