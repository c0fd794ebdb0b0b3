import type { IncomingMessage } from 'node:http';
import { rateLimited, type Clock, type Identity } from '@edhr/kit';
import type { ClientAddressOf } from './client-address';
import { createWindowCounter } from './window-counter';

/**
 * Limits requests per caller per minute: per subject for authenticated callers, per
 * client address for the public role (behind a proxy, only if it is a trusted proxy, see
 * `clientAddressResolver`). An exceeded limit answers 429 with a Retry-After
 * hint instead of queueing work. Minutes are the gateway's clock's.
 */
export function rateLimitPlugin(requestsPerMinute: number, identityOf: (request: Request) => Identity, clientAddressOf: ClientAddressOf, clock: Clock) {
  const requests = createWindowCounter({ limit: requestsPerMinute, windowSeconds: 60, clock });
  return {
    onContextBuilding({ context }: { context: { request: Request; req?: IncomingMessage } }) {
      const identity = identityOf(context.request);
      const key =
        identity.subject === 'anonymous'
          ? `public:${clientAddressOf(context.req) ?? 'unknown'}`
          : `subject:${identity.subject}`;
      const retryAfter = requests.hit(key);
      if (retryAfter !== null) {
        throw rateLimited(`Too many requests: the limit is ${requestsPerMinute} per minute. Retry in ${retryAfter} s.`, retryAfter);
      }
    },
  };
}
