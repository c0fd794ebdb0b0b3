import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

/** What an error carries beside its code: `field`, `problems`, `currentVersion`, `reason`, … (never another code). */
export type ErrorExtensions = Record<string, unknown> & { code?: never };

/** A GraphQL error with `code` first in its extensions, then the ones given. */
export function codedError(code: ErrorCode, message: string, extensions: ErrorExtensions = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** Invalid input: say which field in `extensions.field` and why in the message. */
export function badUserInput(message: string, extensions?: ErrorExtensions): GraphQLError {
  return codedError(ErrorCode.BAD_USER_INPUT, message, extensions);
}

export function notFound(message: string, extensions?: ErrorExtensions): GraphQLError {
  return codedError(ErrorCode.NOT_FOUND, message, extensions);
}

/** A stale version or a state that refuses the change; `currentVersion` or `reason` say which. */
export function conflict(message: string, extensions?: ErrorExtensions): GraphQLError {
  return codedError(ErrorCode.CONFLICT, message, extensions);
}

/** Refused for the caller's role or scope; the gateway answers it with HTTP 403. */
export function forbidden(message: string): GraphQLError {
  return codedError(ErrorCode.FORBIDDEN, message, { http: { status: 403 } });
}

/** No valid credentials; answered with HTTP 401. */
export function unauthenticated(message: string): GraphQLError {
  return codedError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

export function serviceUnavailable(message: string, extensions?: ErrorExtensions): GraphQLError {
  return codedError(ErrorCode.SERVICE_UNAVAILABLE, message, extensions);
}

/** Over a rate limit: HTTP 429, with the seconds to wait in `retryAfterSeconds` and in `Retry-After`. */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return codedError(ErrorCode.RATE_LIMITED, message, {
    retryAfterSeconds,
    http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
  });
}
