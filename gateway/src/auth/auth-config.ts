import { z } from 'zod';
import { parseEnv, urlVar } from '@edhr/kit';

/** How long a bearer token may be valid for, and how far ahead of the gateway an issuer's clock may run. */
export interface TokenTimePolicy {
  /** A token valid for longer than this (`exp` − now, or `exp` − `iat`) is refused; default 24 h. */
  maxTokenLifetimeSeconds?: number;
  /** Allowance for clocks that disagree, on `exp`, `nbf` and `iat`; default 60 s. */
  clockSkewSeconds?: number;
}

export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/** How the gateway verifies bearer tokens. */
export type AuthConfig = (
  | { kind: 'shared-key'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string }
  | { kind: 'none' }
) &
  TokenTimePolicy;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `90`, `90s`, `15m`, `24h` or `1d` as seconds. */
export function parseDurationSeconds(text: string): number | null {
  const match = /^(\d+)\s*([smhd]?)$/.exec(text.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2] || 's']!;
  return Number.isSafeInteger(seconds) ? seconds : null;
}

const durationVar = (fallback: string, positive: boolean) =>
  z
    .string()
    .default(fallback)
    .refine((text) => {
      const seconds = parseDurationSeconds(text);
      return seconds !== null && (!positive || seconds > 0);
    }, 'must be a duration such as 3600, 90s, 15m, 24h or 1d')
    .transform((text) => parseDurationSeconds(text)!)
    .describe('a duration such as 3600, 90s, 15m, 24h or 1d');

export function loadAuthConfig(env: Record<string, string | undefined> = process.env): AuthConfig {
  const parsed = parseEnv(
    {
      AUTH_JWKS_URL: urlVar().optional(),
      AUTH_JWT_SECRET: z
        .string()
        .min(32, 'must be at least 32 characters')
        .optional()
        .describe('a shared HS256 key of at least 32 characters (development)'),
      AUTH_ISSUER: z.string().min(1).optional().describe('the expected "iss" claim'),
      AUTH_AUDIENCE: z.string().min(1).optional().describe('the expected "aud" claim'),
      AUTH_MAX_TOKEN_LIFETIME: durationVar('24h', true),
      AUTH_CLOCK_SKEW: durationVar('60s', false),
    },
    env,
  );
  const time = { maxTokenLifetimeSeconds: parsed.AUTH_MAX_TOKEN_LIFETIME, clockSkewSeconds: parsed.AUTH_CLOCK_SKEW };
  const checks = { issuer: parsed.AUTH_ISSUER, audience: parsed.AUTH_AUDIENCE, ...time };
  if (parsed.AUTH_JWKS_URL) return { kind: 'jwks', jwksUrl: parsed.AUTH_JWKS_URL, ...checks };
  if (parsed.AUTH_JWT_SECRET) return { kind: 'shared-key', secret: parsed.AUTH_JWT_SECRET, ...checks };
  return { kind: 'none', ...time };
}
