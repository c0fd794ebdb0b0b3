import { z } from 'zod';
import { booleanVar, parseEnv } from '@edhr/kit';

/** When an address that keeps sending refused requests is penalised, and what the penalty costs it. */
export interface AbusePenaltyConfig {
  enabled: boolean;
  /** Refusals from one address within the window that put it under the penalty. */
  refusals: number;
  /** The sliding window refusals are counted over. */
  windowSeconds: number;
  /** How long a penalty lasts; an address that sends nothing refused afterwards is served again. */
  coolDownSeconds: number;
  /** How long a penalised request's socket is held before its 429 (0: answered at once). */
  tarpitMs: number;
  /** Sockets held at once for one address; beyond it, a penalised request is answered at once. */
  tarpitPerAddress: number;
  /** Sockets held at once for all addresses together. */
  tarpitTotal: number;
  /** Addresses whose refusals are remembered at once; the least recently refused are forgotten first. */
  maxAddresses: number;
}

export const DEFAULT_ABUSE_PENALTY: AbusePenaltyConfig = {
  enabled: true,
  refusals: 30,
  windowSeconds: 60,
  coolDownSeconds: 120,
  tarpitMs: 2_000,
  tarpitPerAddress: 4,
  tarpitTotal: 256,
  maxAddresses: 100_000,
};

const whole = (fallback: number, what: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .default(fallback)
    .describe(`a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''} (${what})`);

export function loadAbusePenaltyConfig(env: Record<string, string | undefined> = process.env): AbusePenaltyConfig {
  const d = DEFAULT_ABUSE_PENALTY;
  const parsed = parseEnv(
    {
      GATEWAY_ABUSE_PENALTY: booleanVar(d.enabled),
      GATEWAY_ABUSE_REFUSALS: whole(d.refusals, 'refused requests from one address within the window', 1),
      GATEWAY_ABUSE_WINDOW_SECONDS: whole(d.windowSeconds, 'seconds refusals are counted over', 1),
      GATEWAY_ABUSE_COOL_DOWN_SECONDS: whole(d.coolDownSeconds, 'seconds a penalty lasts', 1),
      GATEWAY_ABUSE_TARPIT_MS: whole(d.tarpitMs, 'milliseconds a penalised request is held', 0, 60_000),
      GATEWAY_ABUSE_TARPIT_PER_ADDRESS: whole(d.tarpitPerAddress, 'sockets held at once per address', 0),
      GATEWAY_ABUSE_TARPIT_TOTAL: whole(d.tarpitTotal, 'sockets held at once in all', 0),
    },
    env,
  );
  return {
    ...d,
    enabled: parsed.GATEWAY_ABUSE_PENALTY,
    refusals: parsed.GATEWAY_ABUSE_REFUSALS,
    windowSeconds: parsed.GATEWAY_ABUSE_WINDOW_SECONDS,
    coolDownSeconds: parsed.GATEWAY_ABUSE_COOL_DOWN_SECONDS,
    tarpitMs: parsed.GATEWAY_ABUSE_TARPIT_MS,
    tarpitPerAddress: parsed.GATEWAY_ABUSE_TARPIT_PER_ADDRESS,
    tarpitTotal: parsed.GATEWAY_ABUSE_TARPIT_TOTAL,
  };
}
