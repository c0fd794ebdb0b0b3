import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';

export interface ResponseCacheKeyParts {
  documentString: string;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  sessionId?: string | null;
}

/**
 * The same parts as the library's default key (the document, the operation name, the variables
 * in a stable order and the caller's session), hashed with node:crypto in the request's own turn:
 * the default hashes through WebCrypto's asynchronous digest, which every cached answer waited on.
 * The parts are written as one JSON array, so no text can move from one part into the next.
 */
export function responseCacheKey(parts: ResponseCacheKeyParts): string {
  return createHash('sha256')
    .update(stableStringify([parts.documentString, parts.operationName ?? null, parts.variableValues ?? {}, parts.sessionId ?? null]))
    .digest('hex');
}
