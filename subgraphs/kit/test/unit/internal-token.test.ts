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
      .setExpirationTime(seconds(SIGNED_AT) + 60)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(token, secret, clock)).rejects.toThrow(/no subject or role/);
  });
});
