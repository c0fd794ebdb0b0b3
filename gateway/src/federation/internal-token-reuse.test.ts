import { describe, expect, it } from 'vitest';
import { movableClock, verifyInternalToken, type Identity } from '@edhr/kit';
import { INTERNAL_TOKEN_REUSE_SECONDS, internalTokenSigner } from './internal-token-reuse';

const secret = 'i'.repeat(40);
const partner: Identity = { subject: 'api-key:abc', roles: ['partner'], partnerId: 'nhs-trust' };

describe('internal tokens reused per identity', () => {
  it('reuses the same identity\'s token within the reuse window, and the subgraphs accept it', async () => {
    const clock = movableClock('2027-03-31T12:00:00Z');
    const sign = internalTokenSigner(secret, clock);
    const first = await sign(partner);
    clock.advance(INTERNAL_TOKEN_REUSE_SECONDS - 1);
    expect(await sign({ ...partner })).toBe(first);
    expect(await verifyInternalToken(first, secret, clock)).toMatchObject({ subject: 'api-key:abc', roles: ['partner'], partnerId: 'nhs-trust' });
  });

  it('signs afresh once the window has passed, and when the clock goes back', async () => {
    const clock = movableClock('2027-03-31T12:00:00Z');
    const sign = internalTokenSigner(secret, clock);
    const first = await sign(partner);
    clock.advance(INTERNAL_TOKEN_REUSE_SECONDS);
    const second = await sign(partner);
    expect(second).not.toBe(first);
    clock.advance(-INTERNAL_TOKEN_REUSE_SECONDS - 5);
    const third = await sign(partner);
    expect(third).not.toBe(second);
    expect(await verifyInternalToken(third, secret, clock)).toMatchObject({ subject: 'api-key:abc' });
  });

  it('never gives one identity another\'s token: subject, roles, partner and themes all count', async () => {
    const clock = movableClock('2027-03-31T12:00:00Z');
    const sign = internalTokenSigner(secret, clock);
    const identities: Identity[] = [
      partner,
      { ...partner, subject: 'api-key:other' },
      { ...partner, partnerId: 'other-trust' },
      { subject: 'api-key:abc', roles: ['staff'] },
      { subject: 'owner-1', roles: ['theme-owner'], themes: ['T1'] },
      { subject: 'owner-1', roles: ['theme-owner'], themes: ['T1', 'T2'] },
    ];
    const tokens = await Promise.all(identities.map(sign));
    expect(new Set(tokens).size).toBe(identities.length);
    for (const [i, token] of tokens.entries()) {
      const verified = await verifyInternalToken(token, secret, clock);
      expect(verified).toMatchObject({ subject: identities[i]!.subject, roles: identities[i]!.roles });
      expect(verified.partnerId).toBe(identities[i]!.partnerId);
      expect(verified.themes).toEqual(identities[i]!.themes);
    }
  });
});
