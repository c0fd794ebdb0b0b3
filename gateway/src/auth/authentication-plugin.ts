import type { IncomingMessage } from 'node:http';
import {
  codedError,
  ErrorCode,
  INTERNAL_TOKEN_HEADER,
  parseApiKey,
  rateLimited,
  serviceUnavailable,
  verifyInternalToken,
  type Clock,
  type Identity,
} from '@edhr/kit';
import { AuthenticationError, type Authenticator } from './authenticate';
import { API_KEY_HEADER, AuthenticationUnavailableError, type ApiKeyResolver } from './api-key-resolver';
import type { AuthFailureLimiter } from './auth-failure-limiter';
import type { ClientAddressOf } from '../limits/client-address';

/** Thrown when a request carries two kinds of credential; the caller gets 400. */
class AmbiguousCredentialsError extends Error {
  override name = 'AmbiguousCredentialsError';
}

/**
 * A gateway plugin that authenticates each request before execution and remembers the
 * identity for the upstream calls; an untrustworthy token or API key is refused with 401 rather
 * than quietly downgraded to the public role. A partner agency's machine client may send
 * `x-api-key` instead of a bearer token, never both. Subgraphs calling the graph themselves
 * (e.g. to measure query-based KPIs) present an internal token signed with the shared secret.
 *
 * Failed authentications are counted per client address and, for API keys, per key id; past
 * the limit a request with credentials is answered 429 before they are checked.
 */
export function authenticationPlugin(
  authenticate: Authenticator,
  resolveApiKey: ApiKeyResolver,
  internalTokenSecret: string,
  remember: (request: Request, identity: Identity) => void,
  requestIdOf: (request: Request) => string,
  clock: Clock,
  failures: AuthFailureLimiter,
  clientAddressOf: ClientAddressOf,
) {
  const identify = async (request: Request): Promise<Identity> => {
    const internal = request.headers.get(INTERNAL_TOKEN_HEADER);
    if (internal === null) {
      const authorization = request.headers.get('authorization');
      const apiKey = request.headers.get(API_KEY_HEADER);
      if (apiKey === null) return authenticate(authorization);
      if (authorization !== null) throw new AmbiguousCredentialsError('send either a bearer token or an API key, not both');
      return resolveApiKey(apiKey, requestIdOf(request));
    }
    try {
      return await verifyInternalToken(internal, internalTokenSecret, clock);
    } catch (error) {
      throw new AuthenticationError(`the internal token is not valid: ${(error as Error).message}`);
    }
  };
  return {
    async onContextBuilding({ context }: { context: { request: Request; req?: IncomingMessage } }) {
      const { headers } = context.request;
      const presented = ['authorization', API_KEY_HEADER, INTERNAL_TOKEN_HEADER].some((name) => headers.get(name) !== null);
      const keys = [`address:${clientAddressOf(context.req) ?? 'unknown'}`];
      const keyId = parseApiKey(headers.get(API_KEY_HEADER) ?? '')?.keyId;
      if (keyId) keys.push(`api-key:${keyId}`);
      if (presented) {
        const retryAfter = failures.retryAfter(keys);
        if (retryAfter !== null) {
          throw rateLimited(`Too many failed authentications: retry in ${retryAfter} s.`, retryAfter);
        }
      }
      try {
        remember(context.request, await identify(context.request));
      } catch (error) {
        if (error instanceof AuthenticationError) {
          failures.failed(keys);
          throw codedError(ErrorCode.UNAUTHENTICATED, error.message, { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } });
        }
        if (error instanceof AmbiguousCredentialsError) {
          throw codedError(ErrorCode.BAD_REQUEST, error.message, { http: { status: 400 } });
        }
        if (error instanceof AuthenticationUnavailableError) {
          throw serviceUnavailable(error.message, { http: { status: 503, headers: { 'retry-after': '5' } } });
        }
        throw error;
      }
    },
  };
}
