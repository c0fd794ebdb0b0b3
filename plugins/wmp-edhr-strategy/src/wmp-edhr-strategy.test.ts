import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-strategy plugin', () => {
  const { manifest, warnings } = validatePlugin(plugin);

  it('validates and identifies the organisation and strategy', () => {
    expect(manifest.id).toBe('wmp-edhr-strategy');
    expect(manifest.version).toBe('1.1.0');
    expect(manifest.organisation).toEqual({
      key: 'west-midlands-police',
      name: 'West Midlands Police',
      kind: 'police-force',
      areaCode: 'E23000014',
    });
    expect(manifest.strategy.key).toBe('wmp-edhr-strategy');
    expect(manifest.strategy.title).toBe('Equality, Diversity and Human Rights Strategy');
  });

  it('holds the EDHR vision as written', () => {
    expect(manifest.strategy.vision).toBe(
      'Eliminate unlawful discrimination, harassment and victimisation by embedding a culture of equality and respect that puts all of our communities, staff and officers at the heart of everything we do. Working together as one we will strive to make a difference to our service delivery by mainstreaming our organisational values',
    );
  });

  it('holds the four values', () => {
    expect(manifest.strategy.values.map((v) => v.name)).toEqual([
      'We put the public first in everything we do',
      'We act with integrity, fairness and humanity',
      'We are one team working together',
      'We listen, learn and strive to improve',
    ]);
  });

  it('holds the foreword, introduction, journey and conclusion', () => {
    const intro = manifest.strategy.introduction;
    expect(intro[0]).toMatch(/^This strategy aims to build on the progress made by WMP/);
    expect(intro).toContain('Chris Sims\nChief Constable');
    expect(intro.some((p) => p.includes('all nine protected characteristics'))).toBe(true);
    expect(intro.some((p) => p.startsWith('Our overall vision is to serve our communities'))).toBe(true);
  });

  it('has the three themes with their domains, codes and AIMS', () => {
    expect(manifest.themes.map((t) => [t.key, t.domain, t.code])).toEqual([
      ['service-delivery', 'service-delivery', '1'],
      ['people-culture', 'people-culture', '2'],
      ['organisational-processes', 'organisational-processes', '3'],
    ]);
    for (const t of manifest.themes) {
      expect(t.aims).toHaveLength(1);
      expect(t.lead).toBeUndefined();
    }
  });

  it('has 5 / 6 / 5 key actions coded theme.position', () => {
    const codes = manifest.themes.map((t) => t.objectives.map((o) => o.code));
    expect(codes).toEqual([
      ['1.1', '1.2', '1.3', '1.4', '1.5'],
      ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
      ['3.1', '3.2', '3.3', '3.4', '3.5'],
    ]);
    const all = manifest.themes.flatMap((t) => t.objectives);
    expect(all.every((o) => o.kind === 'key-action')).toBe(true);
    expect(all.map((o) => o.key)).toContain('op-ka-2');
    expect(all.find((o) => o.key === 'op-ka-2')?.statement).toMatch(/^Improve our approach to conducting equality impact assessments/);
    expect(all.find((o) => o.key === 'pc-ka-6')?.statement).toBe('Ensure that our culture and values are at the heart of everything we do');
  });

  it('marks the KPIs it adds as proposed; those data can answer are measured by queries on the public graph', () => {
    const kpis = manifest.themes.flatMap((t) => t.kpis);
    expect(kpis.map((k) => k.status)).toEqual(kpis.map(() => 'proposed'));
    const byQuery = kpis.filter((k) => k.measuredBy.kind === 'query').map((k) => k.key);
    expect(byQuery).toEqual(['sd-kpi-stop-search-rrr-black', 'pc-kpi-ethnicity-non-disclosure']);
    expect(kpis.filter((k) => k.measuredBy.kind === 'manual')).toHaveLength(4);
  });

  it('describes the governance, with eight staff networks named as written', () => {
    const networks = manifest.governance.filter((g) => g.kind === 'staff-network').map((g) => g.name);
    expect(networks).toEqual([
      'Disability and Carers Network',
      'Black and Asian Police Association (BAPA)',
      'LGBT network',
      'West Midlands Association for Women in Policing (WMAWP)',
      'Religion and Belief Group',
      'West Midlands Association of Muslim Police (AMP)',
      'Christian Police Network',
      'Sikh Association',
    ]);
    const names = manifest.governance.map((g) => g.name);
    expect(names).toEqual(
      expect.arrayContaining(['ACC Local Policing', 'EDHR Strategic Board', 'EDHR Programme Board', 'Diversity Champion']),
    );
    const leads = manifest.governance.filter((g) => g.key.startsWith('acpo-lead-'));
    expect(leads).toHaveLength(3);
    expect(leads.every((g) => g.reportsTo === 'edhr-strategic-board')).toBe(true);
  });

  it('restates the Appendix 1 duties', () => {
    const byKey = new Map(manifest.duties.map((d) => [d.key, d]));
    expect(manifest.duties.filter((d) => d.key.startsWith('psed-') && d.requirement.includes('due regard'))).toHaveLength(3);
    expect(byKey.get('publish-equality-information')?.frequency).toBe('at intervals of not greater than one year');
    expect(byKey.get('publish-equality-objectives')?.frequency).toBe('at intervals of not greater than four years');
    expect(byKey.get('objectives-specific-and-measurable')?.requirement).toBe(
      'An objective published by a public authority must be specific and measurable.',
    );
    expect(byKey.get('psed-protected-characteristics')?.requirement).toMatch(/^The relevant eight protected characteristics/);
  });

  it('reports the eight/nine protected characteristics discrepancy', () => {
    const w = warnings.find((x) => x.path === 'duties[3].requirement');
    expect(w?.message).toMatch(/eight protected characteristics/);
    expect(w?.message).toMatch(/nine/);
    expect(w?.message).toMatch(/marriage and civil partnership/);
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
    expect((error as Error).message).toContain('wmp-edhr-strategy');
    expect((error as Error).message).toContain('themes[0].objectives[0].statement');
  });
});
