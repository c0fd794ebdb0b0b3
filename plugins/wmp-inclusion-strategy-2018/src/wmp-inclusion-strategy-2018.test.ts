import { describe, expect, it } from 'vitest';
import { PluginValidationError, validatePlugin } from '@edhr/plugin-sdk';
import { readFileSync } from 'node:fs';
import plugin from './index';
import { LATEST_SERGEANT_PROMOTION_ROUND } from './measured-kpis';

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
    // The source's figures, and the three KPIs measured from data (1.1.0).
    expect(manifest.strategy.kpis).toHaveLength(5 + Object.keys(ranks).length + 3);
    expect(manifest.strategy.kpis.filter((k) => k.status === 'stated')).toHaveLength(5 + Object.keys(ranks).length);
  });

  it('is version 1.1.0, matching its package', () => {
    expect(manifest.version).toBe('1.1.0');
    expect(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version).toBe('1.1.0');
  });

  it('proposes KPIs measured from people-culture data by query, tied to a goal', () => {
    const measured = manifest.strategy.kpis.filter((k) => k.measuredBy.kind === 'query');
    expect(measured.map((k) => k.key)).toEqual(['bame-share-of-workforce-measured', 'bame-representation-ratio', 'promotion-selection-rate-ratio-bame']);
    const goalKeys = new Set(objectives('goal').map((g) => g.key));
    for (const k of measured) {
      expect(k.status, k.key).toBe('proposed');
      expect(k.unit, k.key).toBe('ratio');
      expect(k.direction, k.key).toBe('up');
      expect(k.frequency, k.key).toBe('annually');
      expect(k.characteristics, k.key).toEqual(['RACE']);
      expect(goalKeys.has(k.objective!), k.key).toBe(true);
      expect(k.measurements, k.key).toEqual([]);
      if (k.measuredBy.kind !== 'query') throw new Error('unreachable');
      // One named query with no variables (so no $period): it reads the latest data held. The
      // end-to-end test runs each one through the gateway.
      expect(k.measuredBy.query, k.key).toMatch(/^query [A-Za-z]+ \{ .+ \}$/);
      expect(k.measuredBy.query, k.key).not.toContain('$');
      expect(k.measuredBy.query).toContain('organisation: "west-midlands-police"');
    }
    const byKey = Object.fromEntries(measured.map((k) => [k.key, k]));
    const selector = (key: string) => (byKey[key]!.measuredBy as { selector: string }).selector;
    expect(selector('bame-share-of-workforce-measured')).toBe('representation.overall.workforceShare');
    expect(selector('bame-representation-ratio')).toBe('representation.overall.value');
    expect(selector('promotion-selection-rate-ratio-bame')).toBe('selectionRates.groups.category=BAME.ratio');
    expect((byKey['promotion-selection-rate-ratio-bame']!.measuredBy as { query: string }).query).toContain(
      `round: "${LATEST_SERGEANT_PROMOTION_ROUND}"`,
    );
    expect(byKey['promotion-selection-rate-ratio-bame']!.measuredBy).toMatchObject({ query: expect.stringContaining('reference: "White"') });
    // The strategy's "12 % of organisation" and "30% of the community" as ratios: 0.12, and 0.12 ÷ 0.30 = 0.4.
    expect(byKey['bame-share-of-workforce-measured']!.baseline).toEqual({ value: 0.12, period: '2018' });
    expect(byKey['bame-representation-ratio']!.baseline).toEqual({ value: 0.4, period: '2018' });
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
