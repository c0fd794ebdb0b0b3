/**
 * Every error code the subgraphs and the gateway send, in `extensions.code` of a GraphQL error or
 * in the body of an HTTP refusal. Clients branch on these strings, so they are part of the public contract:
 * add a code here, never spell one out where the error is built.
 */
export const ErrorCode = {
  /** An argument or input field is invalid; `field` (and often `problems`) name what and why. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** No valid credentials (HTTP 401). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller's role or scope does not allow it (HTTP 403). */
  FORBIDDEN: 'FORBIDDEN',
  /** What the operation names does not exist, or is not current. */
  NOT_FOUND: 'NOT_FOUND',
  /** The stored state refuses it: a stale `expectedVersion`, a duplicate, a registry conflict (see {@link ConflictReason}). */
  CONFLICT: 'CONFLICT',
  /** Something the operation needs is down or busy; trying again later may succeed. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The HTTP request itself is malformed: not JSON, or (at the gateway) carrying both a bearer token and an API key. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is over the size limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The request nests deeper than the limit. */
  REQUEST_TOO_DEEP: 'REQUEST_TOO_DEEP',
  /** The gateway's depth limit: the query selects fields nested deeper than `GATEWAY_MAX_DEPTH`. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** The gateway's cost limit: the query's estimated cost is over `GATEWAY_MAX_COST`. */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** The gateway's alias limit: more aliases than `GATEWAY_MAX_ALIASES`. */
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  /** The gateway's directive limit: more directives than `GATEWAY_MAX_DIRECTIVES`. */
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  /** The gateway's token limit: the document has more tokens than `GATEWAY_MAX_TOKENS`. */
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  /** The request body is not `application/json` (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** Too many requests, or failed authentications, from one caller in a minute (HTTP 429, with `Retry-After`). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The gateway's abuse penalty: this client address sent too many refused requests (HTTP 429, with `Retry-After`). */
  TOO_MANY_REFUSALS: 'TOO_MANY_REFUSALS',
  /** A fault on the server's side; the message says nothing more. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Why a CONFLICT was refused, in `extensions.reason`: the plugin registry's refusals. */
export const ConflictReason = {
  /** The same id and version, with other content. */
  CONTENT_CHANGED: 'CONTENT_CHANGED',
  /** A lower version than the registered one, without an explicit rollback. */
  DOWNGRADE: 'DOWNGRADE',
  /** Other content (another strategy or organisation) under a registered id, not declared and confirmed as a replacement. */
  TAKEOVER: 'TAKEOVER',
  /** The change would break plugins that depend on this one. */
  DEPENDENTS: 'DEPENDENTS',
  /** Enabling a plugin whose dependencies are disabled. */
  DEPENDENCIES: 'DEPENDENCIES',
} as const;
export type ConflictReason = (typeof ConflictReason)[keyof typeof ConflictReason];
