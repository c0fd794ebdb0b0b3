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

/** The runtime's trusted documents as the front reads them: each document by its hex SHA-256, and whether only they may run. */
export interface TrustedDocumentsView {
  documents: ReadonlyMap<string, string>;
  only: boolean;
}

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
  /** The runtime's trusted documents: an operation sent by hash is looked up in them, and with `only` a document sent whole is passed on. */
  trustedDocuments?: TrustedDocumentsView;
  /** Called after each answer the front wrote, for the request log and the metrics. */
  onAnswered(answer: FrontAnswer): void;
}

/**
 * The Content-Type the runtime answers each Accept header the front answers with, as the
 * gateway's end-to-end test checks header by header: fetch's default (any type), either GraphQL
 * JSON type alone, and the web app's (both, the GraphQL one first). Any other Accept is passed on.
 */
const CONTENT_TYPES = new Map([
  ['*/*', 'application/json; charset=utf-8'],
  ['application/json', 'application/json; charset=utf-8'],
  ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
  ['application/graphql-response+json, application/json', 'application/graphql-response+json; charset=utf-8'],
]);

/**
 * Serves a kept answer straight from the gateway's HTTP server, before the runtime's pipeline: a
 * repeated dashboard then costs what reading the request and writing the bytes cost. Everything
 * the runtime does for a cached answer is done here alike — the same identity (a bearer token only
 * while its verification is kept), the failed-authentication lock-out, the rate limit's count,
 * the same key, the request log line and the HTTP metric — and whatever the front cannot decide
 * exactly as the runtime would is passed on to the runtime untouched: a token not verified lately,
 * an API key or internal token, a batch, extensions other than a trusted document's hash, another
 * Accept header, a browser's Origin (CORS), a caller at its limit, or simply no kept answer. Its
 * answers are therefore exactly the runtime's cached answers, header for header.
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
      const params = operationParams(body, options.trustedDocuments);
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

type OperationParams = { documentString: string; operationName: string | null; variableValues: Record<string, unknown> | null };

/**
 * The request's document, operation name and variables, when it is one plain operation: its
 * `query`, or a trusted document sent by hash alone (`extensions.persistedQuery`, version 1, and
 * nothing else in `extensions`), whose text is what the runtime runs and keys the answer by.
 */
function operationParams(parsed: unknown, trusted: TrustedDocumentsView | undefined): OperationParams | undefined {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { query, operationName = null, variables = null, extensions, ...rest } = parsed as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return undefined;
  if (operationName !== null && typeof operationName !== 'string') return undefined;
  if (variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  const documentString = extensions === undefined ? documentSentWhole(query, trusted) : query === undefined ? trustedDocumentOf(extensions, trusted) : undefined;
  if (documentString === undefined) return undefined;
  return { documentString, operationName, variableValues: variables as Record<string, unknown> | null };
}

/** A `query` the runtime would run as it is: any text, unless only trusted documents may run. */
function documentSentWhole(query: unknown, trusted: TrustedDocumentsView | undefined): string | undefined {
  return typeof query === 'string' && !trusted?.only ? query : undefined;
}

/** The text of the trusted document an `extensions` names by hash, when it is exactly `{ persistedQuery: { version: 1, sha256Hash } }`. */
function trustedDocumentOf(extensions: unknown, trusted: TrustedDocumentsView | undefined): string | undefined {
  if (!trusted || typeof extensions !== 'object' || extensions === null || Object.keys(extensions).length !== 1) return undefined;
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery;
  if (typeof persisted !== 'object' || persisted === null || Object.keys(persisted).length !== 2) return undefined;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  return version === 1 && typeof sha256Hash === 'string' ? trusted.documents.get(sha256Hash) : undefined;
}

function write(res: ServerResponse, answer: StoredAnswer, contentType: string, requestId: string): void {
  res.writeHead(200, {
    // Spelled as the runtime's result processor spells it, so even the raw bytes of the headers match.
    'Content-Type': contentType,
    'content-length': answer.byteLength,
    [REQUEST_ID_HEADER]: requestId,
    [RESPONSE_CACHE_HEADER]: 'hit',
  });
  res.end(answer.json);
}
