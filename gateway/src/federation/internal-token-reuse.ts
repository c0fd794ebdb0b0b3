import { LRUCache } from 'lru-cache';
import { signInternalToken, type Clock, type Identity } from '@edhr/kit';

/**
 * How long one signed internal token is reused for the same identity. Tokens live 60 s, so a
 * reused one still has at least 50 s left, far more than any subgraph call takes; within those
 * 10 s the gateway signs once per identity instead of once per request (the signature was the
 * largest share of the gateway's own work on a small partner question).
 */
export const INTERNAL_TOKEN_REUSE_SECONDS = 10;

/**
 * Signs the identity the gateway verified for its subgraph calls, reusing the token it signed
 * for the very same identity (subject, roles, partner, themes) in the last
 * `INTERNAL_TOKEN_REUSE_SECONDS` by the gateway's clock. The token says only who the caller is,
 * which the gateway established for this request; each request still carries its own request id.
 */
export function internalTokenSigner(secret: string, clock: Clock, maxIdentities = 10_000): (identity: Identity) => Promise<string> {
  const signed = new LRUCache<string, { token: string; signedAtMs: number }>({ max: maxIdentities });
  return async (identity) => {
    const key = JSON.stringify([identity.subject, identity.roles, identity.partnerId ?? null, identity.themes ?? null]);
    const nowMs = clock.now().getTime();
    const reusable = signed.get(key);
    // A clock that went back gets a fresh token too: a token issued "in the future" would be refused.
    if (reusable && nowMs >= reusable.signedAtMs && nowMs - reusable.signedAtMs < INTERNAL_TOKEN_REUSE_SECONDS * 1000) return reusable.token;
    const token = await signInternalToken(identity, secret, clock);
    signed.set(key, { token, signedAtMs: nowMs });
    return token;
  };
}
