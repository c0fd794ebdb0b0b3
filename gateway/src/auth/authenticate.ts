import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { PUBLIC_IDENTITY, roles, systemClock, tokenTimeProblem, type Clock, type Identity, type Role } from '@edhr/kit';
import { DEFAULT_CLOCK_SKEW_SECONDS, DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, type AuthConfig } from './auth-config';
import { VerifiedTokenCache } from './verified-token-cache';

/** Thrown when a bearer token is present but cannot be trusted; the caller gets 401. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export interface Authenticator {
  (authorization: string | null): Promise<Identity>;
  /**
   * The identity an Authorization header would be given now without verifying a signature: the
   * public identity for no header, and a bearer token's only when it verified within
   * `VERIFIED_TOKEN_TTL_SECONDS` and its time claims hold now. Undefined whenever the full check
   * would have to run (or would refuse), so a caller that cannot wait falls back to it.
   */
  alreadyVerified?(authorization: string | null): Identity | undefined;
}

/**
 * Verifies `Authorization: Bearer <JWT>` and maps its claims to an identity:
 * `sub`, `roles` (any of public, staff, theme-owner, admin, partner, service),
 * `partner_id` for partners and `themes` for theme owners. No header → the public role; an
 * empty one is refused. Every token must carry `exp`, may be valid for no longer than the
 * configured lifetime, and may not be issued (`iat`) or start (`nbf`) in the future beyond the
 * clock-skew allowance; all of it judged by `clock`. A token that verified is not verified again
 * for `VERIFIED_TOKEN_TTL_SECONDS` (its time claims are: see `VerifiedTokenCache`).
 */
export function createAuthenticator(config: AuthConfig, clock: Clock = systemClock): Authenticator {
  const key: Uint8Array | JWTVerifyGetKey | undefined =
    config.kind === 'shared-key'
      ? new TextEncoder().encode(config.secret)
      : config.kind === 'jwks'
        ? createRemoteJWKSet(new URL(config.jwksUrl))
        : undefined;
  const maxLifetime = config.maxTokenLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const skew = config.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const verified = new VerifiedTokenCache(clock);
  /** A verified token's payload while it is still within its expiry and past its start; a token outside them is verified in full again, so it is refused with jose's own reason. */
  const stillVerified = (token: string, nowSeconds: number): JWTPayload | undefined => {
    const payload = verified.get(token);
    const current = payload && typeof payload.exp === 'number' && payload.exp > nowSeconds - skew && (payload.nbf === undefined || payload.nbf <= nowSeconds + skew);
    return current ? payload : undefined;
  };
  const authenticate: Authenticator = async (authorization) => {
    if (authorization === null) return PUBLIC_IDENTITY;
    if (authorization.trim() === '') throw new AuthenticationError('the Authorization header is empty: send "Bearer <token>" or no header');
    const token = bearerTokenOf(authorization);
    if (!token) throw new AuthenticationError('the Authorization header must be "Bearer <token>"');
    if (!key) throw new AuthenticationError('this gateway accepts no bearer tokens: configure AUTH_JWKS_URL or AUTH_JWT_SECRET');
    const now = clock.now();
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const payload = stillVerified(token, nowSeconds) ?? (await verify(token, now));
    const problem = tokenTimeProblem(payload, nowSeconds, maxLifetime, skew);
    if (problem) throw new AuthenticationError(`the bearer token is not valid: ${problem}`);
    return identityFromClaims(payload);
  };
  authenticate.alreadyVerified = (authorization) => {
    if (authorization === null) return PUBLIC_IDENTITY;
    const token = key ? bearerTokenOf(authorization) : undefined;
    if (!token) return undefined;
    const nowSeconds = Math.floor(clock.now().getTime() / 1000);
    const payload = stillVerified(token, nowSeconds);
    if (!payload || tokenTimeProblem(payload, nowSeconds, maxLifetime, skew)) return undefined;
    try {
      return identityFromClaims(payload);
    } catch {
      return undefined;
    }
  };
  return authenticate;

  async function verify(token: string, now: Date): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: config.kind === 'none' ? undefined : config.issuer,
        audience: config.kind === 'none' ? undefined : config.audience,
        algorithms: config.kind === 'shared-key' ? ['HS256'] : ['RS256', 'ES256', 'PS256', 'EdDSA'],
        // Expiry and not-before are judged by the gateway's clock.
        currentDate: now,
        clockTolerance: skew,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw new AuthenticationError(`the bearer token is not valid: ${(error as Error).message}`);
    }
    verified.set(token, payload);
    return payload;
  }
}

function bearerTokenOf(authorization: string): string | undefined {
  return /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(authorization.trim())?.[1];
}

export function identityFromClaims(payload: JWTPayload): Identity {
  if (!payload.sub) throw new AuthenticationError('the bearer token has no subject ("sub")');
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  const unknown = claimed.filter((r) => !(roles as readonly unknown[]).includes(r));
  if (unknown.length > 0) throw new AuthenticationError(`unknown role(s) in token: ${unknown.join(', ')}`);
  const granted = claimed as Role[];
  if (granted.length === 0) throw new AuthenticationError('the bearer token grants no role ("roles")');
  const partnerId = typeof payload.partner_id === 'string' ? payload.partner_id : undefined;
  if (granted.includes('partner') && !partnerId) {
    throw new AuthenticationError('a partner token must name its partner ("partner_id")');
  }
  const themes = Array.isArray(payload.themes) ? payload.themes.filter((t): t is string => typeof t === 'string') : undefined;
  return { subject: payload.sub, roles: granted, partnerId, themes };
}
