import { jwtVerify, SignJWT } from 'jose';
import { roles, type Identity, type Role } from './identity';
import { systemClock, type Clock } from '../time/clock';

/** Header carrying the gateway-signed identity to subgraphs. */
export const INTERNAL_TOKEN_HEADER = 'x-edhr-internal-token';
const ISSUER = 'edhr-gateway';
const AUDIENCE = 'edhr-subgraph';
/** Short-lived: a token captured in transit is useless a minute later. */
const LIFETIME_SECONDS = 60;
/** How far the signer's clock may run ahead of the verifier's. */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * The time claims every token must pass, judged at `nowSeconds`: `exp` present, the token valid
 * for no longer than `maxLifetimeSeconds` from now (and, with `iat`, from its issue), and
 * neither `iat` nor `nbf` further in the future than `skewSeconds`. Returns the reason a token
 * fails, or null. (Expiry itself is checked by jose, on the same clock.)
 */
export function tokenTimeProblem(
  payload: { exp?: unknown; iat?: unknown; nbf?: unknown },
  nowSeconds: number,
  maxLifetimeSeconds: number,
  skewSeconds: number,
): string | null {
  if (typeof payload.exp !== 'number') return 'the token has no expiry ("exp")';
  if (payload.iat !== undefined && typeof payload.iat !== 'number') return `the "iat" claim is not a number`;
  if (payload.nbf !== undefined && typeof payload.nbf !== 'number') return `the "nbf" claim is not a number`;
  if (typeof payload.iat === 'number' && payload.iat > nowSeconds + skewSeconds) return 'the token is issued in the future ("iat")';
  if (typeof payload.nbf === 'number' && payload.nbf > nowSeconds + skewSeconds) return 'the token is not valid yet ("nbf")';
  if (payload.exp - nowSeconds > maxLifetimeSeconds + skewSeconds) return `the token lives longer than the ${maxLifetimeSeconds} s allowed ("exp")`;
  if (typeof payload.iat === 'number' && payload.exp - payload.iat > maxLifetimeSeconds) {
    return `the token lives longer than the ${maxLifetimeSeconds} s allowed ("exp" − "iat")`;
  }
  return null;
}

function keyFrom(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * Signs the identity the gateway verified, for one upstream request. Signer and verifier must
 * read the same clock: with a clock fixed in tests, a token issued by the system clock would
 * look long expired (or not yet issued).
 */
export async function signInternalToken(identity: Identity, secret: string, clock: Clock = systemClock): Promise<string> {
  const issuedAt = Math.floor(clock.now().getTime() / 1000);
  return new SignJWT({ roles: identity.roles, partnerId: identity.partnerId, themes: identity.themes })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + LIFETIME_SECONDS)
    .sign(keyFrom(secret));
}

/** Verifies a gateway-signed token; throws when it is missing, forged, expired or malformed. */
export async function verifyInternalToken(token: string | undefined, secret: string, clock: Clock = systemClock): Promise<Identity> {
  if (!token) throw new Error('missing internal token: requests must come through the gateway');
  const { payload } = await jwtVerify(token, keyFrom(secret), {
    issuer: ISSUER,
    audience: AUDIENCE,
    algorithms: ['HS256'],
    currentDate: clock.now(),
    requiredClaims: ['exp', 'iat'],
  });
  const problem = tokenTimeProblem(payload, Math.floor(clock.now().getTime() / 1000), LIFETIME_SECONDS, CLOCK_SKEW_SECONDS);
  if (problem) throw new Error(problem);
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  const valid = claimed.filter((r): r is Role => typeof r === 'string' && (roles as readonly string[]).includes(r));
  if (!payload.sub || valid.length === 0) throw new Error('internal token carries no subject or role');
  return {
    subject: payload.sub,
    roles: valid,
    partnerId: typeof payload.partnerId === 'string' ? payload.partnerId : undefined,
    themes: Array.isArray(payload.themes) ? payload.themes.filter((t): t is string => typeof t === 'string') : undefined,
  };
}
