import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '@edhr/kit';
import { AuthenticationError, createAuthenticator } from './authenticate';
import { loadAuthConfig } from './auth-config';

const secret = 's'.repeat(40);
const NOW = '2027-06-30T23:30:00Z';
const nowSeconds = Date.parse(NOW) / 1000;
const authenticate = createAuthenticator({ kind: 'shared-key', secret }, fixedClock(NOW));
const sign = (claims: Record<string, unknown>, subject: string | null = 'user-1', key = secret, expiresAt = nowSeconds + 300) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(expiresAt);
  if (subject) jwt.setSubject(subject);
  return jwt.sign(new TextEncoder().encode(key));
};

describe('bearer token authentication', () => {
  it('gives the public role to a request without a token', async () => {
    expect(await authenticate(null)).toEqual({ subject: 'anonymous', roles: ['public'] });
  });

  it('maps claims to an identity', async () => {
    const token = await sign({ roles: ['partner'], partner_id: 'nhs-birmingham' });
    expect(await authenticate(`Bearer ${token}`)).toEqual({
      subject: 'user-1',
      roles: ['partner'],
      partnerId: 'nhs-birmingham',
      themes: undefined,
    });
  });

  it.each([
    ['a token signed with another key', () => sign({ roles: ['admin'] }, 'user-1', 'x'.repeat(40)), /signature/],
    ['an unknown role', () => sign({ roles: ['root'] }), /unknown role\(s\) in token: root/],
    ['no role', () => sign({}), /grants no role/],
    ['no subject', () => sign({ roles: ['staff'] }, null), /no subject/],
    ['a partner without its partner id', () => sign({ roles: ['partner'] }), /must name its partner/],
  ])('refuses %s with a reason', async (_case, token, reason) => {
    const error = await authenticate(`Bearer ${await token()}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(reason);
  });

  it('judges expiry by its clock, not the system time', async () => {
    const token = await sign({ roles: ['staff'] }, 'user-1', secret, nowSeconds + 60);
    expect(await authenticate(`Bearer ${token}`)).toMatchObject({ subject: 'user-1' });
    const later = createAuthenticator({ kind: 'shared-key', secret }, fixedClock('2027-06-30T23:31:00Z'));
    await expect(later(`Bearer ${token}`)).rejects.toThrow(/"exp" claim timestamp check failed/);
  });

  it('refuses a malformed header, and any token when no key is configured', async () => {
    await expect(authenticate('Basic abc')).rejects.toThrow(/must be "Bearer <token>"/);
    await expect(createAuthenticator({ kind: 'none' })('Bearer abc.def.ghi')).rejects.toThrow(/accepts no bearer tokens/);
  });

  it('prefers a JWKS URL over a shared key and validates both', () => {
    expect(loadAuthConfig({ AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_JWT_SECRET: secret })).toMatchObject({ kind: 'jwks' });
    expect(loadAuthConfig({ AUTH_JWT_SECRET: secret, AUTH_ISSUER: 'me' })).toEqual({ kind: 'shared-key', secret, issuer: 'me', audience: undefined });
    expect(loadAuthConfig({})).toEqual({ kind: 'none' });
    expect(() => loadAuthConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET.*at least 32 characters/);
  });
});
