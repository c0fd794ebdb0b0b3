import { describe, expect, it } from 'vitest';
import { movableClock } from '@edhr/kit';
import { createWindowCounter } from './window-counter';

describe('the window counter', () => {
  it('lets a key make its limit of hits in a window, then tells the seconds until the window ends', () => {
    const clock = movableClock('2026-12-02T10:00:00Z');
    const counter = createWindowCounter({ limit: 3, windowSeconds: 60, clock });
    expect([counter.hit('a'), counter.hit('a'), counter.hit('a')]).toEqual([null, null, null]);
    clock.advance(15.5);
    expect(counter.hit('a')).toBe(45);
    // Another key has a window of its own.
    expect(counter.hit('b')).toBeNull();
    clock.advance(44);
    expect(counter.hit('a')).toBe(1);
    clock.advance(0.5);
    // The window opened by the first hit has ended: a new one opens.
    expect(counter.hit('a')).toBeNull();
  });

  it('says whether a key has reached its limit without counting', () => {
    const clock = movableClock('2026-12-02T10:00:00Z');
    const counter = createWindowCounter({ limit: 2, windowSeconds: 60, clock });
    expect(counter.atLimit('k')).toBeNull();
    counter.hit('k');
    expect(counter.atLimit('k')).toBeNull();
    counter.hit('k');
    expect(counter.atLimit('k')).toBe(60);
    expect(counter.atLimit('k')).toBe(60);
    clock.advance(60);
    expect(counter.atLimit('k')).toBeNull();
  });

  it('remembers at most its bound of keys, forgetting the least recently seen', () => {
    const clock = movableClock('2026-12-02T10:00:00Z');
    const counter = createWindowCounter({ limit: 1, windowSeconds: 60, maxKeys: 2, clock });
    counter.hit('a');
    counter.hit('b');
    counter.hit('c');
    expect(counter.atLimit('a')).toBeNull();
    expect(counter.atLimit('b')).toBe(60);
    expect(counter.atLimit('c')).toBe(60);
  });
});
