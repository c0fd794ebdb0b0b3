import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressResolver, trustedProxyProblems } from './client-address';
import { loadLimitsConfig } from './limits-config';

/** A request as the server sees it: the socket's address and what the client (or a proxy) wrote. */
const request = (remoteAddress: string | undefined, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('the client address every per-client limit counts against', () => {
  it('is the socket’s without trusted proxies, whatever X-Forwarded-For says', () => {
    const addressOf = clientAddressResolver([]);
    expect(addressOf(request('203.0.113.7', '198.51.100.1'))).toBe('203.0.113.7');
    expect(addressOf(request('::ffff:203.0.113.7'))).toBe('203.0.113.7');
    expect(addressOf(request('2001:db8::1'))).toBe('2001:db8:0:0::/64');
    expect(addressOf(request(undefined))).toBeNull();
    expect(addressOf(undefined)).toBeNull();
  });

  it('is the nearest untrusted address behind trusted proxies, so a prepended address never skips a proxy', () => {
    const addressOf = clientAddressResolver(['10.0.0.0/8']);
    // The Ingress (10.1.2.3) forwards for the client 203.0.113.7.
    expect(addressOf(request('10.1.2.3', '203.0.113.7'))).toBe('203.0.113.7');
    expect(addressOf(request('::ffff:10.1.2.3', '203.0.113.7'))).toBe('203.0.113.7');
    // The client wrote its own X-Forwarded-For: the proxy appended the address it saw, which wins.
    expect(addressOf(request('10.1.2.3', '198.51.100.1, 203.0.113.7'))).toBe('203.0.113.7');
    // Two trusted proxies in a row.
    expect(addressOf(request('10.1.2.3', '203.0.113.7, 10.9.9.9'))).toBe('203.0.113.7');
    // A client reaching the gateway directly is its own address, X-Forwarded-For or not.
    expect(addressOf(request('203.0.113.8', '198.51.100.1'))).toBe('203.0.113.8');
    // A trusted proxy that forwards for nobody is the client itself.
    expect(addressOf(request('10.1.2.3'))).toBe('10.1.2.3');
  });

  it('counts an IPv6 client by its /64, so changing address within its network changes nothing', () => {
    const addressOf = clientAddressResolver([]);
    expect(addressOf(request('2001:db8:aa:bb:1:2:3:4'))).toBe('2001:db8:aa:bb::/64');
    expect(addressOf(request('2001:0db8:00aa:00bb:ffff:ffff:ffff:ffff'))).toBe('2001:db8:aa:bb::/64');
    expect(addressOf(request('2001:db8:aa:bc::1'))).toBe('2001:db8:aa:bc::/64');
    expect(clientAddressResolver(['10.0.0.0/8'])(request('10.1.2.3', '2001:db8:aa:bb::99'))).toBe('2001:db8:aa:bb::/64');
  });

  it('takes proxy-addr’s names for ranges', () => {
    const addressOf = clientAddressResolver(['loopback', 'uniquelocal']);
    expect(addressOf(request('127.0.0.1', '203.0.113.7'))).toBe('203.0.113.7');
    expect(addressOf(request('192.168.4.4', '203.0.113.7'))).toBe('203.0.113.7');
  });

  it('refuses a bad GATEWAY_TRUSTED_PROXIES entry naming the variable and the entry', () => {
    expect(trustedProxyProblems(['10.0.0.0/8', 'loopback'])).toEqual([]);
    expect(trustedProxyProblems(['10.0.0.0/99'])).toHaveLength(1);
    expect(loadLimitsConfig({ GATEWAY_TRUSTED_PROXIES: ' 10.0.0.0/8 , ::1 ' }).trustedProxies).toEqual(['10.0.0.0/8', '::1']);
    expect(loadLimitsConfig({}).trustedProxies).toEqual([]);
    expect(() => loadLimitsConfig({ GATEWAY_TRUSTED_PROXIES: '10.0.0.0/8,ingress.local' })).toThrow(/GATEWAY_TRUSTED_PROXIES.*"ingress\.local"/s);
  });
});
