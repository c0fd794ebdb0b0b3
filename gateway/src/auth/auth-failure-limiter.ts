import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Counts failed authentications per key (a client address, an API-key id) over a sliding
 * minute. Once a key reaches the limit, further credentials from it are refused with 429 before
 * they are checked, so guessing tokens or API keys costs the guesser time and costs the partners
 * subgraph no lookups. Requests without credentials are not affected.
 */
export interface AuthFailureLimiter {
  /** Seconds until every key is below the limit again, or null when none is at it. */
  retryAfter(keys: readonly string[]): Promise<number | null>;
  /** Records one failure against every key. */
  failed(keys: readonly string[]): Promise<void>;
}

export function createAuthFailureLimiter(failuresPerMinute: number): AuthFailureLimiter {
  const limiter = new RateLimiterMemory({ points: failuresPerMinute, duration: 60 });
  return {
    async retryAfter(keys) {
      let wait: number | null = null;
      for (const key of keys) {
        const state = await limiter.get(key);
        if (state && state.consumedPoints >= failuresPerMinute) {
          wait = Math.max(wait ?? 0, Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
        }
      }
      return wait;
    },
    async failed(keys) {
      await Promise.all(keys.map((key) => limiter.penalty(key, 1)));
    },
  };
}
