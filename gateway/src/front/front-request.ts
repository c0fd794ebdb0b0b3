import type { IncomingMessage } from 'node:http';
import { INTERNAL_TOKEN_HEADER, type Identity } from '@edhr/kit';
import type { Authenticator } from '../auth/authenticate';
import { API_KEY_HEADER } from '../auth/api-key-resolver';
import type { AuthFailureLimiter } from '../auth/auth-failure-limiter';
import type { ClientAddressOf } from '../limits/client-address';

/**
 * What the gateway's HTTP server may answer itself, before the runtime's pipeline (the response
 * cache's front, the subgraph pass-through), and how: the same identity, the same lock-out and the
 * same operation as the runtime would take from the request, or nothing, and the runtime decides.
 */

/** The runtime's trusted documents as a front reads them: each document by its hex SHA-256, and whether only they may run. */
export interface TrustedDocumentsView {
  documents: ReadonlyMap<string, string>;
  only: boolean;
}

export interface FrontRequestOptions {
  /** Used only for identities it already knows (`alreadyVerified`): a front never verifies a signature. */
  authenticate: Authenticator;
  authFailures: AuthFailureLimiter;
  clientAddressOf: ClientAddressOf;
  /** The path the runtime serves GraphQL on. */
  graphqlPath: string;
  /** The runtime's trusted documents: an operation sent by hash is looked up in them, and with `only` a document sent whole is passed on. */
  trustedDocuments?: TrustedDocumentsView;
}

/** A request a front may answer as the runtime would: who asks, what it runs, and the Content-Type of the answer. */
export interface FrontRequest {
  identity: Identity;
  contentType: string;
  operation: OperationParams;
}

export type OperationParams = { documentString: string; operationName: string | null; variableValues: Record<string, unknown> | null };

/**
 * The Content-Type the runtime answers each Accept header a front answers with, as the
 * gateway's end-to-end tests check header by header: fetch's default (any type), either GraphQL
 * JSON type alone, and the web app's (both, the GraphQL one first). Any other Accept is passed on.
 */
const CONTENT_TYPES = new Map([
  ['*/*', 'application/json; charset=utf-8'],
  ['application/json', 'application/json; charset=utf-8'],
  ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
  ['application/graphql-response+json, application/json', 'application/graphql-response+json; charset=utf-8'],
]);

/**
 * The request as a front may take it, or undefined for anything it cannot decide exactly as the
 * runtime would: not a POST to the GraphQL path, a browser's Origin (CORS), an API key or internal
 * token, another Accept header, a bearer token not verified lately, a caller locked out after
 * failed authentications, a batch, or extensions other than a trusted document's hash.
 */
export function frontRequestOf(req: IncomingMessage, body: unknown, options: FrontRequestOptions): FrontRequest | undefined {
  if (req.method !== 'POST' || req.url !== options.graphqlPath) return undefined;
  const { headers } = req;
  if (headers.origin !== undefined || headers[API_KEY_HEADER] !== undefined || headers[INTERNAL_TOKEN_HEADER] !== undefined) return undefined;
  const contentType = CONTENT_TYPES.get(headers.accept ?? '');
  if (!contentType) return undefined;
  const authorization = headers.authorization ?? null;
  const identity = options.authenticate.alreadyVerified?.(authorization);
  if (!identity) return undefined;
  if (authorization !== null && options.authFailures.retryAfter([`address:${options.clientAddressOf(req) ?? 'unknown'}`]) !== null) return undefined;
  const operation = operationParams(body, options.trustedDocuments);
  return operation && { identity, contentType, operation };
}

/**
 * The request's document, operation name and variables, when it is one plain operation: its
 * `query`, or a trusted document sent by hash alone (`extensions.persistedQuery`, version 1, and
 * nothing else in `extensions`), whose text is what the runtime runs.
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

/** What a front tells the request log and the metrics of each answer it writes. */
export interface FrontAnswer {
  requestId: string;
  subject: string;
  operationName: string | undefined;
  statusCode: number;
  durationMs: number;
}
