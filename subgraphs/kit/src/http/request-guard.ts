import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '../errors/error-codes';

/**
 * Checks every service runs on a request before anything else reads it: the body is read with
 * a byte budget (whatever the transfer encoding: chunked bodies carry no Content-Length), only
 * JSON is accepted for POST, and JSON nested deeper than a bound is refused by one iterative pass
 * over its bytes, before it is parsed, planned or executed. Refusals are GraphQL errors in JSON
 * with a code, and never repeat the request.
 */
export interface RequestLimits {
  /** Largest body, in bytes actually read. */
  maxBodyBytes: number;
  /**
   * Deepest nesting of arrays and objects in a JSON body or in a GET request's `variables`/`extensions`,
   * and of braces, brackets and parentheses in the GraphQL document (`query`).
   */
  maxJsonDepth: number;
}

/**
 * A subgraph's defaults: 2 MB, above the gateway's 1 MB, since a request the gateway builds
 * (entity representations, forwarded variables) can outgrow the client's; 64 levels, as the gateway.
 */
export const DEFAULT_SUBGRAPH_LIMITS: RequestLimits = { maxBodyBytes: 2_000_000, maxJsonDepth: 64 };

/** What a refused request is answered with. */
export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
  headers?: Record<string, string>;
}

/** Media types a POST may be sent as; anything else (forms, text/plain, application/graphql) is refused. */
export const ACCEPTED_POST_MEDIA_TYPES: readonly string[] = ['application/json', 'application/graphql-response+json'];

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether JSON text nests arrays and objects deeper than `maxDepth`: one pass, no recursion, no
 * parse, O(length), so a 20 KB value nested 10,000 levels deep costs what 20 KB costs. Brackets
 * inside strings do not count. Works on UTF-8 bytes or on a string (the bytes it looks at are
 * ASCII, which never occur inside a multi-byte UTF-8 sequence). Malformed JSON is left to the parser.
 */
export function jsonNestingExceeds(text: Uint8Array | string, maxDepth: number): boolean {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      depth--;
    }
  }
  return false;
}

const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const HASH = 0x23;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/**
 * Whether a GraphQL document nests braces, brackets and parentheses deeper than `maxDepth`,
 * outside strings, block strings and comments: one pass, no recursion. graphql-js parses
 * recursively, so `{a{a{a…` a few thousand levels deep (within any token limit) would overflow
 * its stack before a depth rule could run. Malformed text is left to the parser.
 */
export function graphqlNestingExceeds(document: string, maxDepth: number): boolean {
  let depth = 0;
  const length = document.length;
  for (let i = 0; i < length; i++) {
    const char = document.charCodeAt(i);
    if (char === HASH) {
      while (i + 1 < length && document.charCodeAt(i + 1) !== NEWLINE && document.charCodeAt(i + 1) !== RETURN) i++;
    } else if (char === QUOTE) {
      if (document.startsWith('"""', i)) {
        let j = i + 3;
        while (j < length && !document.startsWith('"""', j)) j += document.startsWith('\\"""', j) ? 4 : 1;
        i = j + 2;
      } else {
        let j = i + 1;
        while (j < length && document.charCodeAt(j) !== QUOTE && document.charCodeAt(j) !== NEWLINE) j += document.charCodeAt(j) === BACKSLASH ? 2 : 1;
        i = j;
      }
    } else if (char === OPEN_BRACE || char === OPEN_BRACKET || char === OPEN_PAREN) {
      if (++depth > maxDepth) return true;
    } else if (char === CLOSE_BRACE || char === CLOSE_BRACKET || char === CLOSE_PAREN) {
      depth--;
    }
  }
  return false;
}

/** A body's JSON value, or undefined when it is not JSON. */
function parseJson(body: Buffer): { value: unknown } | undefined {
  try {
    // Safe: the body's own nesting has been bounded first.
    return { value: JSON.parse(body.toString('utf8')) as unknown };
  } catch {
    return undefined;
  }
}

/** The `query` of a JSON body's value (one operation or a batch), for the document check. */
function documentsIn(value: unknown): string[] {
  const operations = Array.isArray(value) ? (value as unknown[]) : [value];
  return operations.flatMap((operation) => {
    const query = operation !== null && typeof operation === 'object' ? (operation as { query?: unknown }).query : undefined;
    return typeof query === 'string' ? [query] : [];
  });
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | undefined | null): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

export function tooLarge(limits: RequestLimits): Refusal {
  return {
    status: 413,
    code: ErrorCode.PAYLOAD_TOO_LARGE,
    message: `Request body too large: the limit is ${limits.maxBodyBytes} bytes.`,
    // The rest of the body is not read: the connection closes after the answer.
    headers: { connection: 'close' },
  };
}

export function tooDeep(limits: RequestLimits): Refusal {
  return {
    status: 400,
    code: ErrorCode.REQUEST_TOO_DEEP,
    message: `The request is nested too deeply: the limit is ${limits.maxJsonDepth} levels of arrays and objects in JSON, and of brackets in a GraphQL document.`,
  };
}

/**
 * Refuses what a request's method, media type and URL say before its body is read: a POST
 * must be JSON (so a cross-site form or text/plain POST, which a browser sends without asking,
 * is refused), a declared Content-Length must be within the limit, and a GET's JSON parameters
 * must be within the depth bound.
 */
export function refuseBeforeReading(req: IncomingMessage, limits: RequestLimits): Refusal | null {
  if (req.method === 'POST') {
    const mediaType = mediaTypeOf(req.headers['content-type']);
    if (!ACCEPTED_POST_MEDIA_TYPES.includes(mediaType)) {
      return {
        status: 415,
        code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: 'A POST must be sent as application/json (GraphQL over HTTP); use GET for queries without a body.',
        headers: { accept: ACCEPTED_POST_MEDIA_TYPES.join(', ') },
      };
    }
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limits.maxBodyBytes) return tooLarge(limits);
    return null;
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    const query = req.url?.indexOf('?') ?? -1;
    if (query < 0) return null;
    const params = new URLSearchParams(req.url!.slice(query + 1));
    for (const name of ['variables', 'extensions']) {
      for (const value of params.getAll(name)) if (jsonNestingExceeds(value, limits.maxJsonDepth)) return tooDeep(limits);
    }
    for (const query of params.getAll('query')) if (graphqlNestingExceeds(query, limits.maxJsonDepth)) return tooDeep(limits);
  }
  return null;
}

/**
 * Reads a request body, counting the bytes as they arrive; stops reading and resolves `null`
 * as soon as the budget is exceeded, whatever Content-Length said (or did not say).
 */
export function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        cleanUp();
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** A request that passed the guard: its body (null for GET) and, when the body is JSON, its value, parsed once for every later reader. */
export interface GuardedRequest {
  body: Buffer | null;
  json?: { value: unknown };
}

/**
 * Reads and checks a whole request: the refusal to answer with, or the body (empty for GET).
 * Nothing of the request is parsed before the byte and depth bounds hold.
 */
export async function guardRequest(req: IncomingMessage, limits: RequestLimits): Promise<{ refusal: Refusal } | GuardedRequest> {
  const early = refuseBeforeReading(req, limits);
  if (early) return { refusal: early };
  if (req.method !== 'POST') return { body: null };
  const body = await readBoundedBody(req, limits.maxBodyBytes);
  if (body === null) return { refusal: tooLarge(limits) };
  if (jsonNestingExceeds(body, limits.maxJsonDepth)) return { refusal: tooDeep(limits) };
  const json = parseJson(body);
  if (json && documentsIn(json.value).some((query) => graphqlNestingExceeds(query, limits.maxJsonDepth))) return { refusal: tooDeep(limits) };
  return json ? { body, json } : { body };
}

/** Answers with one GraphQL error in JSON; the message is the service's own, never the request's. */
export function sendRefusal(res: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  res.writeHead(refusal.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    ...refusal.headers,
  });
  res.end(body);
}
