import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited, type Identity } from '@edhr/kit';
import type { ClientAddressOf } from './client-address';

/**
 * Limits requests per caller per minute: per subject for authenticated callers, per
 * client address for the public role (behind a proxy, only if it is a trusted proxy, see
 * `clientAddressResolver`). An exceeded limit answers 429 with a Retry-After
 * hint instead of queueing work.
 */
export function rateLimitPlugin(requestsPerMinute: number, identityOf: (request: Request) => Identity, clientAddressOf: ClientAddressOf) {
  const limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
  return {
    async onContextBuilding({ context }: { context: { request: Request; req?: IncomingMessage } }) {
      const identity = identityOf(context.request);
      const key =
        identity.subject === 'anonymous'
          ? `public:${clientAddressOf(context.req) ?? 'unknown'}`
          : `subject:${identity.subject}`;
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw rateLimited(`Too many requests: the limit is ${requestsPerMinute} per minute. Retry in ${retryAfter} s.`, retryAfter);
      }
    },
  };
}
