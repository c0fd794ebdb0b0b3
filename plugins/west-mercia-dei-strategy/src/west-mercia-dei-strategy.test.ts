import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

const { manifest, warnings } = validatePlugin(plugin);
const objectivesOf = (kind: string) =>
  manifest.themes.flatMap((t) => t.objectives.filter((o) => o.kind === kind).map((o) => ({ theme: t, o })));

describe('west-mercia-dei-strategy', () => {
  it('validates and reports no warnings', () => {
    expect(manifest.id).toBe('west-mercia-dei-strategy');
    expect(manifest.organisation).toEqual({
      key: 'west-mercia-police',
      name: 'West Mercia Police',
      kind: 'police-force',
      areaCode: 'E23000016',
    });
    expect(manifest.strategy.periodFrom).toBe('2024-04-01');
    expect(manifest.strategy.periodTo).toBe('2025-03-31');
    expect(warnings).toEqual([]);
  });

  it('holds the foreword as the introduction', () => {
    expect(manifest.strategy.introduction).toHaveLength(8);
    expect(manifest.strategy.introduction[0]).toMatch(/^As Chief Constable, it is important to me/);
    expect(manifest.strategy.introduction.at(-1)).toBe('Alex Murray\nT/Chief Constable');
  });

  it('has the three pillars with their domains, aims and leads as written', () => {
    expect(manifest.themes.map((t) => [t.name, t.domain, t.lead])).toEqual([
      ['Our People', 'people-culture', 'Rachel Hartland-Lane, Director of Business Services.'],
      ['Our Communities', 'service-delivery', 'Grant Wills, T/Assistant Chief Constable, Local Policing & Operations.'],
      ['Our Partners', 'partners', 'Grant Wills, T/Assistant Chief Constable, Local Policing & Operations.'],
    ]);
    for (const t of manifest.themes) expect(t.aims).toHaveLength(1);
  });

  it('has nine areas, three per pillar', () => {
    const areas = objectivesOf('area');
    expect(areas).toHaveLength(9);
    for (const t of manifest.themes) expect(t.objectives.filter((o) => o.kind === 'area')).toHaveLength(3);
    expect(areas.map(({ o }) => o.title)).toEqual([
      'Developing our workforce',
      'Understanding our workforce',
      'Developing a fair and inclusive culture',
      'Engagement and good relations',
      'Understanding our communities',
      'Increasing confidence',
      'Understand partnership landscape',
      'Criminal Justice',
      'Internal and external partnership',
    ]);
  });

  it('has 25 commitments, each under an area of the same pillar', () => {
    const commitments = objectivesOf('commitment');
    expect(commitments).toHaveLength(25);
    expect(manifest.themes.map((t) => t.objectives.filter((o) => o.kind === 'commitment').length)).toEqual([9, 9, 7]);
    for (const { theme, o } of commitments) {
      const parent = theme.objectives.find((p) => p.key === o.parent);
      expect(parent?.kind, o.key).toBe('area');
    }
  });

  it('keeps the disparity commitments verbatim', () => {
    const statements = objectivesOf('commitment').map(({ o }) => o.statement);
    expect(statements).toContain('Where disparity exists we will explain it or reform.');
    const nine = objectivesOf('commitment').find(({ o }) => o.statement.includes('across the nine protected characteristics'));
    expect(nine?.o.statement).toBe(
      'We will work with partners to put in place systems that enable the collection, collation and analysis of data and information to identify disparity in service delivery across the nine protected characteristics.',
    );
    expect(nine?.o.characteristics).toHaveLength(9);
  });

  it('has the nine equality objectives 2024-25, three per group', () => {
    const eo = manifest.strategy.objectives;
    expect(eo).toHaveLength(9);
    for (const o of eo) expect(o.kind).toBe('equality-objective');
    expect(eo.map((o) => o.title)).toEqual([
      'Enhanced community understanding',
      'Strengthened engagement',
      'Promoting confidence',
      'Promoting transparency and accountability',
      'Workforce development',
      'Enhancing workforce understanding',
      'Understanding the partnership landscape',
      'Addressing disparities',
      'Joint service delivery',
    ]);
    expect(eo.map((o) => o.details[0]?.items[0])).toEqual([
      ...Array(3).fill('Our communities'),
      ...Array(3).fill('Our organisation'),
      ...Array(3).fill('Our partners'),
    ]);
  });

  it('marks every KPI as proposed, manual and tied to an objective', () => {
    const kpis = manifest.themes.flatMap((t) => t.kpis);
    expect(kpis.map((k) => k.key).sort()).toEqual([
      'hate-crime-positive-outcome-rate',
      'stop-search-rrr-ethnicity',
      'workforce-representation-ratio',
    ]);
    for (const k of kpis) {
      expect(k.status).toBe('proposed');
      expect(k.measuredBy).toEqual({ kind: 'manual' });
      expect(k.objective).toBeTruthy();
    }
  });

  it('rejects a copy whose commitment names a parent that does not exist', () => {
    const broken = structuredClone(plugin);
    broken.themes![2]!.objectives![9]!.parent = 'partners.no-such-area';
    let error: unknown;
    try {
      validatePlugin(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginValidationError);
    const err = error as PluginValidationError;
    expect(err.pluginId).toBe('west-mercia-dei-strategy');
    expect(err.message).toContain('west-mercia-dei-strategy');
    expect(err.message).toContain('themes[2].objectives[9].parent');
    expect(err.problems.map((p) => p.path)).toEqual(['themes[2].objectives[9].parent']);
  });
});
