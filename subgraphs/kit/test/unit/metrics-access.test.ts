import { describe, expect, it } from 'vitest';
import { ConfigError, decideMetricsAccess, loadMetricsAccess, operationLabeller } from '../../src';

const TOKEN = 'a-scraper-token-of-at-least-32-characters';

describe('metrics access', () => {
  it('is open in development, closed in production, and token-guarded in both when METRICS_TOKEN is set', () => {
    expect(loadMetricsAccess(false, {})).toEqual({ kind: 'open' });
    expect(loadMetricsAccess(true, {})).toEqual({ kind: 'closed' });
    expect(loadMetricsAccess(true, { METRICS_TOKEN: TOKEN })).toEqual({ kind: 'token', token: TOKEN });
    expect(loadMetricsAccess(false, { METRICS_TOKEN: TOKEN })).toEqual({ kind: 'token', token: TOKEN });
  });

  it('refuses a short token, naming the variable', () => {
    expect(() => loadMetricsAccess(true, { METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadMetricsAccess(true, { METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN="short" is invalid: must be at least 32 characters/);
  });

  it('lets in only the exact bearer token', () => {
    const access = { kind: 'token', token: TOKEN } as const;
    expect(decideMetricsAccess(access, `Bearer ${TOKEN}`)).toEqual({ allowed: true });
    expect(decideMetricsAccess(access, undefined)).toMatchObject({ allowed: false, status: 401 });
    expect(decideMetricsAccess(access, TOKEN)).toMatchObject({ allowed: false, status: 401 });
    expect(decideMetricsAccess(access, `Bearer ${TOKEN.slice(1)}`)).toMatchObject({ allowed: false, status: 401 });
    expect(decideMetricsAccess({ kind: 'closed' }, `Bearer ${TOKEN}`)).toMatchObject({ allowed: false, status: 403 });
    expect(decideMetricsAccess({ kind: 'open' }, null)).toEqual({ allowed: true });
  });
});

describe('operation labels', () => {
  it('keeps plain names, bounds their number, and never passes free text through', () => {
    const label = operationLabeller(2);
    expect(label(undefined)).toBe('anonymous');
    expect(label('')).toBe('anonymous');
    expect(label('Dashboard')).toBe('Dashboard');
    expect(label('has spaces & data')).toBe('other');
    expect(label('x'.repeat(65))).toBe('other');
    expect(label('Second')).toBe('Second');
    expect(label('Third')).toBe('other');
    expect(label('Dashboard')).toBe('Dashboard');
  });
});
