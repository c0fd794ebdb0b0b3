import { describe, expect, it } from 'vitest';
import { fixedClock, movableClock } from './clock';

describe('clocks for tests', () => {
  it('a fixed clock stays at its instant and refuses one without an offset', () => {
    const clock = fixedClock('2027-03-31T12:00:00Z');
    expect(clock.now().toISOString()).toBe('2027-03-31T12:00:00.000Z');
    clock.now().setFullYear(2000);
    expect(clock.now().toISOString()).toBe('2027-03-31T12:00:00.000Z');
    expect(() => fixedClock('2027-03-31T12:00:00')).toThrow(/needs an instant with a UTC offset/);
  });

  it('a movable clock stays at its instant until moved on by seconds, fractions included', () => {
    const clock = movableClock('2026-12-02T10:00:00+01:00');
    expect(clock.now().toISOString()).toBe('2026-12-02T09:00:00.000Z');
    clock.advance(59.5);
    expect(clock.now().toISOString()).toBe('2026-12-02T09:00:59.500Z');
    const { advance } = clock;
    advance(0.5);
    expect(clock.now().toISOString()).toBe('2026-12-02T09:01:00.000Z');
  });
});
