import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { graphqlNestingExceeds, guardRequest, jsonNestingExceeds, mediaTypeOf, readBoundedBody } from '../../src';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** A request as the HTTP server hands it over: a readable stream with method, URL and headers. */
function request(method: string, chunks: string[], headers: Record<string, string> = { 'content-type': 'application/json' }, url = '/graphql') {
  return Object.assign(Readable.from(chunks.map((c) => Buffer.from(c))), { method, url, headers }) as unknown as IncomingMessage;
}

const limits = { maxBodyBytes: 100, maxJsonDepth: 4 };

describe('JSON nesting bound', () => {
  it('counts arrays and objects, up to the limit and not beyond', () => {
    expect(jsonNestingExceeds(nested(4), 4)).toBe(false);
    expect(jsonNestingExceeds(nested(5), 4)).toBe(true);
    expect(jsonNestingExceeds('{"a":[{"b":{"c":1}}]}', 4)).toBe(false);
    expect(jsonNestingExceeds('{"a":[{"b":{"c":[1]}}]}', 4)).toBe(true);
    expect(jsonNestingExceeds('[[],[],[],[]]', 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonNestingExceeds(JSON.stringify({ s: nested(50) }), 1)).toBe(false);
    expect(jsonNestingExceeds(JSON.stringify({ s: `\\"${'['.repeat(50)}` }), 1)).toBe(false);
    expect(jsonNestingExceeds(`{"s":"\\\\"}${'['.repeat(3)}`, 2)).toBe(true);
  });

  it('reads UTF-8 bytes and strings alike', () => {
    const text = JSON.stringify({ 'é🚓': [['ü']] });
    expect(jsonNestingExceeds(Buffer.from(text), 3)).toBe(false);
    expect(jsonNestingExceeds(text, 2)).toBe(true);
  });

  it('stops at the first level too deep, whatever follows: 10,000 levels cost one pass', () => {
    expect(jsonNestingExceeds(`{"variables":{"v":${nested(10_000)}}}`, 64)).toBe(true);
  });
});

describe('GraphQL document nesting bound', () => {
  it('counts braces, brackets and parentheses', () => {
    expect(graphqlNestingExceeds('{ a { b(x: [{ y: 1 }]) { c } } }', 5)).toBe(false);
    expect(graphqlNestingExceeds('{ a { b(x: [{ y: [1] }]) { c } } }', 5)).toBe(true);
  });

  it('ignores them in strings, block strings and comments', () => {
    expect(graphqlNestingExceeds(`{ a(s: "${'{'.repeat(50)}\\" [[[") }`, 2)).toBe(false);
    expect(graphqlNestingExceeds(`{ a(s: """${'{'.repeat(50)} \\""" [[[""") }`, 2)).toBe(false);
    expect(graphqlNestingExceeds(`# ${'{'.repeat(50)}\n{ a }`, 1)).toBe(false);
    expect(graphqlNestingExceeds(`# comment\n{ a { b } }`, 1)).toBe(true);
  });

  it('refuses what would overflow the parser: {a{a{a… 2,400 levels in 4,800 tokens', async () => {
    const document = '{a'.repeat(2_400) + '}'.repeat(2_400);
    expect(graphqlNestingExceeds(document, 64)).toBe(true);
    const roomy = { maxBodyBytes: 100_000, maxJsonDepth: 64 };
    expect(await guardRequest(request('POST', [JSON.stringify({ query: document })]), roomy)).toMatchObject({ refusal: { code: 'REQUEST_TOO_DEEP' } });
    expect(await guardRequest(request('POST', [JSON.stringify([{ query: '{a}' }, { query: document }])]), roomy)).toMatchObject({ refusal: { code: 'REQUEST_TOO_DEEP' } });
    expect(await guardRequest(request('GET', [], {}, `/graphql?query=${encodeURIComponent(document)}`), roomy)).toMatchObject({ refusal: { code: 'REQUEST_TOO_DEEP' } });
  });
});

describe('request guard', () => {
  it('takes the media type without its parameters', () => {
    expect(mediaTypeOf('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(mediaTypeOf(undefined)).toBe('');
  });

  it('reads a body in chunks within the budget, and stops as soon as it is exceeded', async () => {
    expect((await readBoundedBody(request('POST', ['{"a"', ':1}']), 10))?.toString()).toBe('{"a":1}');
    expect(await readBoundedBody(request('POST', ['x'.repeat(60), 'x'.repeat(60), 'never read']), 100)).toBeNull();
  });

  it('refuses a body over the limit with no Content-Length (chunked), 413', async () => {
    const checked = await guardRequest(request('POST', Array.from({ length: 10 }, () => 'x'.repeat(20))), limits);
    expect(checked).toMatchObject({ refusal: { status: 413, code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const checked = await guardRequest(request('POST', [], { 'content-type': 'application/json', 'content-length': '101' }), limits);
    expect(checked).toMatchObject({ refusal: { status: 413 } });
  });

  it('refuses JSON nested too deeply with 400 REQUEST_TOO_DEEP, in a body or a GET parameter', async () => {
    expect(await guardRequest(request('POST', [`{"variables":{"v":${nested(4)}}}`]), limits)).toMatchObject({
      refusal: { status: 400, code: 'REQUEST_TOO_DEEP' },
    });
    const deepGet = `/graphql?query=%7Ba%7D&variables=${encodeURIComponent(`{"v":${nested(4)}}`)}`;
    expect(await guardRequest(request('GET', [], {}, deepGet), limits)).toMatchObject({ refusal: { status: 400, code: 'REQUEST_TOO_DEEP' } });
    const deepExtensions = `/graphql?query=%7Ba%7D&extensions=${encodeURIComponent(nested(5))}`;
    expect(await guardRequest(request('GET', [], {}, deepExtensions), limits)).toMatchObject({ refusal: { code: 'REQUEST_TOO_DEEP' } });
    expect(await guardRequest(request('GET', [], {}, '/graphql?query=%7Ba%7D&variables=%7B%7D'), limits)).toEqual({ body: null });
  });

  it('accepts a POST only as JSON: forms, text/plain and application/graphql are refused with 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'application/graphql', '']) {
      const checked = await guardRequest(request('POST', ['query=%7Ba%7D'], { 'content-type': type }), limits);
      expect(checked).toMatchObject({ refusal: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' } });
    }
    for (const type of ['application/json', 'application/json; charset=utf-8', 'application/graphql-response+json']) {
      const checked = await guardRequest(request('POST', ['{"query":"{a}"}'], { 'content-type': type }), limits);
      expect(checked).toMatchObject({ body: Buffer.from('{"query":"{a}"}') });
    }
  });

  it('never repeats the request in a refusal', async () => {
    const secret = 'SECRET-IN-THE-BODY';
    const checked = await guardRequest(request('POST', [`{"query":"${secret}", "v": ${nested(9)}}`]), limits);
    expect(JSON.stringify(checked)).not.toContain(secret);
  });
});
