import { LRUCache } from 'lru-cache';
import type { Clock } from '@edhr/kit';

export interface WindowCounterOptions {
  /** Hits a key may make in one window. */
  limit: number;
  windowSeconds: number;
  /** Keys remembered at once; the least recently seen is forgotten first. */
  maxKeys?: number;
  /** Judges when a window ends, so a test can move time on. */
  clock: Clock;
}

export interface WindowCounter {
  /** Counts one hit; null while the key is within its limit, else the seconds until its window ends (at least 1). */
  hit(key: string): number | null;
  /** The seconds until the key's window ends when it has reached its limit, else null; counts nothing. */
  atLimit(key: string): number | null;
}

interface Window {
  hits: number;
  /** When the window ends (ms since the epoch). */
  endsAt: number;
}

/**
 * Hits per key in fixed windows: a key's window opens at its first hit and lasts `windowSeconds`,
 * and the next hit after it ends opens a new one. Time comes from the clock it is given. Memory is
 * bounded by `maxKeys`.
 */
export function createWindowCounter({ limit, windowSeconds, maxKeys = 100_000, clock }: WindowCounterOptions): WindowCounter {
  const windows = new LRUCache<string, Window>({ max: maxKeys });
  const windowMs = windowSeconds * 1000;
  const current = (key: string, now: number): Window | undefined => {
    const window = windows.get(key);
    return window && window.endsAt > now ? window : undefined;
  };
  const secondsLeft = (window: Window, now: number) => Math.max(1, Math.ceil((window.endsAt - now) / 1000));
  return {
    hit(key) {
      const now = clock.now().getTime();
      let window = current(key, now);
      if (!window) {
        window = { hits: 0, endsAt: now + windowMs };
        windows.set(key, window);
      }
      window.hits += 1;
      return window.hits > limit ? secondsLeft(window, now) : null;
    },
    atLimit(key) {
      const now = clock.now().getTime();
      const window = current(key, now);
      return window && window.hits >= limit ? secondsLeft(window, now) : null;
    },
  };
}
