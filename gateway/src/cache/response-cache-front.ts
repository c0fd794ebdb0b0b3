import type { IncomingMessage, ServerResponse } from 'node:http';
import { INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, requestIdFrom } from '@edhr/kit';
import type { Authenticator } from '../auth/authenticate';
import { API_KEY_HEADER } from '../auth/api-key-resolver';
import type { AuthFailureLimiter } from '../auth/auth-failure-limiter';
import type { ClientAddressOf } from '../limits/client-address';
import type { RequestRateLimit } from '../limits/request-rate-limit';
import { mayCache, RESPONSE_CACHE_HEADER, sessionKeyOf } from './response-cache-plugin';
import { responseCacheKey } from './response-cache-key';
import type { ResponseStore, StoredAnswer } from './response-store';

/** What the front tells the request log and the metrics of each answer it serves. */
export interface FrontAnswer {
  requestId: string;
  subject: string;
  operationName: string | undefined;
  durationMs: number;
}

export interface ResponseCacheFrontOptions {
  store: ResponseStore;
  /** Used only for identities it already knows (`alreadyVerified`): the front never verifies a signature. */
  authenticate: Authenticator;
  authFailures: AuthFailureLimiter;
  rateLimit: RequestRateLimit;
  clientAddressOf: ClientAddressOf;
  /** The path the runtime serves GraphQL on. */
  graphqlPath: string;
  /** Called after each answer the front wrote, for the request log and the metrics. */
  onAnswered(answer: FrontAnswer): void;
}

/**
 * Yoga's regular result processor's Content-Type for each Accept header the front answers: the
 * runtime takes the last media type it can serve that the header matches, so any type (what
 * fetch asks for unless told) gets application/json.
 */
const CONTENT_TYPES = new Map([
  ['application/json', 'application/json; charset=utf-8'],
  ['*/*', 'application/json; charset=utf-8'],
  ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
]);

/**
 * Serves a kept answer straight from the gateway's HTTP server, before the runtime's pipeline: a
 * repeated dashboard then costs what reading the request and writing the bytes cost. Everything
 * the runtime does for a cached answer is done here alike — the same identity (a bearer token only
 * while its verification is kept), the failed-authentication lock-out, the rate limit's count,
 * the same key, the request log line and the HTTP metric — and whatever the front cannot decide
 * exactly as the runtime would is passed on to the runtime untouched: a token not verified lately,
 * an API key or internal token, a body with extensions or a batch, another Accept header, a
 * browser's Origin (CORS), a caller at its limit, or simply no kept answer. Its answers are
 * therefore exactly the runtime's cached answers, header for header.
 */
export function createResponseCacheFront(options: ResponseCacheFrontOptions) {
  const { store, authenticate, authFailures, rateLimit, clientAddressOf } = options;
  return {
    /** Answers `req`, whose body is the JSON value `body`, from the cache and returns true, or returns false having written nothing. */
    tryAnswer(req: IncomingMessage, res: ServerResponse, body: unknown): boolean {
      const started = performance.now();
      if (req.method !== 'POST' || req.url !== options.graphqlPath) return false;
      const { headers } = req;
      if (headers.origin !== undefined || headers[API_KEY_HEADER] !== undefined || headers[INTERNAL_TOKEN_HEADER] !== undefined) return false;
      const contentType = CONTENT_TYPES.get(headers.accept ?? '');
      if (!contentType) return false;
      const authorization = headers.authorization ?? null;
      const identity = authenticate.alreadyVerified?.(authorization);
      if (!identity || !mayCache(identity)) return false;
      if (authorization !== null && authFailures.retryAfter([`address:${clientAddressOf(req) ?? 'unknown'}`]) !== null) return false;
      const params = operationParams(body);
      if (!params) return false;
      const answer = store.answerFor(responseCacheKey({ ...params, sessionId: sessionKeyOf(identity) }));
      if (!answer || rateLimit.exhausted(identity, req)) return false;
      rateLimit.hit(identity, req);
      const requestId = requestIdFrom(headers[REQUEST_ID_HEADER]);
      write(res, answer, contentType, requestId);
      options.onAnswered({ requestId, subject: identity.subject, operationName: answer.operationName, durationMs: performance.now() - started });
      return true;
    },
  };
}

export type ResponseCacheFront = ReturnType<typeof createResponseCacheFront>;

/** The request's query, operation name and variables, when it is one plain operation and nothing more. */
function operationParams(parsed: unknown): { documentString: string; operationName: string | null; variableValues: Record<string, unknown> | null } | undefined {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { query, operationName = null, variables = null, ...rest } = parsed as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof query !== 'string') return undefined;
  if (operationName !== null && typeof operationName !== 'string') return undefined;
  if (variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  return { documentString: query, operationName, variableValues: variables as Record<string, unknown> | null };
}

function write(res: ServerResponse, answer: StoredAnswer, contentType: string, requestId: string): void {
  res.writeHead(200, {
    'content-type': contentType,
    'content-length': answer.byteLength,
    [REQUEST_ID_HEADER]: requestId,
    [RESPONSE_CACHE_HEADER]: 'hit',
  });
  res.end(answer.json);
}
