import { describe, expect, it } from 'vitest';
import { NotComputableReason } from './result.js';
import { trend, type Trend } from './trend.js';

const series = (values: Array<number | null>) => values.map((value, i) => ({ period: `${2019 + i}/${20 + i}`, value }));

function computedTrend(values: Array<number | null>, options?: Parameters<typeof trend>[1]): Trend {
  const r = trend(series(values), options);
  if (!r.computable) throw new Error(r.detail);
  return r;
}

describe('trend', () => {
  it('finds a rising series', () => {
    const t = computedTrend([2.0, 2.2, 2.4, 2.6]);
    if (t.direction === 'insufficient_data') throw new Error('expected a direction');
    // x = 0, 1, 2, 3 (mean 1.5); y mean = 2.3; deviations of y: −0.3, −0.1, 0.1, 0.3
    // Sxy = (−1.5)(−0.3) + (−0.5)(−0.1) + (0.5)(0.1) + (1.5)(0.3) = 0.45 + 0.05 + 0.05 + 0.45 = 1.0
    // Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5; slope = 1.0 / 5 = 0.2
    // fitted change = 0.2 × 3 = 0.6 > 0.05 × 2.3 = 0.115 → up
    expect(t.direction).toBe('up');
    expect(t.slope).toBeCloseTo(0.2, 12);
    expect(t.fittedChange).toBeCloseTo(0.6, 12);
    expect(t.mean).toBeCloseTo(2.3, 12);
    // change = 2.6 − 2.0 = 0.6; relative change = 0.6 / 2.0 = 0.3
    expect(t.change).toBeCloseTo(0.6, 12);
    expect(t.relativeChange).toBeCloseTo(0.3, 12);
    expect(t.first).toEqual({ period: '2019/20', value: 2.0 });
    expect(t.last).toEqual({ period: '2022/23', value: 2.6 });
    expect(t.points).toBe(4);
    expect(t.skipped).toBe(0);
  });

  it('finds a falling series', () => {
    const t = computedTrend([10, 8, 6]);
    if (t.direction === 'insufficient_data') throw new Error('expected a direction');
    // slope = −2 per period; fitted change = −2 × 2 = −4; |−4| > 0.05 × 8 = 0.4 → down
    // change = 6 − 10 = −4; relative change = −4 / 10 = −0.4
    expect(t.direction).toBe('down');
    expect(t.slope).toBeCloseTo(-2, 12);
    expect(t.change).toBeCloseTo(-4, 12);
    expect(t.relativeChange).toBeCloseTo(-0.4, 12);
  });

  it('calls a small movement flat within the tolerance', () => {
    const t = computedTrend([100, 102, 101, 103]);
    if (t.direction === 'insufficient_data') throw new Error('expected a direction');
    // mean x 1.5, mean y 101.5; deviations of y: −1.5, 0.5, −0.5, 1.5
    // Sxy = 2.25 − 0.25 − 0.25 + 2.25 = 4; Sxx = 5; slope = 0.8; fitted change = 0.8 × 3 = 2.4
    // 2.4 ≤ 0.05 × 101.5 = 5.075 → flat
    expect(t.direction).toBe('flat');
    expect(t.slope).toBeCloseTo(0.8, 12);
    // With a 1% tolerance: 2.4 > 0.01 × 101.5 = 1.015 → up
    expect(computedTrend([100, 102, 101, 103], { tolerance: 0.01 }).direction).toBe('up');
  });

  it('follows the fitted line when one end point is unusual', () => {
    const t = computedTrend([10, 12, 14, 16, 9]);
    if (t.direction === 'insufficient_data') throw new Error('expected a direction');
    // end points fall: change = 9 − 10 = −1
    // mean x 2, mean y 12.2; deviations of y: −2.2, −0.2, 1.8, 3.8, −3.2
    // Sxy = (−2)(−2.2) + (−1)(−0.2) + 0 + (1)(3.8) + (2)(−3.2) = 4.4 + 0.2 + 3.8 − 6.4 = 2.0
    // Sxx = 4 + 1 + 0 + 1 + 4 = 10; slope = 0.2; fitted change = 0.8 > 0.05 × 12.2 = 0.61 → up
    expect(t.change).toBeCloseTo(-1, 12);
    expect(t.slope).toBeCloseTo(0.2, 12);
    expect(t.direction).toBe('up');
  });

  it('keeps the spacing of periods whose value is missing', () => {
    const t = computedTrend([1, null, 3]);
    if (t.direction === 'insufficient_data') throw new Error('expected a direction');
    // points at x = 0 and x = 2: slope = (3 − 1) / 2 = 1 per period; fitted change = 1 × 2 = 2
    expect(t.slope).toBeCloseTo(1, 12);
    expect(t.fittedChange).toBeCloseTo(2, 12);
    expect(t.points).toBe(2);
    expect(t.skipped).toBe(1);
    expect(t.last.period).toBe('2021/22');
  });

  it('reports no relative change from a first value of 0', () => {
    const t = computedTrend([0, 0, 5]);
    if (t.direction === 'insufficient_data') throw new Error('expected a direction');
    // mean y = 5/3; Sxy = (−1)(−5/3) + 0 + (1)(10/3) = 5; Sxx = 2; slope = 2.5; fitted change = 5
    expect(t.relativeChange).toBeNull();
    expect(t.slope).toBeCloseTo(2.5, 12);
    expect(t.direction).toBe('up');
  });

  it('handles a series whose mean is 0', () => {
    // [−1, 1]: slope 2, mean 0; only a zero fitted change would be flat
    expect(computedTrend([-1, 1]).direction).toBe('up');
    expect(computedTrend([0, 0]).direction).toBe('flat');
  });

  it('calls a constant series flat even with zero tolerance', () => {
    expect(computedTrend([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1], { tolerance: 0 }).direction).toBe('flat');
  });

  it('reports insufficient data below the minimum number of points', () => {
    expect(computedTrend([])).toEqual({ computable: true, direction: 'insufficient_data', points: 0, skipped: 0 });
    expect(computedTrend([4])).toEqual({ computable: true, direction: 'insufficient_data', points: 1, skipped: 0 });
    expect(computedTrend([4, null])).toEqual({ computable: true, direction: 'insufficient_data', points: 1, skipped: 1 });
    expect(computedTrend([1, 2], { minimumPoints: 3 }).direction).toBe('insufficient_data');
  });

  it('refuses non-finite values and bad options', () => {
    expect(trend(series([1, Number.NaN]))).toMatchObject({ reason: NotComputableReason.NON_FINITE_INPUT });
    expect(trend(series([1, 2]), { tolerance: -0.1 })).toMatchObject({ reason: NotComputableReason.INVALID_OPTION });
    expect(trend(series([1, 2]), { minimumPoints: 1 })).toMatchObject({ reason: NotComputableReason.INVALID_OPTION });
  });

  it('agrees with the sign of the slope for random series (200 seeded cases)', () => {
    let seed = 99;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 200; i++) {
      const length = 2 + Math.floor(next() * 8);
      const values = Array.from({ length }, () => Math.round(next() * 1000) / 10);
      const t = computedTrend(values);
      if (t.direction === 'insufficient_data') throw new Error('expected a direction');
      const n = values.length;
      const meanX = (n - 1) / 2;
      const meanY = values.reduce((s, v) => s + v, 0) / n;
      const sxy = values.reduce((s, v, x) => s + (x - meanX) * (v - meanY), 0);
      const sxx = values.reduce((s, _, x) => s + (x - meanX) ** 2, 0);
      expect(t.slope).toBeCloseTo(sxy / sxx, 9);
      if (t.direction === 'up') expect(t.slope).toBeGreaterThan(0);
      if (t.direction === 'down') expect(t.slope).toBeLessThan(0);
      if (t.direction === 'flat') expect(Math.abs(t.slope * (n - 1))).toBeLessThanOrEqual(0.05 * Math.abs(meanY) + 1e-9);
    }
  });
});
