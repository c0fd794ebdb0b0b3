import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { fixedClock, movableClock } from '@edhr/kit';
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
    // Expiry allows the 60 s clock skew, no more.
    const within = createAuthenticator({ kind: 'shared-key', secret }, fixedClock('2027-06-30T23:31:59Z'));
    expect(await within(`Bearer ${token}`)).toMatchObject({ subject: 'user-1' });
    const later = createAuthenticator({ kind: 'shared-key', secret }, fixedClock('2027-06-30T23:32:00Z'));
    await expect(later(`Bearer ${token}`)).rejects.toThrow(/"exp" claim timestamp check failed/);
  });

  const timed = (times: { iat?: number; exp?: number; nbf?: number }) =>
    new SignJWT({ roles: ['staff'], ...times }).setProtectedHeader({ alg: 'HS256' }).setSubject('user-1').sign(new TextEncoder().encode(secret));

  it.each([
    ['without an expiry ("exp")', {}, /missing required "exp" claim/],
    ['without an expiry, issued now', { iat: nowSeconds }, /missing required "exp" claim/],
    ['issued a year in the future', { iat: nowSeconds + 31_536_000, exp: nowSeconds + 31_536_000 + 3600 }, /issued in the future/],
    ['issued beyond the 60 s skew', { iat: nowSeconds + 61, exp: nowSeconds + 3600 }, /issued in the future/],
    ['not valid yet beyond the skew ("nbf")', { nbf: nowSeconds + 61, exp: nowSeconds + 3600 }, /"nbf"/],
    ['valid for more than 24 h from now', { exp: nowSeconds + 86_400 + 61 }, /longer than the 86400 s allowed/],
    ['issued to live more than 24 h', { iat: nowSeconds - 3600, exp: nowSeconds + 86_400 - 1 }, /"exp" − "iat"/],
  ])('refuses a token %s', async (_case, times, reason) => {
    const error = await authenticate(`Bearer ${await timed(times)}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(reason);
  });

  it('accepts an issuer clock up to the skew ahead, and a configured shorter lifetime', async () => {
    expect(await authenticate(`Bearer ${await timed({ iat: nowSeconds + 59, nbf: nowSeconds + 59, exp: nowSeconds + 3600 })}`)).toMatchObject({ subject: 'user-1' });
    const strict = createAuthenticator({ kind: 'shared-key', secret, maxTokenLifetimeSeconds: 600, clockSkewSeconds: 0 }, fixedClock(NOW));
    await expect(strict(`Bearer ${await timed({ iat: nowSeconds, exp: nowSeconds + 601 })}`)).rejects.toThrow(/longer than the 600 s/);
    await expect(strict(`Bearer ${await timed({ iat: nowSeconds + 1, exp: nowSeconds + 60 })}`)).rejects.toThrow(/issued in the future/);
  });

  it('refuses an empty or blank Authorization header instead of treating it as no header', async () => {
    for (const blank of ['', ' ', '\t']) {
      await expect(authenticate(blank)).rejects.toThrow(/Authorization header is empty/);
    }
  });

  it('refuses a malformed header, and any token when no key is configured', async () => {
    await expect(authenticate('Basic abc')).rejects.toThrow(/must be "Bearer <token>"/);
    await expect(createAuthenticator({ kind: 'none' })('Bearer abc.def.ghi')).rejects.toThrow(/accepts no bearer tokens/);
  });

  it('prefers a JWKS URL over a shared key and validates both', () => {
    expect(loadAuthConfig({ AUTH_JWKS_URL: 'https://idp.example/jwks', AUTH_JWT_SECRET: secret })).toMatchObject({ kind: 'jwks' });
    const defaults = { maxTokenLifetimeSeconds: 86_400, clockSkewSeconds: 60 };
    expect(loadAuthConfig({ AUTH_JWT_SECRET: secret, AUTH_ISSUER: 'me' })).toEqual({ kind: 'shared-key', secret, issuer: 'me', audience: undefined, ...defaults });
    expect(loadAuthConfig({})).toEqual({ kind: 'none', ...defaults });
    expect(loadAuthConfig({ AUTH_MAX_TOKEN_LIFETIME: '15m', AUTH_CLOCK_SKEW: '0' })).toMatchObject({ maxTokenLifetimeSeconds: 900, clockSkewSeconds: 0 });
    expect(loadAuthConfig({ AUTH_MAX_TOKEN_LIFETIME: '3600' })).toMatchObject({ maxTokenLifetimeSeconds: 3600 });
    expect(() => loadAuthConfig({ AUTH_MAX_TOKEN_LIFETIME: 'forever' })).toThrow(/AUTH_MAX_TOKEN_LIFETIME.*duration/);
    expect(() => loadAuthConfig({ AUTH_MAX_TOKEN_LIFETIME: '0h' })).toThrow(/AUTH_MAX_TOKEN_LIFETIME/);
    expect(() => loadAuthConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET.*at least 32 characters/);
  });
});

describe('bearer tokens verified once', () => {

  it('still judges a verified token\'s expiry on every request', async () => {
    const clock = movableClock(NOW);
    const again = createAuthenticator({ kind: 'shared-key', secret }, clock);
    const token = await sign({ roles: ['staff'] }, 'user-1', secret, nowSeconds + 30);
    expect(await again(`Bearer ${token}`)).toMatchObject({ subject: 'user-1' });
    clock.advance(89);
    expect(await again(`Bearer ${token}`)).toMatchObject({ subject: 'user-1' });
    // 30 s to live and the 60 s skew allowance: refused from 90 s on, with jose's reason, though it verified before.
    clock.advance(1);
    await expect(again(`Bearer ${token}`)).rejects.toThrow(/"exp" claim timestamp check failed/);
  });

  it('verifies in full a token that differs from a verified one only in its signature', async () => {
    const again = createAuthenticator({ kind: 'shared-key', secret }, fixedClock(NOW));
    const token = await sign({ roles: ['staff'] });
    expect(await again(`Bearer ${token}`)).toMatchObject({ subject: 'user-1' });
    const signature = token.split('.')[2]!;
    const forged = `${token.slice(0, token.length - signature.length)}${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    await expect(again(`Bearer ${forged}`)).rejects.toThrow(/signature verification failed/);
    // A forged admin token with the verified token's signature is refused too.
    const [, , sig] = token.split('.');
    const adminPayload = Buffer.from(JSON.stringify({ roles: ['admin'], sub: 'user-1', exp: nowSeconds + 300 })).toString('base64url');
    await expect(again(`Bearer ${token.split('.')[0]}.${adminPayload}.${sig}`)).rejects.toThrow(/signature verification failed/);
  });

  it('knows without verifying only identities it verified lately, and only while their time claims hold', async () => {
    const clock = movableClock(NOW);
    const known = createAuthenticator({ kind: 'shared-key', secret }, clock);
    expect(known.alreadyVerified?.(null)).toEqual({ subject: 'anonymous', roles: ['public'] });
    const token = await sign({ roles: ['staff'] }, 'user-1', secret, nowSeconds + 30);
    expect(known.alreadyVerified?.(`Bearer ${token}`)).toBeUndefined();
    await known(`Bearer ${token}`);
    expect(known.alreadyVerified?.(`Bearer ${token}`)).toMatchObject({ subject: 'user-1', roles: ['staff'] });
    expect(known.alreadyVerified?.('Basic dXNlcjpwYXNz')).toBeUndefined();
    // Past its expiry and the skew allowance, it must go to the full check, which refuses it.
    clock.advance(90);
    expect(known.alreadyVerified?.(`Bearer ${token}`)).toBeUndefined();
  });
});
