import { describe, expect, it } from 'vitest';
import { rate } from './rate.js';
import { NotComputableReason } from './result.js';

describe('rate', () => {
  it('is events per 1,000 people by default', () => {
    const r = rate({ events: 30, population: 12000 });
    // rate = 30 / 12000 * 1000 = 2.5
    expect(r).toEqual({ computable: true, value: 2.5, events: 30, population: 12000, per: 1000 });
  });

  it('can be expressed per another base', () => {
    const r = rate({ events: 30, population: 12000 }, { per: 100000 });
    // rate = 30 / 12000 * 100000 = 250
    expect(r.computable && r.value).toBeCloseTo(250, 10);
  });

  it('gives a computed 0 for zero events, not a failure', () => {
    // rate = 0 / 500 * 1000 = 0
    expect(rate({ events: 0, population: 500 })).toMatchObject({ computable: true, value: 0, events: 0 });
  });

  it('handles a tiny group', () => {
    const r = rate({ events: 1, population: 3 });
    // rate = 1 / 3 * 1000 = 333.333...
    expect(r.computable && r.value).toBeCloseTo(333.3333, 4);
  });

  it('accepts a non-integer population estimate', () => {
    const r = rate({ events: 3, population: 1234.5 });
    // rate = 3 / 1234.5 * 1000 = 3000 / 1234.5 = 2.430134 (to 6 dp)
    expect(r.computable && r.value).toBeCloseTo(2.430134, 6);
  });

  it('refuses a zero population', () => {
    expect(rate({ events: 0, population: 0 })).toMatchObject({
      computable: false,
      reason: NotComputableReason.ZERO_POPULATION,
    });
  });

  it('refuses a missing population', () => {
    expect(rate({ events: 4, population: null })).toMatchObject({ reason: NotComputableReason.MISSING_POPULATION });
    expect(rate({ events: 4, population: undefined })).toMatchObject({ reason: NotComputableReason.MISSING_POPULATION });
  });

  it('refuses negative, fractional and non-finite inputs', () => {
    expect(rate({ events: -1, population: 100 })).toMatchObject({ reason: NotComputableReason.NEGATIVE_INPUT });
    expect(rate({ events: 1, population: -100 })).toMatchObject({ reason: NotComputableReason.NEGATIVE_INPUT });
    expect(rate({ events: 2.5, population: 100 })).toMatchObject({ reason: NotComputableReason.NON_INTEGER_COUNT });
    expect(rate({ events: Number.NaN, population: 100 })).toMatchObject({
      reason: NotComputableReason.NON_FINITE_INPUT,
    });
    expect(rate({ events: 1, population: Number.POSITIVE_INFINITY })).toMatchObject({
      reason: NotComputableReason.NON_FINITE_INPUT,
    });
  });

  it('refuses more events than people unless repeat events are allowed', () => {
    expect(rate({ events: 1500, population: 1000 })).toMatchObject({
      reason: NotComputableReason.COUNT_EXCEEDS_POPULATION,
    });
    const r = rate({ events: 1500, population: 1000 }, { allowEventsAbovePopulation: true });
    // rate = 1500 / 1000 * 1000 = 1500
    expect(r.computable && r.value).toBeCloseTo(1500, 10);
  });

  it('applies a minimum count', () => {
    expect(rate({ events: 4, population: 100 }, { minimumCount: 5 })).toMatchObject({
      reason: NotComputableReason.BELOW_MINIMUM_COUNT,
    });
    const r = rate({ events: 5, population: 100 }, { minimumCount: 5 });
    // rate = 5 / 100 * 1000 = 50
    expect(r.computable && r.value).toBeCloseTo(50, 10);
  });

  it('refuses a base that is not a positive number', () => {
    expect(rate({ events: 1, population: 10 }, { per: 0 })).toMatchObject({ reason: NotComputableReason.INVALID_OPTION });
    expect(rate({ events: 1, population: 10 }, { per: -1000 })).toMatchObject({
      reason: NotComputableReason.INVALID_OPTION,
    });
  });

  it('never returns NaN or Infinity for any combination of awkward inputs', () => {
    const events = [-1, 0, 1, 2.5, 7, 1000, Number.NaN, Number.POSITIVE_INFINITY];
    const populations = [null, undefined, -1, 0, 0.5, 1, 7, 10, 1000, Number.NaN, Number.NEGATIVE_INFINITY];
    let checked = 0;
    for (const e of events) {
      for (const p of populations) {
        const r = rate({ events: e, population: p });
        if (r.computable) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(0);
        } else {
          expect(Object.values(NotComputableReason)).toContain(r.reason);
          expect(r.detail.length).toBeGreaterThan(0);
        }
        checked++;
      }
    }
    expect(checked).toBe(events.length * populations.length);
  });
});
