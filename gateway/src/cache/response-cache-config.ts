import { z } from 'zod';
import { booleanVar, parseEnv } from '@edhr/kit';
import { parseDurationSeconds } from '../auth/auth-config';

/** The gateway's cache of query answers. */
export interface ResponseCacheConfig {
  enabled: boolean;
  /**
   * Longest an answer is served from the cache. Writes through the gateway empty the cache at
   * once; this bounds staleness after writes that do not pass through it (a subgraph's own jobs,
   * commands on the database, another gateway) and after a clock-derived status turns.
   */
  ttlSeconds: number;
  /** Most answers kept (least recently used go first). */
  maxEntries: number;
  /** Most bytes of answers kept, counted as JSON. */
  maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheConfig = {
  enabled: true,
  ttlSeconds: 30,
  maxEntries: 1000,
  maxBytes: 64 * 1024 * 1024,
};

export function loadResponseCacheConfig(env: Record<string, string | undefined> = process.env): ResponseCacheConfig {
  const parsed = parseEnv(
    {
      GATEWAY_RESPONSE_CACHE: booleanVar(DEFAULT_RESPONSE_CACHE.enabled),
      GATEWAY_RESPONSE_CACHE_TTL: z
        .string()
        .default(`${DEFAULT_RESPONSE_CACHE.ttlSeconds}s`)
        .refine((text) => (parseDurationSeconds(text) ?? 0) > 0, 'must be a duration above zero such as 30, 30s or 5m')
        .transform((text) => parseDurationSeconds(text)!)
        .describe('a duration such as 30, 30s or 5m'),
    },
    env,
  );
  return {
    ...DEFAULT_RESPONSE_CACHE,
    enabled: parsed.GATEWAY_RESPONSE_CACHE,
    ttlSeconds: parsed.GATEWAY_RESPONSE_CACHE_TTL,
  };
}
