import { describe, expect, it } from 'vitest';
import { movableClock } from '@edhr/kit';
import { createAuthFailureLimiter } from './auth-failure-limiter';

describe('failed-authentication limiter', () => {
  it('lets a key through until it reaches the limit, asks it to wait out its minute, then lets it through again', () => {
    const clock = movableClock('2026-12-02T10:00:00Z');
    const limiter = createAuthFailureLimiter(3, clock);
    const keys = ['address:10.0.0.1', 'api-key:0123456789abcdef'];
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter(keys)).toBeNull();
      limiter.failed(keys);
      clock.advance(10);
    }
    // The minute began at the first failure, 30 s ago.
    expect(limiter.retryAfter(keys)).toBe(30);
    clock.advance(30);
    expect(limiter.retryAfter(keys)).toBeNull();
  });

  it('counts each key on its own: one blocked key blocks a request that carries it, others stay free', () => {
    const clock = movableClock('2026-12-02T10:00:00Z');
    const limiter = createAuthFailureLimiter(2, clock);
    limiter.failed(['api-key:aaaaaaaaaaaaaaaa', 'address:10.0.0.1']);
    clock.advance(20);
    limiter.failed(['api-key:aaaaaaaaaaaaaaaa', 'address:10.0.0.2']);
    expect(limiter.retryAfter(['address:10.0.0.3', 'api-key:aaaaaaaaaaaaaaaa'])).toBe(40);
    expect(limiter.retryAfter(['address:10.0.0.1'])).toBeNull();
    expect(limiter.retryAfter(['address:10.0.0.1', 'api-key:bbbbbbbbbbbbbbbb'])).toBeNull();
  });
});
