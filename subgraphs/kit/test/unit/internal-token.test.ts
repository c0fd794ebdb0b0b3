import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signInternalToken, verifyInternalToken, type Identity } from '../../src';

const secret = 'a'.repeat(32);
const partner: Identity = { subject: 'user-1', roles: ['partner'], partnerId: 'nhs-birmingham' };

describe('gateway-to-subgraph identity token', () => {
  it('carries the identity the gateway verified', async () => {
    const token = await signInternalToken(partner, secret);
    expect(await verifyInternalToken(token, secret)).toEqual({ ...partner, themes: undefined });
  });

  it('is refused when missing, signed with another secret, or expired', async () => {
    await expect(verifyInternalToken(undefined, secret)).rejects.toThrow(/through the gateway/);
    const forged = await signInternalToken(partner, 'b'.repeat(32));
    await expect(verifyInternalToken(forged, secret)).rejects.toThrow(/signature/);
    const expired = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('edhr-gateway')
      .setAudience('edhr-subgraph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 300)
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(expired, secret)).rejects.toThrow(/exp/);
  });

  it('drops roles it does not know and refuses a token with none left', async () => {
    const token = await new SignJWT({ roles: ['superuser'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('edhr-gateway')
      .setAudience('edhr-subgraph')
      .setExpirationTime('1m')
      .sign(new TextEncoder().encode(secret));
    await expect(verifyInternalToken(token, secret)).rejects.toThrow(/no subject or role/);
  });
});
