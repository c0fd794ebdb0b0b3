import type { IncomingMessage } from 'node:http';
import type { Clock, Identity } from '@edhr/kit';
import type { ClientAddressOf } from './client-address';
import { createWindowCounter } from './window-counter';

/**
 * Requests per caller per minute of the gateway's clock: per subject for authenticated callers,
 * per client address for the public role (behind a proxy, only if it is a trusted proxy, see
 * `clientAddressResolver`). One count shared by the runtime's plugin and the response cache's
 * front, so an answer served at either counts once against the same limit.
 */
export interface RequestRateLimit {
  readonly requestsPerMinute: number;
  /** Counts one request; null while the caller is within the limit, else the seconds until it may ask again. */
  hit(identity: Identity, req: IncomingMessage | undefined): number | null;
  /** Whether the caller has used up its minute (without counting anything). */
  exhausted(identity: Identity, req: IncomingMessage | undefined): boolean;
}

export function createRequestRateLimit(requestsPerMinute: number, clientAddressOf: ClientAddressOf, clock: Clock): RequestRateLimit {
  const requests = createWindowCounter({ limit: requestsPerMinute, windowSeconds: 60, clock });
  const keyOf = (identity: Identity, req: IncomingMessage | undefined) =>
    identity.subject === 'anonymous' ? `public:${clientAddressOf(req) ?? 'unknown'}` : `subject:${identity.subject}`;
  return {
    requestsPerMinute,
    hit: (identity, req) => requests.hit(keyOf(identity, req)),
    exhausted: (identity, req) => requests.atLimit(keyOf(identity, req)) !== null,
  };
}
