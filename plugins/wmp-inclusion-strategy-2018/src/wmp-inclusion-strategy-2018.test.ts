import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import plugin from './index';

const { manifest, warnings } = validatePlugin(plugin);
const objectives = (kind: string) => manifest.strategy.objectives.filter((o) => o.kind === kind);
const kpi = (key: string) => manifest.strategy.kpis.find((k) => k.key === key);
const value = (key: string) => {
  const k = kpi(key);
  expect(k, key).toBeDefined();
  expect(k!.measurements).toHaveLength(1);
  const m = k!.measurements[0]!;
  expect(m.source.trim().length, key).toBeGreaterThan(0);
  expect(m.period).toBe('2018');
  return m.value;
};

describe('wmp-inclusion-strategy-2018', () => {
  it('validates, reporting only the discrepancies it records', () => {
    expect(manifest.id).toBe('wmp-inclusion-strategy-2018');
    expect(manifest.organisation).toEqual({
      key: 'west-midlands-police',
      name: 'West Midlands Police',
      kind: 'police-force',
      areaCode: 'E23000014',
    });
    expect(warnings).toHaveLength(manifest.sourceDiscrepancies.length);
    expect(manifest.themes).toEqual([]);
  });

  it('has the four D & I goals with outcomes and 2018/19 focus areas', () => {
    const goals = objectives('goal');
    expect(goals.map((g) => [g.code, g.title])).toEqual([
      ['1', 'Inclusive culture'],
      ['2', 'Inclusive leadership'],
      ['3', 'Colleague Diversity'],
      ['4', 'Inclusive reputation and service'],
    ]);
    expect(goals.map((g) => g.details.map((d) => [d.label, d.items.length]))).toEqual([
      [['Qualitative Outcomes', 5], ['2018/19 focus areas', 6]],
      [['Qualitative Outcomes', 2], ['2018/19 focus areas', 3]],
      [['Qualitative Outcomes', 3], ['2018/19 focus areas', 3]],
      [['Qualitative Outcomes', 4], ['2018/19 focus areas', 3]],
    ]);
  });

  it('has the three-year plan with every cell', () => {
    const plan = objectives('plan-objective');
    const years = plan.filter((o) => !o.parent);
    expect(years.map((y) => [y.code, y.statement])).toEqual([
      ['Year 1', 'Year 1 – Platform for success'],
      ['Year 2', 'Year 2 – Enable the business'],
      ['Year 3', 'Year 3 – Business ownership'],
    ]);
    expect(years.map((y) => y.details.map((d) => [d.label, d.items.length]))).toEqual([
      [['The Objectives', 5], ['Areas of focus', 11], ['Accountability', 1]],
      [['The Objectives', 4], ['Areas of focus', 8], ['Accountability', 1]],
      [['The Objectives', 4], ['Areas of focus', 6], ['Accountability', 1]],
    ]);
    expect(years.map((y) => y.details.find((d) => d.label === 'Accountability')?.items[0])).toEqual([
      'D & I team',
      'D & I/POD/Business',
      'POD/Business',
    ]);
    const children = plan.filter((o) => o.parent);
    expect(children).toHaveLength(13);
    // Every split item is a piece of the raw cell kept in source.quote.
    for (const y of years) {
      const quote = y.source?.quote ?? '';
      for (const d of y.details) for (const item of d.items) expect(quote).toContain(item);
    }
  });

  it('has the ten learning modules', () => {
    const modules = objectives('learning-module');
    expect(modules).toHaveLength(10);
    expect(modules[0]?.title).toBe('Understanding Unconscious Bias');
    expect(modules[9]?.title).toBe('Mental Health in the Workplace: Overview');
  });

  it('records the workforce figures as measurements with a source', () => {
    expect(value('bame-share-of-workforce')).toBe(12);
    expect(value('bame-share-of-community')).toBe(30);
    expect(value('bame-share-of-birmingham')).toBe(42);
    expect(value('officer-headcount')).toBe(6600);
    expect(value('police-staff-headcount')).toBe(3500);
    expect(kpi('officer-headcount')?.measurements[0]?.note).toMatch(/approximately/);
    expect(kpi('police-staff-headcount')?.measurements[0]?.note).toMatch(/approximately/);
    const ranks = {
      'bame-officers-ch-supt': 2,
      'bame-officers-insp': 22,
      'bame-officers-ch-insp': 9,
      'bame-officers-sgt': 88,
      'bame-officers-acc': 0,
      'bame-officers-supt': 1,
      'bame-staff-band-c-lower': 196,
      'bame-staff-band-e': 12,
      'bame-staff-band-e-lower': 6,
      'bame-staff-chief-officer-and-co': 1,
      'bame-staff-mb1': 5,
    };
    for (const [key, expected] of Object.entries(ranks)) expect(value(key), key).toBe(expected);
    expect(manifest.strategy.kpis).toHaveLength(5 + Object.keys(ranks).length);
  });

  it('names the governance bodies', () => {
    expect(manifest.governance.map((g) => [g.name, g.kind])).toEqual([
      ['D & I Governance board', 'board'],
      ['Sub groups of the D & I Governance board', 'group'],
      ['Executive sponsors', 'lead-role'],
      ['D & I Champions', 'champion-role'],
      ['Local senior leadership (departmental plans)', 'lead-role'],
    ]);
  });

  it('rejects a copy whose measurement period is not a period, naming the plugin and the field', () => {
    const broken = structuredClone(plugin);
    broken.strategy.kpis![0]!.measurements![0]!.period = 'spring 2018';
    let error: unknown;
    try {
      validatePlugin(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginValidationError);
    const err = error as PluginValidationError;
    expect(err.pluginId).toBe('wmp-inclusion-strategy-2018');
    expect(err.message).toContain('wmp-inclusion-strategy-2018');
    expect(err.message).toContain('strategy.kpis[0].measurements[0].period');
  });
});
