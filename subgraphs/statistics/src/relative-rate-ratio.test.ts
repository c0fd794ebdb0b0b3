import { describe, expect, it } from 'vitest';
import { relativeRateRatio, Z_95 } from './relative-rate-ratio.js';
import { NotComputableReason } from './result.js';

describe('relativeRateRatio', () => {
  it('computes the ratio and Katz log interval for a significant disparity', () => {
    const r = relativeRateRatio({ events: 30, population: 12000 }, { events: 20, population: 40000 });
    if (!r.computable) throw new Error(r.detail);
    // group rate     = 30 / 12000 * 1000 = 2.5
    // reference rate = 20 / 40000 * 1000 = 0.5
    // RR = 2.5 / 0.5 = 5
    expect(r.groupRate).toBeCloseTo(2.5, 10);
    expect(r.referenceRate).toBeCloseTo(0.5, 10);
    expect(r.value).toBeCloseTo(5, 10);
    // SE² = 1/30 − 1/12000 + 1/20 − 1/40000
    //     = 0.0333333 − 0.0000833 + 0.05 − 0.000025 = 0.083225
    // SE  = sqrt(0.083225) = 0.288487
    expect(r.standardError).toBeCloseTo(0.288487, 6);
    // ln 5 = 1.609438; 1.959964 × 0.288487 = 0.565425
    // lower = exp(1.609438 − 0.565425) = exp(1.044013) = 2.840593
    // upper = exp(1.609438 + 0.565425) = exp(2.174863) = 8.800978
    expect(r.lower).toBeCloseTo(2.840593, 5);
    expect(r.upper).toBeCloseTo(8.800978, 5);
    expect(r.significant).toBe(true);
  });

  it('is not significant when the interval straddles 1', () => {
    const r = relativeRateRatio({ events: 5, population: 1000 }, { events: 4, population: 1000 });
    if (!r.computable) throw new Error(r.detail);
    // RR = (5/1000) / (4/1000) = 1.25
    // SE = sqrt(1/5 − 1/1000 + 1/4 − 1/1000) = sqrt(0.2 − 0.001 + 0.25 − 0.001) = sqrt(0.448) = 0.669328
    // ln 1.25 = 0.223144; 1.959964 × 0.669328 = 1.311859
    // lower = exp(0.223144 − 1.311859) = exp(−1.088715) = 0.336649
    // upper = exp(0.223144 + 1.311859) = exp(1.535003) = 4.641337
    expect(r.value).toBeCloseTo(1.25, 10);
    expect(r.standardError).toBeCloseTo(0.669328, 6);
    expect(r.lower).toBeCloseTo(0.336649, 5);
    expect(r.upper).toBeCloseTo(4.641337, 5);
    expect(r.significant).toBe(false);
  });

  it('is significant below 1 when the whole interval is under 1', () => {
    const r = relativeRateRatio({ events: 10, population: 10000 }, { events: 100, population: 20000 });
    if (!r.computable) throw new Error(r.detail);
    // rates: 10/10000*1000 = 1.0 and 100/20000*1000 = 5.0, RR = 1.0 / 5.0 = 0.2
    // SE = sqrt(1/10 − 1/10000 + 1/100 − 1/20000) = sqrt(0.1 − 0.0001 + 0.01 − 0.00005) = sqrt(0.10985) = 0.331436
    // ln 0.2 = −1.609438; 1.959964 × 0.331436 = 0.649603
    // lower = exp(−2.259041) = 0.104451; upper = exp(−0.959835) = 0.382956
    expect(r.value).toBeCloseTo(0.2, 10);
    expect(r.lower).toBeCloseTo(0.104451, 5);
    expect(r.upper).toBeCloseTo(0.382956, 5);
    expect(r.significant).toBe(true);
  });

  it('gives a very wide interval for tiny groups', () => {
    const r = relativeRateRatio({ events: 1, population: 2 }, { events: 1, population: 2 });
    if (!r.computable) throw new Error(r.detail);
    // RR = (1/2) / (1/2) = 1; SE = sqrt(1/1 − 1/2 + 1/1 − 1/2) = sqrt(1) = 1
    // CI = exp(0 ± 1.959964) = [0.140863, 7.099071]
    expect(r.value).toBe(1);
    expect(r.standardError).toBeCloseTo(1, 10);
    expect(r.lower).toBeCloseTo(0.140863, 5);
    expect(r.upper).toBeCloseTo(7.099071, 5);
    expect(r.significant).toBe(false);
  });

  it('gives a zero-width interval when everyone in both groups had the event', () => {
    const r = relativeRateRatio({ events: 10, population: 10 }, { events: 10, population: 10 });
    // SE = sqrt(1/10 − 1/10 + 1/10 − 1/10) = 0, so CI = [1, 1], which does not exclude 1
    expect(r).toMatchObject({ computable: true, value: 1, standardError: 0, lower: 1, upper: 1, significant: false });
  });

  it('reports rates per the chosen base without changing the ratio', () => {
    const r = relativeRateRatio({ events: 30, population: 12000 }, { events: 20, population: 40000 }, { per: 100000 });
    if (!r.computable) throw new Error(r.detail);
    // 30 / 12000 * 100000 = 250; 20 / 40000 * 100000 = 50; RR = 250 / 50 = 5
    expect(r.groupRate).toBeCloseTo(250, 8);
    expect(r.referenceRate).toBeCloseTo(50, 8);
    expect(r.value).toBeCloseTo(5, 10);
    expect(r.per).toBe(100000);
  });

  it('uses the 95% normal quantile', () => {
    expect(Z_95).toBe(1.959964);
  });

  it('refuses zero events in the group: the log interval needs ln(a)', () => {
    expect(relativeRateRatio({ events: 0, population: 1000 }, { events: 20, population: 1000 })).toMatchObject({
      computable: false,
      reason: NotComputableReason.ZERO_EVENTS,
    });
  });

  it('refuses zero events in the reference: the ratio would divide by zero', () => {
    expect(relativeRateRatio({ events: 5, population: 1000 }, { events: 0, population: 1000 })).toMatchObject({
      reason: NotComputableReason.ZERO_REFERENCE_RATE,
    });
    // Both zero: the reference problem is reported, since no ratio exists at all.
    expect(relativeRateRatio({ events: 0, population: 1000 }, { events: 0, population: 1000 })).toMatchObject({
      reason: NotComputableReason.ZERO_REFERENCE_RATE,
    });
  });

  it('says which side is at fault for population problems', () => {
    const zero = relativeRateRatio({ events: 0, population: 0 }, { events: 3, population: 100 });
    expect(zero).toMatchObject({ reason: NotComputableReason.ZERO_POPULATION });
    expect(!zero.computable && zero.detail).toMatch(/^group: /);
    const missing = relativeRateRatio({ events: 3, population: 100 }, { events: 3, population: null });
    expect(missing).toMatchObject({ reason: NotComputableReason.MISSING_POPULATION });
    expect(!missing.computable && missing.detail).toMatch(/^reference: /);
  });

  it('refuses more events than people, which the Katz interval cannot take', () => {
    expect(relativeRateRatio({ events: 120, population: 100 }, { events: 30, population: 1000 })).toMatchObject({
      reason: NotComputableReason.COUNT_EXCEEDS_POPULATION,
    });
  });

  it('refuses bad counts', () => {
    expect(relativeRateRatio({ events: 1.5, population: 100 }, { events: 3, population: 100 })).toMatchObject({
      reason: NotComputableReason.NON_INTEGER_COUNT,
    });
    expect(relativeRateRatio({ events: 3, population: 100 }, { events: -3, population: 100 })).toMatchObject({
      reason: NotComputableReason.NEGATIVE_INPUT,
    });
  });

  it('applies a minimum count to both groups', () => {
    const group = { events: 4, population: 1000 };
    const reference = { events: 50, population: 10000 };
    expect(relativeRateRatio(group, reference, { minimumCount: 5 })).toMatchObject({
      reason: NotComputableReason.BELOW_MINIMUM_COUNT,
    });
    expect(relativeRateRatio(reference, group, { minimumCount: 5 })).toMatchObject({
      reason: NotComputableReason.BELOW_MINIMUM_COUNT,
    });
    const r = relativeRateRatio(group, reference, { minimumCount: 4 });
    // RR = (4/1000) / (50/10000) = 0.004 / 0.005 = 0.8
    expect(r.computable && r.value).toBeCloseTo(0.8, 10);
  });

  it('always brackets the ratio with a finite interval (200 seeded random cases)', () => {
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 200; i++) {
      const n1 = 1 + Math.floor(next() * 5000);
      const n2 = 1 + Math.floor(next() * 5000);
      const a = 1 + Math.floor(next() * n1);
      const c = 1 + Math.floor(next() * n2);
      const r = relativeRateRatio({ events: Math.min(a, n1), population: n1 }, { events: Math.min(c, n2), population: n2 });
      if (!r.computable) throw new Error(r.detail);
      expect(Number.isFinite(r.lower) && Number.isFinite(r.upper)).toBe(true);
      expect(r.lower).toBeLessThanOrEqual(r.value * (1 + 1e-12));
      expect(r.upper).toBeGreaterThanOrEqual(r.value * (1 - 1e-12));
      expect(r.significant).toBe(r.lower > 1 || r.upper < 1);
      // The interval is symmetric on the log scale: value² = lower × upper.
      expect(Math.log(r.lower) + Math.log(r.upper)).toBeCloseTo(2 * Math.log(r.value), 9);
    }
  });
});
