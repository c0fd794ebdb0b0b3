import { createHash } from 'node:crypto';
import type { JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Clock } from '@edhr/kit';

/**
 * How long a bearer token whose signature, issuer and audience were verified is trusted without
 * verifying them again. The time claims (`exp`, `nbf`, lifetime) are judged on every request all
 * the same; what this bounds is how long a key dropped from the JWKS still lets its tokens in (the
 * JWKS itself is already kept for longer by jose).
 */
export const VERIFIED_TOKEN_TTL_SECONDS = 60;

/**
 * The payloads of bearer tokens verified in the last `VERIFIED_TOKEN_TTL_SECONDS` by the gateway's
 * clock, keyed by a SHA-256 of the whole token (the token itself is not kept), so a token that
 * differs in any byte, its signature included, is verified in full. Only tokens whose signature
 * verified are kept; the claims of a kept one are still judged on every request.
 */
export class VerifiedTokenCache {
  private readonly entries: LRUCache<string, { payload: JWTPayload; verifiedAtMs: number }>;

  constructor(
    private readonly clock: Clock,
    maxEntries = 10_000,
  ) {
    this.entries = new LRUCache({ max: maxEntries });
  }

  get(token: string): JWTPayload | undefined {
    const key = keyOf(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const age = this.clock.now().getTime() - entry.verifiedAtMs;
    if (age < 0 || age >= VERIFIED_TOKEN_TTL_SECONDS * 1000) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  set(token: string, payload: JWTPayload): void {
    this.entries.set(keyOf(token), { payload, verifiedAtMs: this.clock.now().getTime() });
  }
}

function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
