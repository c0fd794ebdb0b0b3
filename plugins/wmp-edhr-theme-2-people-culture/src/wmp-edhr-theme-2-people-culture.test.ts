import { describe, expect, it } from 'vitest';
import { characteristicCodes, PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-theme-2-people-culture plugin', () => {
  const { manifest, warnings } = validatePlugin(plugin);
  const theme = manifest.themes[0]!;
  const row = (key: string) => {
    const found = theme.actions.find((a) => a.key === key);
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };
  const at = (path: string) => warnings.filter((w) => w.path === path).map((w) => w.message).join(' | ');

  it('is one theme extending the WMP EDHR strategy, which it depends on', () => {
    expect(manifest.id).toBe('wmp-edhr-theme-2-people-culture');
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.dependsOn).toEqual([{ id: 'wmp-edhr-strategy', version: '^2.0.0' }]);
    expect(manifest.strategy.key).toBe('wmp-edhr-strategy');
    expect(manifest.strategy.extends).toBe('wmp-edhr-strategy');
    expect(manifest.organisation).toEqual({ key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force', areaCode: 'E23000014' });
    expect(manifest.themes.map((t) => [t.key, t.domain, t.code])).toEqual([['people-culture', 'people-culture', '2']]);
    expect(theme.aims).toHaveLength(1);
    expect(theme.lead).toBeUndefined();
    expect(manifest.actions).toEqual([]);
  });

  it('has its key actions coded theme.position', () => {
    expect(theme.objectives.map((o) => o.code)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    expect(theme.objectives.map((o) => o.key)).toEqual(['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'].map((_, i) => `pc-ka-${i + 1}`));
    expect(theme.objectives.every((o) => o.kind === 'key-action')).toBe(true);
  });

  it('carries its delivery-plan rows in document order, read as the plan states them', () => {
    expect(theme.actions.map((a) => a.key)).toEqual(['dp-08', 'dp-09', 'dp-10', 'dp-11', 'dp-12', 'dp-13', 'dp-14', 'dp-15']);
    expect(theme.actions.map((a) => a.reference)).toEqual(['2.1', '2.2', '2.3', '2.3', '2.3', '2.4', '2.5', '2.6']);
    // Dated as of the plan (undated; its text places it in late 2011), not of the import.
    expect(theme.actions.every((a) => a.progress.length === 1 && a.progress[0]!.date === '2011-12-31')).toBe(true);
    for (const a of theme.actions) expect(a.owners.join(', ')).toBe(a.ownersAsWritten);
    for (const a of theme.actions.filter((x) => x.characteristicsAsWritten === 'All')) expect(a.characteristics).toEqual([...characteristicCodes]);
    expect(theme.actions.filter((a) => a.status === 'ongoing').map((a) => a.key)).toEqual(['dp-09']);
    expect(theme.actions.filter((a) => a.status !== 'ongoing').every((a) => a.status === 'unknown')).toBe(true);
  });

  it('keeps due dates and staff-survey links as written', () => {
    expect(row('dp-08').dueAsWritten).toBe('1/12/2012');
    expect(row('dp-08').staffSurveyActions).toEqual(['1', '2', '3', '10', '15']);
    expect(row('dp-12').staffSurveyActions).toEqual([]);
    expect(theme.actions.every((a) => !a.objective)).toBe(true);
  });

  it('marks its KPIs proposed; non-disclosure is measured by a query on the public graph', () => {
    expect(theme.kpis.map((k) => [k.key, k.status, k.measuredBy.kind])).toEqual([
      ['pc-kpi-ethnicity-non-disclosure', 'proposed', 'query'],
      ['pc-kpi-staff-satisfaction', 'proposed', 'manual'],
      ['pc-kpi-grievances', 'proposed', 'manual'],
    ]);
  });

  it('reports shared key actions and day/month dates', () => {
    expect(at('themes[0].actions')).toMatch(/2\.3 \(dp-10, dp-11, dp-12\)/);
    expect(at('themes[0].actions[0].dueAsWritten')).toMatch(/day\/month/);
    expect(at('themes[0].actions[4].staffSurveyActions')).toMatch(/dp-12/);
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
    expect((error as Error).message).toContain('wmp-edhr-theme-2-people-culture');
    expect((error as Error).message).toContain('themes[0].objectives[0].statement');
  });
});
