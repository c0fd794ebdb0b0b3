import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

describe('wmp-edhr-strategy plugin', () => {
  const { manifest, warnings } = validatePlugin(plugin);

  it('validates and identifies the organisation and strategy', () => {
    expect(manifest.id).toBe('wmp-edhr-strategy');
    expect(manifest.version).toBe('2.0.0');
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

  it('defines no theme itself: each strategic theme is a plugin of its own', () => {
    expect(manifest.themes).toEqual([]);
    expect(manifest.description).toMatch(/wmp-edhr-theme-1-service-delivery, wmp-edhr-theme-2-people-culture and wmp-edhr-theme-3-organisational-processes/);
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
    broken.strategy.values![0]!.name = '';
    let error: unknown;
    try {
      validatePlugin(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginValidationError);
    expect((error as Error).message).toContain('wmp-edhr-strategy');
    expect((error as Error).message).toContain('strategy.values[0].name');
  });
});
