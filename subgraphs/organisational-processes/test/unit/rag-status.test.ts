import { describe, expect, it } from 'vitest';
import { assessKpi, isStale, ragAgainstTarget, staleFrom, type KpiFigures } from '../../src/model/kpis/rag-status';
import { comparePeriods, parsePeriod, periodProblem } from '../../src/model/kpis/measurement-period';
import { valueProblem } from '../../src/model/kpis/measurement-value';

const kpi = (overrides: Partial<KpiFigures> = {}): KpiFigures => ({
  direction: 'up',
  targetValue: 50,
  amberTolerance: 0.1,
  frequency: 'annually',
  measurements: [],
  ...overrides,
});
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('periods', () => {
  it('reads the four forms and refuses the rest', () => {
    expect(parsePeriod('2024')).toMatchObject({ kind: 'year', start: new Date('2024-01-01'), end: new Date('2025-01-01') });
    expect(parsePeriod('2024-Q2')).toMatchObject({ kind: 'quarter', start: new Date('2024-04-01'), end: new Date('2024-07-01') });
    expect(parsePeriod('2024-12')).toMatchObject({ kind: 'month', end: new Date('2025-01-01') });
    expect(parsePeriod('2024/25')).toMatchObject({ kind: 'financial-year', start: new Date('2024-04-01'), end: new Date('2025-04-01') });
    expect(parsePeriod('1999/00')).toMatchObject({ kind: 'financial-year' });
    for (const bad of ['2024/26', '2024-13', '2024-Q5', '24', '2024-1', '2024 ', 'FY2024']) expect(parsePeriod(bad)).toBeNull();
  });

  it('requires the form that matches the frequency', () => {
    expect(periodProblem('2024-Q1', 'quarterly')).toBeNull();
    expect(periodProblem('2024-03', 'monthly')).toBeNull();
    expect(periodProblem('2024', 'annually')).toBeNull();
    expect(periodProblem('2024/25', 'annually')).toBeNull();
    expect(periodProblem('2024', 'quarterly')).toMatch(/reported quarterly: write the period as YYYY-Qn/);
    expect(periodProblem('2024-Q1', 'monthly')).toMatch(/YYYY-MM/);
    expect(periodProblem('2024-01', 'annually')).toMatch(/YYYY or YYYY\/YY/);
    expect(periodProblem('2024/26', 'annually')).toMatch(/not a period/);
  });

  it('orders mixed forms by when they end', () => {
    expect(['2019', '2018/19', '2018', '2019-Q1'].sort(comparePeriods)).toEqual(['2018', '2018/19', '2019-Q1', '2019']);
  });
});

describe('values by unit', () => {
  it('keeps percentages in 0–100, counts whole and non-negative, ratios non-negative', () => {
    expect(valueProblem(0, 'percent')).toBeNull();
    expect(valueProblem(100, 'percent')).toBeNull();
    expect(valueProblem(100.5, 'percent')).toMatch(/between 0 and 100/);
    expect(valueProblem(-1, 'percent')).toMatch(/between 0 and 100/);
    expect(valueProblem(12, 'count')).toBeNull();
    expect(valueProblem(1.5, 'count')).toMatch(/whole number/);
    expect(valueProblem(-2, 'count')).toMatch(/whole number/);
    expect(valueProblem(0.8, 'ratio')).toBeNull();
    expect(valueProblem(-0.1, 'ratio')).toMatch(/negative/);
    expect(valueProblem(-3, 'score')).toBeNull();
    expect(valueProblem(Number.NaN, 'score')).toMatch(/finite/);
  });
});

describe('RAG', () => {
  it('is green on or beyond target, amber within tolerance × |target|, red beyond', () => {
    expect(ragAgainstTarget(50, 50, 'up', 0.1)).toBe('GREEN');
    expect(ragAgainstTarget(60, 50, 'up', 0.1)).toBe('GREEN');
    expect(ragAgainstTarget(45, 50, 'up', 0.1)).toBe('AMBER');
    expect(ragAgainstTarget(44.9, 50, 'up', 0.1)).toBe('RED');
    // Lower is better: at most the target is green.
    expect(ragAgainstTarget(1.5, 2, 'down', 0.25)).toBe('GREEN');
    expect(ragAgainstTarget(2.5, 2, 'down', 0.25)).toBe('AMBER');
    expect(ragAgainstTarget(2.51, 2, 'down', 0.25)).toBe('RED');
    // A negative target uses its magnitude for the band; a zero target has no amber band.
    expect(ragAgainstTarget(-11, -10, 'up', 0.1)).toBe('AMBER');
    expect(ragAgainstTarget(0.1, 0, 'down', 0.5)).toBe('RED');
    expect(ragAgainstTarget(0.1 + 0.2, 0.3, 'up', 0)).toBe('GREEN');
  });

  it('says NO_DATA without measurements and NO_TARGET without a target', () => {
    expect(assessKpi(kpi(), at('2024-06-01')).rag).toBe('NO_DATA');
    const noTarget = assessKpi(kpi({ targetValue: null, measurements: [{ period: '2023', value: 3 }] }), at('2024-06-01'));
    expect(noTarget.rag).toBe('NO_TARGET');
  });

  it('uses the value of the latest period, not the last one listed', () => {
    const result = assessKpi(
      kpi({ measurements: [{ period: '2023', value: 40 }, { period: '2022', value: 55 }] }),
      at('2024-03-01'),
    );
    expect(result.latest).toEqual({ period: '2023', value: 40 });
    expect(result.rag).toBe('RED');
  });
});

describe('staleness', () => {
  it('is stale once the next period has ended and its reporting lag has passed', () => {
    // 2023 ends 2024-01-01; the 2024 value is due by 2025-07-01 (one year plus six months' lag).
    expect(staleFrom('2023', 'annually')).toEqual(new Date('2025-07-01'));
    expect(staleFrom('2024-Q1', 'quarterly')).toEqual(new Date('2024-09-01'));
    expect(staleFrom('2024-01', 'monthly')).toEqual(new Date('2024-04-01'));
    expect(staleFrom('2022/23', 'biennially')).toEqual(new Date('2025-10-01'));
    // Judged by the UK date: 1 July begins at 23:00 UTC on 30 June (00:00 BST).
    expect(isStale('2023', 'annually', new Date('2025-06-30T22:59:59Z'))).toBe(false);
    expect(isStale('2023', 'annually', new Date('2025-06-30T23:00:00Z'))).toBe(true);
    expect(isStale('2023', 'annually', new Date('2025-07-01T00:00:00Z'))).toBe(true);
  });

  it('at the end of a quarter: 31 March, and 30 June 23:30 UTC (already 1 July in the UK)', () => {
    // A quarterly value for Q3 is due with Q4, by 1 March; Q4's by 1 June; Q1's by 1 September.
    expect(staleFrom('2026-Q3', 'quarterly')).toEqual(new Date('2027-03-01'));
    expect(isStale('2026-Q3', 'quarterly', new Date('2027-03-31T12:00:00Z'))).toBe(true);
    expect(isStale('2026-Q4', 'quarterly', new Date('2027-03-31T12:00:00Z'))).toBe(false);
    expect(isStale('2026-Q4', 'quarterly', new Date('2027-06-30T23:30:00Z'))).toBe(true);
    expect(isStale('2027-Q1', 'quarterly', new Date('2027-06-30T23:30:00Z'))).toBe(false);
    // An annual 2025 value is overdue from 1 July 2027: by the UK date, that is 23:30 UTC on 30 June.
    expect(staleFrom('2025', 'annually')).toEqual(new Date('2027-07-01'));
    expect(isStale('2025', 'annually', new Date('2027-06-30T12:00:00Z'))).toBe(false);
    expect(isStale('2025', 'annually', new Date('2027-06-30T23:30:00Z'))).toBe(true);
    // A monthly value for May is overdue from 1 August, so still current at the end of June.
    expect(isStale('2027-05', 'monthly', new Date('2027-06-30T23:30:00Z'))).toBe(false);
  });

  it('across the financial year boundary: 31 March to 1 April', () => {
    expect(parsePeriod('2022/23')).toMatchObject({ kind: 'financial-year', start: new Date('2022-04-01'), end: new Date('2023-04-01') });
    expect(parsePeriod('2022/24')).toBeNull();
    expect(parsePeriod('1999/00')).toMatchObject({ start: new Date('1999-04-01'), end: new Date('2000-04-01') });
    // 2025/26 ends 1 April 2026; the 2026/27 value is due by 1 October 2027.
    expect(staleFrom('2025/26', 'annually')).toEqual(new Date('2027-10-01'));
    // 2024/25's value was due by 1 October 2026, so at the end of 2026/27 it is overdue.
    expect(isStale('2024/25', 'annually', new Date('2027-03-31T12:00:00Z'))).toBe(true);
    // The financial year ends with 31 March: a 2026/27 figure sorts after one for 2026 and before 2027-Q2.
    expect(['2027-Q2', '2026/27', '2026'].sort(comparePeriods)).toEqual(['2026', '2026/27', '2027-Q2']);
  });

  it('a leap day: a monthly value for February 2028 (29 days) is due with March, by 1 May', () => {
    expect(parsePeriod('2028-02')).toMatchObject({ start: new Date('2028-02-01'), end: new Date('2028-03-01') });
    expect(staleFrom('2028-02', 'monthly')).toEqual(new Date('2028-05-01'));
    expect(isStale('2028-01', 'monthly', new Date('2028-02-29T23:30:00Z'))).toBe(false);
    expect(isStale('2027-12', 'monthly', new Date('2028-02-29T23:30:00Z'))).toBe(false);
    expect(isStale('2027-12', 'monthly', new Date('2028-03-01T00:00:00Z'))).toBe(true);
  });

  it('shows STALE instead of an old green', () => {
    const green = kpi({ measurements: [{ period: '2024-Q1', value: 60 }], frequency: 'quarterly' });
    expect(assessKpi(green, at('2024-07-15'))).toMatchObject({ rag: 'GREEN', stale: false });
    expect(assessKpi(green, at('2024-09-01'))).toMatchObject({ rag: 'STALE', stale: true });
  });
});

describe('trend', () => {
  it('fits the latest five values and says whether that is the better way', () => {
    const rising = kpi({
      measurements: ['2018', '2019', '2020', '2021', '2022', '2023'].map((period, i) => ({ period, value: [90, 10, 20, 30, 40, 50][i]! })),
    });
    const result = assessKpi(rising, at('2024-03-01'));
    // The 2018 outlier is outside the last five points.
    expect(result.trend).toEqual({ direction: 'UP', change: 40, latestChange: 10, improving: true });
    expect(assessKpi({ ...rising, direction: 'down' }, at('2024-03-01')).trend.improving).toBe(false);
  });

  it('judges improving by the latest move against the better direction, not by the fitted line', () => {
    const turned = kpi({ measurements: ['2019', '2020', '2021', '2022', '2023'].map((period, i) => ({ period, value: [10, 20, 30, 40, 33][i]! })) });
    // Fitted over five values the series still rises, but its latest move got worse for an "up" KPI.
    expect(assessKpi(turned, at('2024-03-01')).trend).toEqual({ direction: 'UP', change: 23, latestChange: -7, improving: false });
    expect(assessKpi({ ...turned, direction: 'down' }, at('2024-03-01')).trend).toMatchObject({ direction: 'UP', improving: true });
  });

  it('is flat within 5% of the mean, and insufficient with one value', () => {
    const flat = kpi({ measurements: [{ period: '2022', value: 50 }, { period: '2023', value: 51 }] });
    expect(assessKpi(flat, at('2024-03-01')).trend).toEqual({ direction: 'FLAT', change: 1, latestChange: 1, improving: null });
    const one = kpi({ measurements: [{ period: '2023', value: 50 }] });
    expect(assessKpi(one, at('2024-03-01')).trend).toEqual({ direction: 'INSUFFICIENT_DATA', change: null, latestChange: null, improving: null });
  });
});
