import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendRefusal, type Clock, type Logger } from '@edhr/kit';
import { COUNTED_REFUSAL_CODES, createAbusePenalty, PENALISED_CODE } from './abuse-penalty';
import type { AbusePenaltyConfig } from './abuse-penalty-config';
import type { ClientAddressOf } from './client-address';
import { createTarpit } from './tarpit';

/** The abuse penalty at the HTTP edge: what the gateway's server and its runtime tell it, and what it answers. */
export interface AbuseGuard {
  /**
   * Answers a request from a penalised address (429, after the tarpit's hold, the connection
   * closed, the body never read) and returns true; returns false for every other request.
   */
  turnAway(req: IncomingMessage, res: ServerResponse): boolean;
  /** Tells the guard a request was refused with `code`; only the guards' refusals count. */
  refused(req: IncomingMessage | undefined, code: string): void;
  /** Answers every held request at once. */
  stop(): void;
}

const OFF: AbuseGuard = { turnAway: () => false, refused: () => undefined, stop: () => undefined };

export function createAbuseGuard(config: AbusePenaltyConfig, clock: Clock, logger: Logger, clientAddressOf: ClientAddressOf): AbuseGuard {
  if (!config.enabled) return OFF;
  const penalty = createAbusePenalty(config, clock);
  const tarpit = createTarpit({ holdMs: config.tarpitMs, perAddress: config.tarpitPerAddress, total: config.tarpitTotal });
  return {
    turnAway(req, res) {
      const address = clientAddressOf(req);
      if (address === null || penalty.retryAfter(address) === null) return false;
      tarpit.hold(address, req, res, () => {
        // Judged when answered: the cool-down went on during the hold.
        const retryAfter = penalty.retryAfter(address) ?? 1;
        sendRefusal(res, {
          status: 429,
          code: PENALISED_CODE,
          message: `Too many refused requests from this address: retry in ${retryAfter} s.`,
          // The body is not read: the connection closes after the answer.
          headers: { 'retry-after': String(retryAfter), connection: 'close' },
        });
      });
      return true;
    },
    refused(req, code) {
      if (!COUNTED_REFUSAL_CODES.has(code)) return;
      const address = clientAddressOf(req);
      if (address === null || !penalty.refused(address)) return;
      logger.warn(
        { clientAddress: address, refusals: config.refusals, windowSeconds: config.windowSeconds, coolDownSeconds: config.coolDownSeconds },
        'client address penalised for repeated refused requests',
      );
    },
    stop() {
      tarpit.releaseAll();
    },
  };
}
