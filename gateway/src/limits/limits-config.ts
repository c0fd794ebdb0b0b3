import { z } from 'zod';
import { parseEnv } from '@edhr/kit';
import { trustedProxyProblems } from './client-address';
import { DEFAULT_ABUSE_PENALTY, loadAbusePenaltyConfig, type AbusePenaltyConfig } from './abuse-penalty-config';

/** Request limits the gateway enforces; every one can be tuned by its variable. */
export interface LimitsConfig {
  /** Deepest selection nesting (the full dashboard query needs 8). */
  maxDepth: number;
  /** graphql-armor cost: objects 2, scalars 1, depth multiplies. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Requests per identity (or per client address for the public role) per minute. */
  requestsPerMinute: number;
  /** Largest request body, in bytes actually read (chunked bodies included). */
  maxBodyBytes: number;
  /** Deepest nesting of arrays and objects in a request's JSON (body, or GET variables and extensions). */
  maxJsonDepth: number;
  /** Failed authentications allowed per client address, and per API-key id, per minute before 429. */
  authFailuresPerMinute: number;
  /** Client addresses that keep sending refused requests are answered 429 at once, for a while. */
  abusePenalty: AbusePenaltyConfig;
  /** Proxies in front of the gateway whose `X-Forwarded-For` is believed; none by default. */
  trustedProxies: string[];
}

export const DEFAULT_LIMITS: LimitsConfig = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 5_000,
  requestsPerMinute: 600,
  maxBodyBytes: 1_000_000,
  maxJsonDepth: 64,
  authFailuresPerMinute: 10,
  abusePenalty: DEFAULT_ABUSE_PENALTY,
  trustedProxies: [],
};

const positive = (fallback: number, what: string) =>
  z.coerce.number().int().positive().default(fallback).describe(`a positive whole number (${what})`);

export function loadLimitsConfig(env: Record<string, string | undefined> = process.env): LimitsConfig {
  const d = DEFAULT_LIMITS;
  const parsed = parseEnv(
    {
      GATEWAY_MAX_DEPTH: positive(d.maxDepth, 'selection depth'),
      GATEWAY_MAX_COST: positive(d.maxCost, 'query cost'),
      GATEWAY_MAX_ALIASES: positive(d.maxAliases, 'aliases per operation'),
      GATEWAY_MAX_DIRECTIVES: positive(d.maxDirectives, 'directives per operation'),
      GATEWAY_MAX_TOKENS: positive(d.maxTokens, 'tokens per document'),
      GATEWAY_RATE_LIMIT_PER_MINUTE: positive(d.requestsPerMinute, 'requests per identity per minute'),
      GATEWAY_MAX_BODY_BYTES: positive(d.maxBodyBytes, 'bytes'),
      GATEWAY_MAX_JSON_DEPTH: positive(d.maxJsonDepth, 'levels of JSON nesting'),
      GATEWAY_AUTH_FAILURES_PER_MINUTE: positive(d.authFailuresPerMinute, 'failed authentications per address or key per minute'),
      GATEWAY_TRUSTED_PROXIES: z
        .string()
        .default('')
        .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
        .superRefine((entries, context) => {
          for (const problem of trustedProxyProblems(entries)) context.addIssue({ code: 'custom', message: problem });
        })
        .describe('comma-separated addresses or CIDR ranges of the proxies in front of the gateway'),
    },
    env,
  );
  return {
    maxDepth: parsed.GATEWAY_MAX_DEPTH,
    maxCost: parsed.GATEWAY_MAX_COST,
    maxAliases: parsed.GATEWAY_MAX_ALIASES,
    maxDirectives: parsed.GATEWAY_MAX_DIRECTIVES,
    maxTokens: parsed.GATEWAY_MAX_TOKENS,
    requestsPerMinute: parsed.GATEWAY_RATE_LIMIT_PER_MINUTE,
    maxBodyBytes: parsed.GATEWAY_MAX_BODY_BYTES,
    maxJsonDepth: parsed.GATEWAY_MAX_JSON_DEPTH,
    authFailuresPerMinute: parsed.GATEWAY_AUTH_FAILURES_PER_MINUTE,
    abusePenalty: loadAbusePenaltyConfig(env),
    trustedProxies: parsed.GATEWAY_TRUSTED_PROXIES,
  };
}
