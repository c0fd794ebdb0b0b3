import type { IncomingMessage } from 'node:http';
import { rateLimited, type Identity } from '@edhr/kit';
import type { RequestRateLimit } from './request-rate-limit';

/**
 * Counts each request against the caller's limit (`RequestRateLimit`) once it is authenticated;
 * an exceeded limit answers 429 with a Retry-After hint instead of queueing work. A request
 * `alreadyCounted` (one the subgraph pass-through counted, then gave to the runtime) counts once.
 */
export function rateLimitPlugin(limit: RequestRateLimit, identityOf: (request: Request) => Identity, alreadyCounted: (req: IncomingMessage | undefined) => boolean = () => false) {
  return {
    onContextBuilding({ context }: { context: { request: Request; req?: IncomingMessage } }) {
      if (alreadyCounted(context.req)) return;
      const retryAfter = limit.hit(identityOf(context.request), context.req);
      if (retryAfter !== null) {
        throw rateLimited(`Too many requests: the limit is ${limit.requestsPerMinute} per minute. Retry in ${retryAfter} s.`, retryAfter);
      }
    },
  };
}
