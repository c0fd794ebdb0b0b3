import { request as httpRequest } from 'node:http';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@edhr/kit';
import { AUTH_SECRET, startHarness, tokenFor, type Harness } from './harness';

/**
 * Hostile input at the HTTP edge, probed through the running federation: every refusal is a
 * JSON GraphQL error with a code and the status it documents, happens before authentication,
 * planning or any subgraph call, and never repeats the request or names a file.
 */

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

/**
 * One HTTP request by hand: `chunks` streams a body of that many chunks with no Content-Length
 * (chunked transfer encoding), stopping as soon as the server answers; `localAddress` sends it
 * from another loopback address.
 */
function send(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; chunks?: { count: number; size: number }; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(url, { method: options.method ?? 'POST', headers: options.headers, localAddress: options.localAddress }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let json: RawResponse['json'] = {};
        try {
          json = JSON.parse(text) as RawResponse['json'];
        } catch {
          // Left empty: the test says what it expected.
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    // Once answered, the server may close the connection under a body still being written.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (options.chunks) {
      const chunk = Buffer.alloc(options.chunks.size, 'x');
      let sent = 0;
      const writeMore = () => {
        while (!answered && !req.destroyed && sent < options.chunks!.count) {
          sent++;
          if (!req.write(chunk)) {
            req.once('drain', writeMore);
            return;
          }
        }
        if (!answered && !req.destroyed) req.end();
      };
      req.write('{"query":"{ organisations { id } }","variables":{"v":"');
      writeMore();
    } else {
      req.end(options.body);
    }
  });
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** A value nested `depth` levels deep, as JSON text: 20 KB for 10,000 levels. */
const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepBody = (depth: number) => `{"query":"query ($v: JSON) { organisations { id } }","variables":{"v":${deepJson(depth)}}}`;

/** Nothing of the request, and no file path or stack, in an answer. */
function expectNoEcho(response: RawResponse, ...sent: string[]) {
  for (const fragment of sent) expect(response.text).not.toContain(fragment);
  expect(response.text).not.toMatch(/<html|<pre>|node_modules|\.ts:\d+|\.js:\d+|\bat \w+ \(|\/src\//i);
}

const codeOf = (response: { json?: RawResponse['json']; body?: RawResponse['json'] }) => (response.json ?? response.body)?.errors?.[0]?.extensions?.code;

const token = (claims: Record<string, unknown>) =>
  new SignJWT({ roles: ['staff'], ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('probe').sign(new TextEncoder().encode(AUTH_SECRET));
const now = () => Math.floor(Date.now() / 1000);

describe('hostile input at the edge', { timeout: 240_000 }, () => {
  let harness: Harness;
  let gateway: string;
  let subgraph: string;
  let admin: string;
  beforeAll(async () => {
    harness = await startHarness({ limits: { requestsPerMinute: 100_000, authFailuresPerMinute: 8 } });
    gateway = harness.federation.gatewayUrl;
    subgraph = harness.federation.subgraphs.find((s) => s.name === 'organisational-processes')!.url;
    admin = await tokenFor(['admin']);
  });
  afterAll(async () => {
    await harness?.stop();
  });

  describe('deeply nested JSON', () => {
    it('is refused at the gateway with 400 REQUEST_TOO_DEEP, before authentication, and the gateway keeps answering', async () => {
      const anonymous = await send(gateway, { headers: { 'content-type': 'application/json' }, body: deepBody(10_000) });
      expect(anonymous.status).toBe(400);
      expect(codeOf(anonymous)).toBe('REQUEST_TOO_DEEP');
      expectNoEcho(anonymous, '[[[[');
      // Refused before the credential is even looked at (a forged token would otherwise be 401).
      const forged = await send(gateway, { headers: { 'content-type': 'application/json', authorization: 'Bearer a.b.c' }, body: deepBody(10_000) });
      expect(forged.status).toBe(400);
      expect(codeOf(forged)).toBe('REQUEST_TOO_DEEP');
      const inGet = await send(`${gateway}?query=${encodeURIComponent('{ organisations { id } }')}&variables=${encodeURIComponent(`{"v":${deepJson(2_000)}}`)}`, {
        method: 'GET',
      });
      expect(inGet.status).toBe(400);
      expect(codeOf(inGet)).toBe('REQUEST_TOO_DEEP');
      const after = await harness.query('{ organisations { id } }');
      expect(after.status).toBe(200);
      expect(after.body.data.organisations).toHaveLength(3);
    });

    it('in the document itself is refused the same way, before the parser could overflow', async () => {
      const document = '{a'.repeat(2_400) + '}'.repeat(2_400);
      const response = await send(gateway, json({ query: document }));
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('REQUEST_TOO_DEEP');
      expect((await send(subgraph, json({ query: document }))).status).toBe(400);
      expect((await harness.query('{ organisations { id } }')).status).toBe(200);
    });

    it('within the bound, reaches the schema as usual', async () => {
      const { body } = await harness.query('{ organisations { id } }', { variables: { unused: JSON.parse(deepJson(60)) as unknown } });
      expect(body.data?.organisations).toHaveLength(3);
    });

    it('is refused by a subgraph too, before its token check', async () => {
      const response = await send(subgraph, { headers: { 'content-type': 'application/json' }, body: deepBody(10_000) });
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('REQUEST_TOO_DEEP');
      expectNoEcho(response, '[[[[');
    });
  });

  describe('body size', () => {
    it('counts the bytes read: a chunked 20 MB body is refused with 413 at the gateway', async () => {
      const response = await send(gateway, { headers: { 'content-type': 'application/json' }, chunks: { count: 320, size: 64 * 1024 } });
      expect(response.status).toBe(413);
      expect(codeOf(response)).toBe('PAYLOAD_TOO_LARGE');
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expectNoEcho(response, 'xxxxxxxx');
      expect((await harness.query('{ organisations { id } }')).status).toBe(200);
    });

    it('and at a subgraph, chunked or declared, as JSON with a code, never Express’s page', async () => {
      const chunked = await send(subgraph, { headers: { 'content-type': 'application/json' }, chunks: { count: 64, size: 64 * 1024 } });
      expect(chunked.status).toBe(413);
      expect(codeOf(chunked)).toBe('PAYLOAD_TOO_LARGE');
      expectNoEcho(chunked, 'xxxxxxxx');
      const declared = await send(subgraph, json({ query: '{ organisations { id } }', variables: { v: 'y'.repeat(5_000_000) } }));
      expect(declared.status).toBe(413);
      expect(codeOf(declared)).toBe('PAYLOAD_TOO_LARGE');
      expectNoEcho(declared, 'yyyyyyyy');
    });

    it('a malformed body at a subgraph is a JSON error that repeats nothing', async () => {
      const response = await send(subgraph, { headers: { 'content-type': 'application/json' }, body: '{"query": "SECRET-TEXT' });
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('BAD_REQUEST');
      expectNoEcho(response, 'SECRET-TEXT');
    });
  });

  describe('bearer tokens', () => {
    it.each([
      ['without an expiry', () => token({ iat: now() })],
      ['issued a year in the future', () => token({ iat: now() + 31_536_000, exp: now() + 31_536_000 + 600 })],
      ['valid for more than 24 hours', () => token({ iat: now(), exp: now() + 2 * 86_400 })],
    ])('refuses a token %s with 401', async (_case, make) => {
      const response = await harness.query('{ organisations { id } }', { token: await make() });
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
    });

    it('refuses an empty Authorization header with 401 instead of treating it as the public role', async () => {
      const response = await send(gateway, json({ query: '{ organisations { id } }' }, { authorization: '' }));
      expect(response.status).toBe(401);
      expect(codeOf(response)).toBe('UNAUTHENTICATED');
      const blank = await send(gateway, json({ query: '{ organisations { id } }' }, { authorization: '   ' }));
      expect(blank.status).toBe(401);
    });

    it('a subgraph refuses an internal token without an expiry', async () => {
      const secret = harness.federation.internalTokenSecret;
      const noExpiry = await new SignJWT({ roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('probe')
        .setIssuer('edhr-gateway')
        .setAudience('edhr-subgraph')
        .setIssuedAt()
        .sign(new TextEncoder().encode(secret));
      const refused = await send(subgraph, json({ query: '{ organisations { id } }' }, { [INTERNAL_TOKEN_HEADER]: noExpiry }));
      expect(refused.status).toBe(401);
      const valid = await signInternalToken({ subject: 'probe', roles: ['admin'] }, secret);
      expect((await send(subgraph, json({ query: '{ organisations { id } }' }, { [INTERNAL_TOKEN_HEADER]: valid }))).status).toBe(200);
    });
  });

  describe('query limits', () => {
    const accept = (type: string) => ({ accept: type });
    const deep = '{ strategies { themes { objectives { kpis { measurements { kpi { objective { theme { strategy { themes { objectives { kpis { id } } } } } } } } } } } } }';

    it('count every alias, __typename included', async () => {
      const aliases = Array.from({ length: 1_600 }, (_, i) => `t${i}: __typename`).join(' ');
      const response = await harness.query(`{ ${aliases} }`, { headers: accept('application/json') });
      expect(response.body.data).toBeUndefined();
      expect(codeOf(response)).toBe('TOO_MANY_ALIASES');
      expect(response.body.errors?.[0]?.message).toMatch(/^Aliases limit of 15 exceeded, found 1600\.$/);
    });

    it('answer 400 with a code for application/graphql-response+json, and 200 with the same error for application/json', async () => {
      const documents: [string, string][] = [
        [deep, 'QUERY_TOO_DEEP'],
        [`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: organisations { id }`).join(' ')} }`, 'TOO_MANY_ALIASES'],
        [`{ organisations { ${Array.from({ length: 5_100 }, () => 'id').join(' ')} } }`, 'TOO_MANY_TOKENS'],
      ];
      for (const [document, code] of documents) {
        const modern = await harness.query(document, { headers: accept('application/graphql-response+json') });
        expect(modern.status, code).toBe(400);
        expect(modern.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
        expect(codeOf(modern)).toBe(code);
        expect(modern.body.errors?.[0]?.message).not.toMatch(/Syntax Error/);
        const legacy = await harness.query(document, { headers: accept('application/json') });
        expect(legacy.status, code).toBe(200);
        expect(codeOf(legacy)).toBe(code);
        // No Accept header at all counts as application/json, as the spec says.
        const unstated = await send(gateway, json({ query: document }));
        expect(unstated.status, code).toBe(200);
        expect(unstated.headers['content-type']).toMatch(/^application\/json/);
        expect(codeOf(unstated)).toBe(code);
      }
    });

    it('answers a cost or directive refusal with its code too', async () => {
      // 1,500 scalars ten levels down: about 1,500 × 1.5¹⁰ ≈ 86,000 against a limit of 20,000.
      const costly = `${'{ a '.repeat(10)}{ ${'id '.repeat(1_500)}}${' }'.repeat(10)}`;
      const directives = `{ organisations { ${'id @include(if: true) name @skip(if: false) '.repeat(30)}} }`;
      const refusals = await Promise.all([costly, directives].map((d) => harness.query(d, { headers: accept('application/graphql-response+json') })));
      expect(refusals.map((r) => r.status)).toEqual([400, 400]);
      expect(refusals[0]!.body.errors?.map((e) => e.extensions?.code)).toContain('QUERY_TOO_COSTLY');
      expect(refusals[1]!.body.errors?.map((e) => e.extensions?.code)).toContain('TOO_MANY_DIRECTIVES');
    });
  });

  describe('cross-site requests', () => {
    // Harmless if it ran: an empty manifest is refused by validation, after the role check.
    const mutation = 'mutation { registerPlugin(manifest: {}) { id } }';

    it('a form-urlencoded or text/plain POST is refused with 415, even with a valid admin token', async () => {
      for (const [type, body] of [
        ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
        ['text/plain', JSON.stringify({ query: mutation })],
        ['multipart/form-data; boundary=b', `--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n${mutation}\r\n--b--\r\n`],
      ]) {
        for (const url of [gateway, subgraph]) {
          const response = await send(url, { headers: { 'content-type': type!, authorization: `Bearer ${admin}` }, body });
          expect(response.status, `${type} → ${url}`).toBe(415);
          expect(codeOf(response)).toBe('UNSUPPORTED_MEDIA_TYPE');
        }
      }
    });

    it('a mutation over GET is refused; a query over GET is answered', async () => {
      const refused = await send(`${gateway}?query=${encodeURIComponent(mutation)}`, { method: 'GET', headers: { authorization: `Bearer ${admin}`, accept: 'application/json' } });
      expect(refused.status).toBe(405);
      const answered = await send(`${gateway}?query=${encodeURIComponent('{ organisations { id } }')}`, { method: 'GET', headers: { accept: 'application/json' } });
      expect(answered.status).toBe(200);
      expect(answered.json.data.organisations).toHaveLength(3);
    });

    it('a subgraph answers a query over GET and refuses a mutation over GET', async () => {
      const headers = {
        [INTERNAL_TOKEN_HEADER]: await signInternalToken({ subject: 'probe', roles: ['admin'] }, harness.federation.internalTokenSecret),
        // Apollo's CSRF prevention wants this header on a GET.
        'apollo-require-preflight': 'true',
      };
      const answered = await send(`${subgraph}?query=${encodeURIComponent('{ organisations { id } }')}`, { method: 'GET', headers });
      expect(answered.status).toBe(200);
      expect(answered.json.data.organisations).toHaveLength(3);
      const refused = await send(`${subgraph}?query=${encodeURIComponent(mutation)}`, { method: 'GET', headers });
      expect(refused.status).toBe(405);
      expect(refused.json.data).toBeUndefined();
      const unprotected = await send(`${subgraph}?query=${encodeURIComponent('{ organisations { id } }')}`, { method: 'GET', headers: { [INTERNAL_TOKEN_HEADER]: headers[INTERNAL_TOKEN_HEADER] } });
      expect(unprotected.status).toBe(400);
    });
  });

  describe('failed authentication', () => {
    const badKey = (n: number) => `edhr_${'ab'.repeat(8)}_${String(n).padStart(43, 'A')}`;

    it('is limited per client address: 429 with Retry-After once the limit is reached', async () => {
      const from = '127.0.0.2';
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const response = await send(gateway, { ...json({ query: '{ organisations { id } }' }, { authorization: 'Bearer not.a.token' }), localAddress: from });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
      const limited = await send(gateway, { ...json({ query: '{ organisations { id } }' }, { authorization: `Bearer ${admin}` }), localAddress: from });
      expect(limited.status).toBe(429);
      expect(codeOf(limited)).toBe('RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Requests without credentials from that address, and credentials from elsewhere, are unaffected.
      expect((await send(gateway, { ...json({ query: '{ organisations { id } }' }), localAddress: from })).status).toBe(200);
      expect((await harness.query('{ organisations { id } }', { token: admin })).status).toBe(200);
    });

    it('is limited per API-key id, from whichever addresses the guesses come', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) {
        const response = await send(gateway, { ...json({ query: '{ organisations { id } }' }, { 'x-api-key': badKey(i) }), localAddress: `127.0.0.${3 + (i % 3)}` });
        statuses.push(response.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429]);
    });
  });
});

describe('a subgraph refusing what the gateway forwards', { timeout: 240_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    // A subgraph bound tighter than the gateway's, so an accepted client request outgrows it.
    harness = await startHarness({ subgraphLimits: { maxBodyBytes: 20_000, maxJsonDepth: 64 } });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('in development, passes on no page, path or piece of the request', async () => {
    const marker = 'FORWARDED-VARIABLE-';
    const response = await send(
      harness.federation.gatewayUrl,
      json({ query: 'query ($id: ID!) { organisation(id: $id) { id } }', variables: { id: marker.repeat(5_000) } }),
    );
    expect(codeOf(response)).toBe('PAYLOAD_TOO_LARGE');
    expectNoEcho(response, marker, 'Express', 'PayloadTooLargeError');
    expect((await harness.query('{ organisations { id } }')).body.data?.organisations).toHaveLength(3);
  });
});

describe('hostile input in production', { timeout: 240_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ production: true, limits: { requestsPerMinute: 100_000 } });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('refuses deep JSON with 400 REQUEST_TOO_DEEP, not an internal error', async () => {
    const response = await send(harness.federation.gatewayUrl, { headers: { 'content-type': 'application/json' }, body: deepBody(10_000) });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('REQUEST_TOO_DEEP');
  });

  it('suggests no enum value, in a literal or in a variable', async () => {
    const literal = await harness.query('{ findings(status: OPN) { __typename } }');
    expect(literal.body.errors?.[0]?.message).toMatch(/OPN/);
    const variable = await harness.query('query ($s: FindingStatus) { findings(status: $s) { __typename } }', { variables: { s: 'OPN' } });
    expect(variable.body.errors?.[0]?.message).toMatch(/OPN/);
    for (const response of [literal, variable]) expect(JSON.stringify(response.body)).not.toMatch(/Did you mean/);
  });

  it('names no subgraph in an error', async () => {
    const refused = await harness.query('{ partnerAgencies { key } }');
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(refused.body)).not.toMatch(/serviceName|organisational-processes|service-delivery|people-culture|"partners"/);
  });
});
