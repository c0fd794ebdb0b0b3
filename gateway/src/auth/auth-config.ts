import { z } from 'zod';
import { parseEnv, urlVar } from '@edhr/kit';

/** How the gateway verifies bearer tokens. */
export type AuthConfig =
  | { kind: 'shared-key'; secret: string; issuer?: string; audience?: string }
  | { kind: 'jwks'; jwksUrl: string; issuer?: string; audience?: string }
  | { kind: 'none' };

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
    },
    env,
  );
  const checks = { issuer: parsed.AUTH_ISSUER, audience: parsed.AUTH_AUDIENCE };
  if (parsed.AUTH_JWKS_URL) return { kind: 'jwks', jwksUrl: parsed.AUTH_JWKS_URL, ...checks };
  if (parsed.AUTH_JWT_SECRET) return { kind: 'shared-key', secret: parsed.AUTH_JWT_SECRET, ...checks };
  return { kind: 'none' };
}
