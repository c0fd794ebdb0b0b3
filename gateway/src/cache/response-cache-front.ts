import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER, requestIdFrom } from '@edhr/kit';
import type { FrontAnswer, FrontRequest } from '../front/front-request';
import type { RequestRateLimit } from '../limits/request-rate-limit';
import { mayCache, RESPONSE_CACHE_HEADER, sessionKeyOf } from './response-cache-plugin';
import { responseCacheKey } from './response-cache-key';
import type { ResponseStore, StoredAnswer } from './response-store';

export interface ResponseCacheFrontOptions {
  store: ResponseStore;
  rateLimit: RequestRateLimit;
  /** Called after each answer the front wrote, for the request log and the metrics. */
  onAnswered(answer: FrontAnswer): void;
}

/**
 * Serves a kept answer straight from the gateway's HTTP server, before the runtime's pipeline: a
 * repeated dashboard then costs what reading the request and writing the bytes cost. Everything
 * the runtime does for a cached answer is done here alike — the same identity (a bearer token only
 * while its verification is kept), the failed-authentication lock-out, the rate limit's count,
 * the same key, the request log line and the HTTP metric — and whatever the front cannot decide
 * exactly as the runtime would is passed on to the runtime untouched: a request `frontRequestOf`
 * cannot take (a token not verified lately, an API key or internal token, a batch, extensions
 * other than a trusted document's hash, another Accept header, a browser's Origin), a caller at
 * its limit, or simply no kept answer. Its
 * answers are therefore exactly the runtime's cached answers, header for header.
 */
export function createResponseCacheFront(options: ResponseCacheFrontOptions) {
  const { store, rateLimit } = options;
  return {
    /** Answers `req`, taken by `frontRequestOf` as `request`, from the cache and returns true, or returns false having written nothing. */
    tryAnswer(req: IncomingMessage, res: ServerResponse, request: FrontRequest): boolean {
      const started = performance.now();
      if (!mayCache(request.identity)) return false;
      const { identity, contentType, operation } = request;
      const answer = store.answerFor(responseCacheKey({ ...operation, sessionId: sessionKeyOf(identity) }));
      if (!answer || rateLimit.exhausted(identity, req)) return false;
      rateLimit.hit(identity, req);
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      write(res, answer, contentType, requestId);
      options.onAnswered({ requestId, subject: identity.subject, operationName: answer.operationName, statusCode: 200, durationMs: performance.now() - started });
      return true;
    },
  };
}

export type ResponseCacheFront = ReturnType<typeof createResponseCacheFront>;

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
