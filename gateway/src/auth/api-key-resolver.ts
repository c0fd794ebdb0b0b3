import {
  INTERNAL_TOKEN_HEADER,
  parseApiKey,
  REQUEST_ID_HEADER,
  signInternalToken,
  type Clock,
  type Identity,
  type Logger,
} from '@edhr/kit';
import { AuthenticationError } from './authenticate';

/** Header a partner agency's machine client sends its API key in, instead of `Authorization`. */
export const API_KEY_HEADER = 'x-api-key';

/** Thrown when a credential cannot be checked because the service that checks it is down; the caller gets 503. */
export class AuthenticationUnavailableError extends Error {
  override name = 'AuthenticationUnavailableError';
}

/** Maps a presented API key to the partner identity it stands for, or refuses it. */
export type ApiKeyResolver = (key: string, requestId: string) => Promise<Identity>;

export interface ApiKeyResolverOptions {
  /** The partners subgraph's /graphql endpoint, called directly rather than through the graph. */
  partnersUrl: string;
  internalTokenSecret: string;
  /** Signs the service token; the partners subgraph verifies it by the same clock. */
  clock?: Clock;
  logger?: Logger;
  /** How long to wait for the partners subgraph; default 5 s. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const RESOLVE = 'mutation ResolvePartnerApiKey($key: String!) { resolvePartnerApiKey(key: $key) { partnerKey } }';
const NOT_VALID = 'the API key is not valid';
const UNAVAILABLE = 'API keys cannot be checked right now: the partners service did not answer. Try again shortly.';

/** The identity the gateway presents to the partners subgraph when it checks a key. */
const GATEWAY_SERVICE: Identity = { subject: 'gateway', roles: ['service'] };

/**
 * Resolves `x-api-key: edhr_<keyId>_<secret>` by asking the partners subgraph, which holds the
 * keys' hashes (`resolvePartnerApiKey`, service role only). A valid key is the partner role for
 * its partner agency, with subject `api-key:<keyId>`; a malformed, unknown or revoked key is
 * refused with 401; an unreachable or failing partners subgraph gives 503, never the public role.
 *
 * Nothing is cached, so a revoked key is refused from the very next request. The cost is one
 * extra internal call (one indexed lookup, and at most one write a minute per key) on every
 * request made with an API key.
 */
export function createApiKeyResolver(options: ApiKeyResolverOptions): ApiKeyResolver {
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 5_000;
  return async (key, requestId) => {
    const parts = parseApiKey(key);
    // Not in the form of a key: refused without a call.
    if (!parts) throw new AuthenticationError(NOT_VALID);
    let status: number;
    let body: { data?: { resolvePartnerApiKey?: { partnerKey: string } | null }; errors?: { message: string }[] };
    try {
      const response = await send(options.partnersUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [REQUEST_ID_HEADER]: requestId,
          [INTERNAL_TOKEN_HEADER]: await signInternalToken(GATEWAY_SERVICE, options.internalTokenSecret, options.clock),
        },
        body: JSON.stringify({ query: RESOLVE, variables: { key } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      body = (await response.json()) as typeof body;
    } catch (error) {
      options.logger?.error({ err: error, partnersUrl: options.partnersUrl }, 'could not reach the partners subgraph to check an API key');
      throw new AuthenticationUnavailableError(UNAVAILABLE);
    }
    const resolved = body.data?.resolvePartnerApiKey;
    if (status !== 200 || body.errors?.length || resolved === undefined) {
      options.logger?.error(
        { status, errors: body.errors?.map((e) => e.message), partnersUrl: options.partnersUrl },
        'the partners subgraph could not check an API key',
      );
      throw new AuthenticationUnavailableError(UNAVAILABLE);
    }
    if (resolved === null) throw new AuthenticationError(NOT_VALID);
    return { subject: `api-key:${parts.keyId}`, roles: ['partner'], partnerId: resolved.partnerKey };
  };
}
