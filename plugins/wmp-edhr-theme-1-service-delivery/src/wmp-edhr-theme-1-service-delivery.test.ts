import { describe, expect, it } from 'vitest';
import { characteristicCodes, PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-theme-1-service-delivery plugin', () => {
  const { manifest, warnings } = validatePlugin(plugin);
  const theme = manifest.themes[0]!;
  const row = (key: string) => {
    const found = theme.actions.find((a) => a.key === key);
    if (!found) throw new Error(`no row ${key}`);
    return found;
  };
  const at = (path: string) => warnings.filter((w) => w.path === path).map((w) => w.message).join(' | ');

  it('is one theme extending the WMP EDHR strategy, which it depends on', () => {
    expect(manifest.id).toBe('wmp-edhr-theme-1-service-delivery');
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.dependsOn).toEqual([{ id: 'wmp-edhr-strategy', version: '^2.0.0' }]);
    expect(manifest.strategy.key).toBe('wmp-edhr-strategy');
    expect(manifest.strategy.extends).toBe('wmp-edhr-strategy');
    expect(manifest.organisation).toEqual({ key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force', areaCode: 'E23000014' });
    expect(manifest.themes.map((t) => [t.key, t.domain, t.code])).toEqual([['service-delivery', 'service-delivery', '1']]);
    expect(theme.aims).toHaveLength(1);
    expect(theme.lead).toBeUndefined();
    expect(manifest.actions).toEqual([]);
  });

  it('has its key actions coded theme.position', () => {
    expect(theme.objectives.map((o) => o.code)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
    expect(theme.objectives.map((o) => o.key)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5'].map((_, i) => `sd-ka-${i + 1}`));
    expect(theme.objectives.every((o) => o.kind === 'key-action')).toBe(true);
  });

  it('carries its delivery-plan rows in document order, read as the plan states them', () => {
    expect(theme.actions.map((a) => a.key)).toEqual(['dp-01', 'dp-02', 'dp-03', 'dp-04', 'dp-05', 'dp-06', 'dp-07']);
    expect(theme.actions.map((a) => a.reference)).toEqual(['1.1', '1.2', '1.2', '1.3', '1.4', '1.5', '1.5']);
    // Dated as of the plan (undated; its text places it in late 2011), not of the import.
    expect(theme.actions.every((a) => a.progress.length === 1 && a.progress[0]!.date === '2011-12-31')).toBe(true);
    for (const a of theme.actions) expect(a.owners.join(', ')).toBe(a.ownersAsWritten);
    for (const a of theme.actions.filter((x) => x.characteristicsAsWritten === 'All')) expect(a.characteristics).toEqual([...characteristicCodes]);
    expect(theme.actions.filter((a) => a.status === 'ongoing').map((a) => a.key)).toEqual(['dp-02', 'dp-03', 'dp-04', 'dp-06']);
    expect(theme.actions.filter((a) => a.status !== 'ongoing').every((a) => a.status === 'unknown')).toBe(true);
  });

  it('keeps owners, due dates, the PC column and staff-survey links as written', () => {
    expect(row('dp-05').owners).toEqual(['Supt Johnson', 'CI Howatt', 'PSD', 'Chief Supt Byrne']);
    expect(row('dp-05').ownersAsWritten).toBe('Supt Johnson, CI Howatt, PSD, Chief Supt Byrne');
    expect(row('dp-03').owners).toEqual(['Local Policing Programme Board - ACC Rowe']);
    expect(row('dp-01').dueAsWritten).toBe(
      'SCI - April 2013, Custody Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation - Dec 2012',
    );
    expect(row('dp-05').dueAsWritten).toBe('Policy Portal - Oct 2012');
    expect(row('dp-07').characteristicsAsWritten).toBe('Disability');
    expect(row('dp-07').characteristics).toEqual(['DISABILITY']);
    expect(row('dp-01').actions).toHaveLength(8);
    expect(row('dp-01').staffSurveyActions).toEqual(['6', '15', '19']);
    expect(row('dp-06').staffSurveyActions).toEqual(['15', '17']);
    expect(theme.actions.every((a) => !a.objective)).toBe(true);
  });

  it('marks its KPIs proposed; the disparity one is measured by a query on the public graph', () => {
    expect(theme.kpis.map((k) => [k.key, k.status, k.measuredBy.kind])).toEqual([
      ['sd-kpi-fair-treatment', 'proposed', 'manual'],
      ['sd-kpi-public-trust-confidence', 'proposed', 'manual'],
      ['sd-kpi-stop-search-rrr-black', 'proposed', 'query'],
    ]);
  });

  it('reports the theme name, shared key actions and the due dates it cannot read', () => {
    expect(at('themes[0].name')).toMatch(/Operational and Service Delivery/);
    expect(at('themes[0].actions')).toMatch(/1\.2 \(dp-02, dp-03\) and 1\.5 \(dp-06, dp-07\)/);
    expect(at('themes[0].actions')).toMatch(/"All" on 21 of the 22 rows/);
    expect(at('themes[0].actions[0].dueAsWritten')).toMatch(/four deadlines/);
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
    expect((error as Error).message).toContain('wmp-edhr-theme-1-service-delivery');
    expect((error as Error).message).toContain('themes[0].objectives[0].statement');
  });
});
