import type { Clock } from '@edhr/kit';
import { createWindowCounter } from '../limits/window-counter';

/**
 * Counts failed authentications per key (a client address, an API-key id) per minute of the
 * gateway's clock, the minute starting at a key's first failure. Once a key reaches the limit,
 * further credentials from it are refused with 429 before they are checked, so guessing tokens or
 * API keys costs the guesser time and costs the partners subgraph no lookups. Requests without
 * credentials are not affected.
 */
export interface AuthFailureLimiter {
  /** Seconds until every key is below the limit again, or null when none is at it. */
  retryAfter(keys: readonly string[]): number | null;
  /** Records one failure against every key. */
  failed(keys: readonly string[]): void;
}

export function createAuthFailureLimiter(failuresPerMinute: number, clock: Clock): AuthFailureLimiter {
  const failures = createWindowCounter({ limit: failuresPerMinute, windowSeconds: 60, clock });
  return {
    retryAfter(keys) {
      let wait: number | null = null;
      for (const key of keys) {
        const left = failures.atLimit(key);
        if (left !== null) wait = Math.max(wait ?? 0, left);
      }
      return wait;
    },
    failed(keys) {
      for (const key of keys) failures.hit(key);
    },
  };
}
