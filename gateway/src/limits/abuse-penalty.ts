import { LRUCache } from 'lru-cache';
import { ErrorCode, type Clock } from '@edhr/kit';
import type { AbusePenaltyConfig } from './abuse-penalty-config';

/**
 * The refusals that count toward the penalty: the guards' answers to a request that is too big,
 * too deep, beyond a query limit, with credentials that fail, or over a rate limit. Ordinary
 * errors (validation, FORBIDDEN, a missing record) never count, nor does a success.
 */
export const COUNTED_REFUSAL_CODES: ReadonlySet<string> = new Set([
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.REQUEST_TOO_DEEP,
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.QUERY_TOO_COSTLY,
  ErrorCode.TOO_MANY_ALIASES,
  ErrorCode.TOO_MANY_DIRECTIVES,
  ErrorCode.TOO_MANY_TOKENS,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.RATE_LIMITED,
]);

/** The code a penalised address's requests are answered with (429). */
export const PENALISED_CODE = ErrorCode.TOO_MANY_REFUSALS;

interface AddressRecord {
  /** When each of its latest refusals happened (ms), oldest first; never more than the threshold. */
  refusals: number[];
  /** Until when it is penalised (ms), or 0. */
  penalisedUntil: number;
}

export interface AbusePenalty {
  /** Seconds left of the address's penalty (at least 1), or null when it is not penalised. */
  retryAfter(address: string): number | null;
  /**
   * Records one refusal of a request from the address: the one that makes `refusals` within
   * the sliding window puts the address under the penalty for the cool-down. Returns whether it did.
   */
  refused(address: string): boolean;
}

/**
 * Counts refusals per client address over a sliding window, judged by the clock it is given,
 * and penalises an address that reaches the threshold for a cool-down. A penalty is not
 * extended by what the address sends while under it, and its count starts again from nothing
 * afterwards: an address that behaves is served again once the cool-down ends. Memory is bounded:
 * at most `refusals` timestamps for each of at most `maxAddresses` addresses.
 */
export function createAbusePenalty(config: AbusePenaltyConfig, clock: Clock): AbusePenalty {
  const addresses = new LRUCache<string, AddressRecord>({ max: config.maxAddresses });
  const windowMs = config.windowSeconds * 1000;
  const coolDownMs = config.coolDownSeconds * 1000;
  return {
    retryAfter(address) {
      const record = addresses.get(address);
      if (!record || record.penalisedUntil === 0) return null;
      const left = record.penalisedUntil - clock.now().getTime();
      if (left > 0) return Math.max(1, Math.ceil(left / 1000));
      record.penalisedUntil = 0;
      return null;
    },
    refused(address) {
      const now = clock.now().getTime();
      let record = addresses.get(address);
      if (!record) {
        record = { refusals: [], penalisedUntil: 0 };
        addresses.set(address, record);
      }
      if (record.penalisedUntil > now) return false;
      record.penalisedUntil = 0;
      // Sliding: only refusals within the last window count.
      while (record.refusals.length > 0 && record.refusals[0]! <= now - windowMs) record.refusals.shift();
      record.refusals.push(now);
      if (record.refusals.length < config.refusals) return false;
      record.refusals = [];
      record.penalisedUntil = now + coolDownMs;
      return true;
    },
  };
}
