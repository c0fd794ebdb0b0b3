import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin, type PluginManifestInput } from './index';

const minimal = (): PluginManifestInput => ({
  id: 'test-plugin',
  version: '1.0.0',
  name: 'Test',
  source: { title: 'Doc', publisher: 'Force' },
  organisation: { key: 'force', name: 'Force', kind: 'police-force' },
  strategy: { key: 'strategy', title: 'Strategy' },
  themes: [
    {
      key: 'theme',
      name: 'Theme',
      domain: 'people-culture',
      objectives: [
        { key: 'o1', code: '1.1', kind: 'key-action', statement: 'First' },
        { key: 'o2', code: '1.2', kind: 'key-action', statement: 'Second', parent: 'o1' },
      ],
      kpis: [{ key: 'k1', name: 'KPI', unit: 'percent', direction: 'up', objective: 'o1' }],
      actions: [{ key: 'a1', reference: '1.9', actions: ['Do it'], characteristicsAsWritten: 'All', dueAsWritten: 'Ongoing' }],
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

describe('validatePlugin', () => {
  it('applies defaults and reports what it keeps as written', () => {
    const { manifest, warnings } = validatePlugin(minimal());
    expect(manifest.pluginApi).toBe('^1.0.0');
    expect(manifest.themes[0]!.kpis[0]!.measuredBy).toEqual({ kind: 'manual' });
    expect(manifest.themes[0]!.kpis[0]!.frequency).toBe('annually');
    expect(warnings.map((w) => w.path)).toEqual(['themes[0].actions[0].reference', 'themes[0].actions[0].dueAsWritten']);
    expect(warnings[0]!.message).toContain('"1.9" does not match any objective code');
  });

  it('names the plugin, the field path and the reason', () => {
    const input = minimal();
    input.themes![0]!.actions![0]!.actions = [];
    (input.themes![0]!.kpis![0] as { unit: string }).unit = 'furlongs';
    let error: PluginValidationError | undefined;
    try {
      validatePlugin(input);
    } catch (e) {
      error = e as PluginValidationError;
    }
    expect(error?.pluginId).toBe('test-plugin');
    expect(error?.message).toContain('Plugin "test-plugin" is invalid');
    expect(error?.problems.map((p) => p.path).sort()).toEqual(['themes[0].actions[0].actions', 'themes[0].kpis[0].unit']);
  });

  it('refuses duplicate keys, dangling parents and KPI objectives that resolve nowhere', () => {
    const input = minimal();
    const theme = input.themes![0]!;
    theme.objectives!.push({ key: 'o1', kind: 'goal', statement: 'Duplicate' });
    theme.objectives![1]!.parent = 'missing';
    theme.kpis![0]!.objective = 'nowhere';
    expect(problemsOf(input)).toEqual([
      { path: 'themes[0].objectives[2].key', message: 'duplicate key "o1" (first used at themes[0].objectives[0].key)' },
      { path: 'themes[0].objectives[1].parent', message: 'no objective with key "missing" in this plugin' },
      {
        path: 'themes[0].kpis[0].objective',
        message: '"nowhere" is neither an objective of this plugin nor "pluginId:key" of a declared dependency',
      },
    ]);
  });

  it('refuses a second figure for the same period and a strategy extended without declaring the dependency', () => {
    const input = minimal();
    input.themes![0]!.kpis![0]!.measurements = [
      { period: '2018', value: 12, source: 'Doc p.3' },
      { period: '2018', value: 13, source: 'Doc p.4' },
    ];
    input.strategy = { key: 'strategy', extends: 'other-plugin' };
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toContain('themes[0].kpis[0].measurements[1].period');
    expect(paths).toContain('strategy.extends');
  });

  it('names "(no id)" when even the id is unusable', () => {
    let error: PluginValidationError | undefined;
    try {
      validatePlugin({ version: 'one' });
    } catch (e) {
      error = e as PluginValidationError;
    }
    expect(error?.pluginId).toBe('(no id)');
    expect(error?.problems.find((p) => p.path === 'version')?.message).toContain('semantic version');
  });

  it('refuses one written form naming two declared owners, and warns of a staff-survey contact no owner names', () => {
    const twice = { ...minimal(), owners: [
      { key: 'a', name: 'Supt Johnson', writtenAs: ['Supt Johnson - SCI'] },
      { key: 'b', name: 'Supt  johnson - sci' },
    ] };
    expect(problemsOf(twice)).toEqual([{ path: 'owners[1].writtenAs', message: '"supt johnson - sci" already names owner "a"' }]);
    const duplicateKey = { ...minimal(), owners: [{ key: 'a', name: 'One' }, { key: 'a', name: 'Two' }] };
    expect(problemsOf(duplicateKey)).toEqual([{ path: 'owners[1].key', message: 'duplicate key "a" (first used at owners[0].key)' }]);

    const { warnings } = validatePlugin({
      ...minimal(),
      owners: [{ key: 'rowson', name: 'Chris Rowson' }],
      staffSurveyActions: [{ number: '1', issue: 'An issue', contact: ' chris  ROWSON ', localOwner: 'Head of HR' }],
    });
    expect(warnings.filter((w) => w.path.startsWith('staffSurveyActions'))).toEqual([
      { path: 'staffSurveyActions[0].localOwner', message: '"Head of HR" matches no owner this plugin declares; kept as written, linked to no owner' },
    ]);
  });
});
