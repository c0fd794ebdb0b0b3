import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { parseEnv } from '../config/env';
import { ErrorCode } from '../errors/error-codes';

/** Who may read a service's `/metrics`. */
export type MetricsAccess =
  /** Anyone who can reach the port (development and tests, on loopback). */
  | { kind: 'open' }
  /** Only a scraper sending `Authorization: Bearer <token>`. */
  | { kind: 'token'; token: string }
  /** Nobody: production without `METRICS_TOKEN`. */
  | { kind: 'closed' };

export const metricsShape = {
  METRICS_TOKEN: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('a secret of at least 32 characters a Prometheus scraper sends as a bearer token'),
};

/**
 * `METRICS_TOKEN` set: a bearer token is required, in every mode. Unset: open in development and
 * tests, closed in production, so a service facing the public never shows its metrics by default.
 */
export function loadMetricsAccess(production: boolean, env: Record<string, string | undefined> = process.env): MetricsAccess {
  const { METRICS_TOKEN } = parseEnv(metricsShape, env);
  if (METRICS_TOKEN) return { kind: 'token', token: METRICS_TOKEN };
  return production ? { kind: 'closed' } : { kind: 'open' };
}

export type MetricsDecision =
  | { allowed: true }
  | { allowed: false; status: 401 | 403; code: typeof ErrorCode.UNAUTHENTICATED | typeof ErrorCode.FORBIDDEN; message: string };

/** Whether a request with this Authorization header may read the metrics. */
export function decideMetricsAccess(access: MetricsAccess, authorization: string | null | undefined): MetricsDecision {
  if (access.kind === 'open') return { allowed: true };
  if (access.kind === 'closed') {
    return { allowed: false, status: 403, code: ErrorCode.FORBIDDEN, message: 'Metrics are not served in production unless METRICS_TOKEN is set.' };
  }
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  const expected = Buffer.from(access.token);
  const actual = Buffer.from(given);
  if (actual.length === expected.length && timingSafeEqual(actual, expected)) return { allowed: true };
  return { allowed: false, status: 401, code: ErrorCode.UNAUTHENTICATED, message: 'Metrics need the scraper bearer token.' };
}
