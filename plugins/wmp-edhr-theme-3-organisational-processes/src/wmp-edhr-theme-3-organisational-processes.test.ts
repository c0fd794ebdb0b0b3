import { describe, expect, it } from 'vitest';
import { characteristicCodes, PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-theme-3-organisational-processes plugin', () => {
  const { manifest, warnings } = validatePlugin(plugin);
  const theme = manifest.themes[0]!;
  const row = (key: string) => {
    const found = theme.actions.find((a) => a.key === key);
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };
  const at = (path: string) => warnings.filter((w) => w.path === path).map((w) => w.message).join(' | ');

  it('is one theme extending the WMP EDHR strategy, which it depends on', () => {
    expect(manifest.id).toBe('wmp-edhr-theme-3-organisational-processes');
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.dependsOn).toEqual([{ id: 'wmp-edhr-strategy', version: '^2.0.0' }]);
    expect(manifest.strategy.key).toBe('wmp-edhr-strategy');
    expect(manifest.strategy.extends).toBe('wmp-edhr-strategy');
    expect(manifest.organisation).toEqual({ key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force', areaCode: 'E23000014' });
    expect(manifest.themes.map((t) => [t.key, t.domain, t.code])).toEqual([['organisational-processes', 'organisational-processes', '3']]);
    expect(theme.aims).toHaveLength(1);
    expect(theme.lead).toBeUndefined();
    expect(manifest.actions).toEqual([]);
  });

  it('has its key actions coded theme.position', () => {
    expect(theme.objectives.map((o) => o.code)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5']);
    expect(theme.objectives.map((o) => o.key)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5'].map((_, i) => `op-ka-${i + 1}`));
    expect(theme.objectives.every((o) => o.kind === 'key-action')).toBe(true);
  });

  it('carries its delivery-plan rows in document order, read as the plan states them', () => {
    expect(theme.actions.map((a) => a.key)).toEqual(['dp-16', 'dp-17', 'dp-18', 'dp-19', 'dp-20', 'dp-21', 'dp-22']);
    expect(theme.actions.map((a) => a.reference)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.5', '3.6']);
    // Dated as of the plan (undated; its text places it in late 2011), not of the import.
    expect(theme.actions.every((a) => a.progress.length === 1 && a.progress[0]!.date === '2011-12-31')).toBe(true);
    for (const a of theme.actions) expect(a.owners.join(', ')).toBe(a.ownersAsWritten);
    for (const a of theme.actions.filter((x) => x.characteristicsAsWritten === 'All')) expect(a.characteristics).toEqual([...characteristicCodes]);
    expect(theme.actions.filter((a) => a.status === 'ongoing').map((a) => a.key)).toEqual(['dp-22']);
    expect(theme.actions.filter((a) => a.status !== 'ongoing').every((a) => a.status === 'unknown')).toBe(true);
  });

  it('links the shifted rows explicitly to its own key actions and leaves 3.2 unlinked', () => {
    expect(Object.fromEntries(theme.actions.map((a) => [a.key, a.objective]))).toEqual({
      'dp-16': undefined,
      'dp-17': undefined,
      'dp-18': 'op-ka-2',
      'dp-19': 'op-ka-3',
      'dp-20': 'op-ka-4',
      'dp-21': 'op-ka-4',
      'dp-22': 'op-ka-5',
    });
    expect(theme.objectives.find((o) => o.key === 'op-ka-2')?.statement).toMatch(/^Improve our approach to conducting equality impact assessments/);
    expect(row('dp-16').staffSurveyActions).toEqual(['9', '15']);
    expect(theme.actions.filter((a) => a.risks.length === 0).map((a) => a.key)).toEqual(['dp-16', 'dp-18', 'dp-19', 'dp-22']);
    expect(theme.kpis).toEqual([]);
  });

  it('reports the unresolved and shifted references', () => {
    expect(at('themes[0].actions')).toMatch(/3\.1 to 3\.6/);
    expect(at('themes[0].actions[1].reference')).toMatch(/"3\.2".*Equality Standard/);
    expect(at('themes[0].actions[2].objective')).toMatch(/"3\.3".*op-ka-2/);
    expect(at('themes[0].actions[6].objective')).toMatch(/no key action 3\.6/);
  });

  it('refuses a broken copy, naming the plugin and the field', () => {
    const broken = structuredClone(plugin);
    broken.themes![0]!.objectives![0]!.statement = '';
    let error: unknown;
    try {
      validatePlugin(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginValidationError);
    expect((error as Error).message).toContain('wmp-edhr-theme-3-organisational-processes');
    expect((error as Error).message).toContain('themes[0].objectives[0].statement');
  });
});
