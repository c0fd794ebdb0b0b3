import { describe, expect, it } from 'vitest';
import { PluginValidationError, nearestKey, validatePlugin, type PluginManifestInput } from './index';

const minimal = (): PluginManifestInput => ({
  id: 'strict-plugin',
  version: '1.0.0',
  name: 'Strict',
  source: { title: 'Doc', publisher: 'Force' },
  organisation: { key: 'force', name: 'Force', kind: 'police-force' },
  strategy: { key: 'strategy', title: 'Strategy' },
  themes: [
    {
      key: 'theme',
      name: 'Theme',
      domain: 'people-culture',
      objectives: [{ key: 'o1', code: '1.1', kind: 'key-action', statement: 'First' }],
      kpis: [
        { key: 'k0', name: 'KPI 0', unit: 'percent', direction: 'up' },
        { key: 'k1', name: 'KPI', unit: 'percent', direction: 'up', objective: 'o1' },
      ],
    },
  ],
});

function problemsOf(input: unknown) {
  try {
    validatePlugin(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PluginValidationError);
    return (error as PluginValidationError).problems;
  }
  throw new Error('expected the plugin to be refused');
}

describe('strict manifests', () => {
  it('refuses a misspelt key, naming where it is and the key meant', () => {
    const input = minimal() as Record<string, any>;
    const kpi = input.themes[0].kpis[1];
    kpi.targt = { value: 5 };
    expect(problemsOf(input)).toEqual([
      { path: 'themes[0].kpis[1].targt', message: 'unknown key `targt` at themes[0].kpis[1] — did you mean `target`?' },
    ]);
  });

  it('refuses `owner` for `owners`, and every unknown key of one object', () => {
    const input = minimal() as Record<string, any>;
    input.themes[0].objectives[0].owner = ['Supt Example'];
    input.themes[0].objectives[0].zzzzzz = 1;
    input.Version = '1.0.1';
    const problems = problemsOf(input);
    expect(problems).toContainEqual({
      path: 'themes[0].objectives[0].owner',
      message: 'unknown key `owner` at themes[0].objectives[0] — did you mean `owners`?',
    });
    expect(problems).toContainEqual({ path: 'Version', message: 'unknown key `Version` at the top level — did you mean `version`?' });
    const far = problems.find((p) => p.path === 'themes[0].objectives[0].zzzzzz');
    expect(far?.message).toMatch(/^unknown key `zzzzzz` at themes\[0\]\.objectives\[0\] \(expected one of: `key`, `code`, .*`source`\)$/);
    expect(problems).toHaveLength(3);
  });

  it('is strict inside nested and alternative objects too: measuredBy, target, source', () => {
    const input = minimal() as Record<string, any>;
    input.themes[0].kpis[0].measuredBy = { kind: 'manual', selctor: 'x' };
    input.themes[0].kpis[1].target = { value: 1, data: '2026-01-01' };
    input.source.pubisher = 'x';
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['themes[0].kpis[0].measuredBy.selctor', 'themes[0].kpis[1].target.data', 'source.pubisher']));
  });

  it('reports schema and reference problems in one run', () => {
    const input = minimal() as Record<string, any>;
    input.themes[0].kpis[1].targt = { value: 5 };
    input.themes[0].kpis[1].objective = 'no-such-objective';
    input.themes[0].kpis[0].key = 'k1';
    input.themes[0].name = '';
    const problems = problemsOf(input);
    expect(problems.map((p) => p.path)).toEqual([
      'themes[0].name',
      'themes[0].kpis[1].targt',
      'themes[0].kpis[1].key',
      'themes[0].kpis[1].objective',
    ]);
    expect(problems[2]!.message).toBe('duplicate key "k1" (first used at themes[0].kpis[0].key)');
  });

  it('suggests the nearest key only when it is near', () => {
    expect(nearestKey('targt', ['target', 'baseline'])).toBe('target');
    expect(nearestKey('Owners', ['owners'])).toBe('owners');
    expect(nearestKey('dependencies', ['dependsOn', 'id'])).toBeUndefined();
  });
});
