import { describe, expect, it } from 'vitest';
import { ConfigError } from '@edhr/kit';
import { DEFAULT_RESPONSE_CACHE, loadResponseCacheConfig } from './response-cache-config';
import { mayCache, responseCachePlugins, sessionKeyOf } from './response-cache-plugin';

describe('response cache configuration', () => {
  it('is on for 30 s unless told otherwise', () => {
    expect(loadResponseCacheConfig({})).toEqual(DEFAULT_RESPONSE_CACHE);
    expect(DEFAULT_RESPONSE_CACHE).toMatchObject({ enabled: true, ttlSeconds: 30 });
  });

  it('reads the switch and the TTL', () => {
    expect(loadResponseCacheConfig({ GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_RESPONSE_CACHE_TTL: '5m' })).toMatchObject({
      enabled: false,
      ttlSeconds: 300,
    });
    expect(loadResponseCacheConfig({ GATEWAY_RESPONSE_CACHE_TTL: '90' }).ttlSeconds).toBe(90);
  });

  it('refuses a TTL that is no duration, or zero, naming the variable', () => {
    expect(() => loadResponseCacheConfig({ GATEWAY_RESPONSE_CACHE_TTL: 'soon' })).toThrow(ConfigError);
    expect(() => loadResponseCacheConfig({ GATEWAY_RESPONSE_CACHE_TTL: '0' })).toThrow(/GATEWAY_RESPONSE_CACHE_TTL="0" is invalid/);
    expect(() => loadResponseCacheConfig({ GATEWAY_RESPONSE_CACHE: 'maybe' })).toThrow(/GATEWAY_RESPONSE_CACHE="maybe" is invalid/);
  });

  it('adds no plugin at all when turned off', () => {
    expect(responseCachePlugins(undefined, () => ({ subject: 'x', roles: [] }))).toEqual([]);
  });
});

describe('whose answers are cached, and under which key', () => {
  it('keys by subject, roles, partner and themes: any difference is another key', () => {
    const owner = { subject: 'a', roles: ['theme-owner' as const], themes: ['t1'] };
    const keys = [
      owner,
      { ...owner, subject: 'b' },
      { ...owner, roles: ['staff' as const] },
      { ...owner, themes: ['t2'] },
      { ...owner, themes: undefined },
      { ...owner, partnerId: 'p' },
    ].map(sessionKeyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(sessionKeyOf({ ...owner })).toBe(keys[0]);
  });

  it('caches neither partners (audited, agreement dates) nor the service role (jobs that read to write)', () => {
    expect(mayCache({ subject: 'anonymous', roles: ['public'] })).toBe(true);
    expect(mayCache({ subject: 's', roles: ['staff'] })).toBe(true);
    expect(mayCache({ subject: 'p', roles: ['partner'], partnerId: 'x' })).toBe(false);
    expect(mayCache({ subject: 'p', roles: ['staff', 'partner'], partnerId: 'x' })).toBe(false);
    expect(mayCache({ subject: 'organisational-processes', roles: ['service'] })).toBe(false);
  });
});
