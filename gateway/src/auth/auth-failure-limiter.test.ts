import { describe, expect, it } from 'vitest';
import { createAuthFailureLimiter } from './auth-failure-limiter';

describe('failed-authentication limiter', () => {
  it('lets a key through until it reaches the limit, then asks it to wait', async () => {
    const limiter = createAuthFailureLimiter(3);
    const keys = ['address:10.0.0.1', 'api-key:0123456789abcdef'];
    for (let i = 0; i < 3; i++) {
      expect(await limiter.retryAfter(keys)).toBeNull();
      await limiter.failed(keys);
    }
    const wait = await limiter.retryAfter(keys);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('counts each key on its own: one blocked key blocks a request that carries it, others stay free', async () => {
    const limiter = createAuthFailureLimiter(2);
    await limiter.failed(['api-key:aaaaaaaaaaaaaaaa', 'address:10.0.0.1']);
    await limiter.failed(['api-key:aaaaaaaaaaaaaaaa', 'address:10.0.0.2']);
    expect(await limiter.retryAfter(['address:10.0.0.3', 'api-key:aaaaaaaaaaaaaaaa'])).not.toBeNull();
    expect(await limiter.retryAfter(['address:10.0.0.1'])).toBeNull();
    expect(await limiter.retryAfter(['address:10.0.0.1', 'api-key:bbbbbbbbbbbbbbbb'])).toBeNull();
  });
});
