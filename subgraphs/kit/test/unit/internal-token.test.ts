import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { fixedClock, signInternalToken, verifyInternalToken, type Identity } from '../../src';

const secret = 'a'.repeat(32);
const partner: Identity = { subject: 'user-1', roles: ['partner'], partnerId: 'nhs-birmingham' };
const SIGNED_AT = '2027-03-31T12:00:00Z';
const clock = fixedClock(SIGNED_AT);
const seconds = (iso: string) => Date.parse(iso) / 1000;

describe('gateway-to-subgraph identity token', () => {
  it('carries the identity the gateway verified', async () => {
    const token = await signInternalToken(partner, secret, clock);
    expect(await verifyInternalToken(token, secret, clock)).toEqual({ ...partner, themes: undefined });
  });

  it('is issued at the clock’s time and lives 60 seconds by it', async () => {
    const token = await signInternalToken(partner, secret, clock);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
    expect(claims).toMatchObject({ iat: seconds(SIGNED_AT), exp: seconds(SIGNED_AT) + 60 });
    expect(await verifyInternalToken(token, secret, fixedClock('2027-03-31T12:00:59Z'))).toMatchObject({ subject: 'user-1' });
    await expect(verifyInternalToken(token, secret, fixedClock('2027-03-31T12:01:00Z'))).rejects.toThrow(/exp/);
    // Signed by another clock than the verifier's (here a day behind), the token has long expired.
    const behind = await signInternalToken(partner, secret, fixedClock('2027-03-30T12:00:00Z'));
    await expect(verifyInternalToken(behind, secret, clock)).rejects.toThrow(/exp/);
  });

  it('is refused when missing, signed with another secret, or expired', async () => {
    await expect(verifyInternalToken(undefined, secret, clock)).rejects.toThrow(/through the gateway/);
    const forged = await signInternalToken(partner, 'b'.repeat(32), clock);
    await expect(verifyInternalToken(forged, secret, clock)).rejects.toThrow(/signature/);
    const expired = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('edhr-gateway')
      .setAudience('edhr-subgraph')
      .setIssuedAt(seconds(SIGNED_AT) - 600)
      .setExpirationTime(seconds(SIGNED_AT) - 300)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(expired, secret, clock)).rejects.toThrow(/exp/);
  });

  it('drops roles it does not know and refuses a token with none left', async () => {
    const token = await new SignJWT({ roles: ['superuser'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('edhr-gateway')
      .setAudience('edhr-subgraph')
      .setIssuedAt(seconds(SIGNED_AT))
      .setExpirationTime(seconds(SIGNED_AT) + 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(token, secret, clock)).rejects.toThrow(/no subject or role/);
  });

  const internal = (times: { iat?: number; exp?: number; nbf?: number }) => {
    const jwt = new SignJWT({ roles: ['admin'], ...times })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('edhr-gateway')
      .setAudience('edhr-subgraph');
    return jwt.sign(new TextEncoder().encode(secret));
  };

  it.each([
    ['without an expiry', { iat: seconds(SIGNED_AT) }, /"exp"/],
    ['without an issue time', { exp: seconds(SIGNED_AT) + 60 }, /"iat"/],
    ['issued in the future beyond the skew', { iat: seconds(SIGNED_AT) + 61, exp: seconds(SIGNED_AT) + 121 }, /issued in the future/],
    ['issued a year ahead', { iat: seconds(SIGNED_AT) + 31_536_000, exp: seconds(SIGNED_AT) + 31_536_060 }, /issued in the future/],
    ['living longer than 60 s', { iat: seconds(SIGNED_AT), exp: seconds(SIGNED_AT) + 3600 }, /longer than the 60 s/],
    ['not valid yet beyond the skew', { iat: seconds(SIGNED_AT), nbf: seconds(SIGNED_AT) + 61, exp: seconds(SIGNED_AT) + 60 }, /nbf/],
  ])('is refused %s', async (_case, times, reason) => {
    await expect(verifyInternalToken(await internal(times), secret, clock)).rejects.toThrow(reason);
  });

  it('accepts a signer whose clock runs up to 60 s ahead', async () => {
    const ahead = await signInternalToken(partner, secret, fixedClock('2027-03-31T12:00:45Z'));
    expect(await verifyInternalToken(ahead, secret, clock)).toMatchObject({ subject: 'user-1' });
  });
});
