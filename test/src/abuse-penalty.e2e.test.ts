import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ABUSE_PENALTY } from '@edhr/gateway';
import type { Clock } from '@edhr/kit';
import { startHarness, type Harness } from './harness';

/**
 * The abuse penalty through a running gateway over HTTP: an address that keeps sending refused
 * requests is answered 429 at once (after the tarpit's hold, its body never read) while other
 * addresses are served, and is served again after the cool-down. Linux routes all of
 * 127.0.0.0/8 to loopback, so each client binds an address of its own with `localAddress`.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
  /** Milliseconds from sending to the end of the answer. */
  ms: number;
  /** Body bytes written before the answer arrived (chunked uploads). */
  bodyBytesWritten: number;
}

/** One POST from `localAddress`: a JSON body, or a chunked upload of `chunkedBytes` that stops once answered. */
function post(url: string, localAddress: string, body: string | { chunkedBytes: number }, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const begun = performance.now();
    let answered = false;
    let written = 0;
    const req = httpRequest(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      answered = true;
      const writtenWhenAnswered = written;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, json: JSON.parse(text) as Answer['json'], ms: performance.now() - begun, bodyBytesWritten: writtenWhenAnswered });
      });
    });
    // Once answered, the server may close the connection under a body still being written.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.setTimeout(60_000, () => req.destroy(new Error('no answer in 60 s')));
    if (typeof body === 'string') {
      req.end(body);
      return;
    }
    const chunk = Buffer.alloc(64 * 1024, 'x');
    req.write('{"query":"{ __typename }","variables":{"v":"');
    const writeMore = () => {
      while (!answered && !req.destroyed && written < body.chunkedBytes) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', writeMore);
          return;
        }
      }
      if (!answered && !req.destroyed) req.end('"}}');
    };
    writeMore();
  });
}

const ordinary = JSON.stringify({ query: '{ organisations { id } }' });
const codeOf = (answer: Answer) => answer.json.errors?.[0]?.extensions?.code as string | undefined;

describe('the abuse penalty', { timeout: 180_000 }, () => {
  let harness: Harness;
  let url: string;
  let now = Date.parse('2026-12-02T02:30:00Z');
  const clock: Clock = { now: () => new Date(now) };
  const TARPIT_MS = 400;
  beforeAll(async () => {
    harness = await startHarness({
      clock,
      limits: {
        requestsPerMinute: 100_000,
        maxBodyBytes: 20_000,
        abusePenalty: { ...DEFAULT_ABUSE_PENALTY, refusals: 5, windowSeconds: 60, coolDownSeconds: 30, tarpitMs: TARPIT_MS },
      },
    });
    url = harness.federation.gatewayUrl;
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('counts neither answered requests nor ordinary errors', async () => {
    for (let i = 0; i < 8; i++) expect((await post(url, '127.0.0.4', ordinary)).status).toBe(200);
    for (let i = 0; i < 8; i++) {
      const invalid = await post(url, '127.0.0.4', JSON.stringify({ query: '{ noSuchField }' }));
      expect(codeOf(invalid)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const after = await post(url, '127.0.0.4', ordinary);
    expect(after.status).toBe(200);
    expect(after.json.data.organisations).toHaveLength(3);
  });

  it('penalises an address after five refusals, serves another meanwhile, and serves it again after the cool-down', async () => {
    const attacker = '127.0.0.2';
    // Refused at the edge (body bounds) and by the runtime (limits, authentication): all count.
    const refusals = [
      await post(url, attacker, `{"query":"{ __typename }","variables":{"v":${'['.repeat(1_000)}${']'.repeat(1_000)}}}`),
      await post(url, attacker, { chunkedBytes: 1_000_000 }),
      await post(url, attacker, JSON.stringify({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }` })),
      await post(url, attacker, ordinary, { authorization: 'Bearer not.a.token' }),
      await post(url, attacker, ordinary, { authorization: 'Bearer still.not.one' }),
    ];
    expect(refusals.map((r) => [r.status, codeOf(r)])).toEqual([
      [400, 'REQUEST_TOO_DEEP'],
      [413, 'PAYLOAD_TOO_LARGE'],
      [200, 'TOO_MANY_ALIASES'],
      [401, 'UNAUTHENTICATED'],
      [401, 'UNAUTHENTICATED'],
    ]);

    // Now even an ordinary query from that address is answered 429, after the tarpit's hold.
    const penalised = await post(url, attacker, ordinary);
    expect(penalised.status).toBe(429);
    expect(codeOf(penalised)).toBe('TOO_MANY_REFUSALS');
    expect(penalised.headers['retry-after']).toBe('30');
    expect(penalised.headers.connection).toBe('close');
    expect(penalised.json.data).toBeUndefined();
    expect(penalised.ms).toBeGreaterThanOrEqual(TARPIT_MS - 20);

    // A chunked upload is cut off: answered while most of its 20 MB is still unsent, nothing of it read.
    const upload = await post(url, attacker, { chunkedBytes: 20 * 1024 * 1024 });
    expect(upload.status).toBe(429);
    expect(codeOf(upload)).toBe('TOO_MANY_REFUSALS');
    expect(upload.bodyBytesWritten).toBeLessThan(10 * 1024 * 1024);

    // Meanwhile another address is served as usual, at once.
    const neighbour = await post(url, '127.0.0.3', ordinary);
    expect(neighbour.status).toBe(200);
    expect(neighbour.json.data.organisations).toHaveLength(3);

    // The penalty counts down by the gateway's clock, and a request during it does not extend it.
    now += 20_000;
    const later = await post(url, attacker, ordinary);
    expect(later.status).toBe(429);
    expect(later.headers['retry-after']).toBe('10');
    now += 10_000;
    const served = await post(url, attacker, ordinary);
    expect(served.status).toBe(200);
    expect(served.json.data.organisations).toHaveLength(3);
    expect(served.ms).toBeLessThan(TARPIT_MS * 10);
  });

  it('holds a penalised address’s requests side by side, up to its cap, then answers the rest at once', async () => {
    const attacker = '127.0.0.5';
    for (let i = 0; i < 5; i++) await post(url, attacker, ordinary, { authorization: 'Bearer bad.token.here' });
    // Four held at once (the default cap per address), the next four answered without the hold.
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(url, attacker, ordinary)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(429));
    const held = answers.filter((a) => a.ms >= TARPIT_MS - 20).length;
    expect(held).toBe(DEFAULT_ABUSE_PENALTY.tarpitPerAddress);
  });
});

describe('the abuse penalty behind a trusted proxy', { timeout: 180_000 }, () => {
  let harness: Harness;
  let url: string;
  const proxy = '127.0.0.9';
  beforeAll(async () => {
    harness = await startHarness({
      limits: {
        requestsPerMinute: 100_000,
        abusePenalty: { ...DEFAULT_ABUSE_PENALTY, refusals: 3, windowSeconds: 60, coolDownSeconds: 60, tarpitMs: 50 },
        trustedProxies: [proxy],
      },
    });
    url = harness.federation.gatewayUrl;
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const badToken = { authorization: 'Bearer not.a.token' };

  it('penalises the client the proxy forwards for, not the proxy, and believes no one else’s X-Forwarded-For', async () => {
    // The proxy forwards three refused requests for one client…
    for (let i = 0; i < 3; i++) expect((await post(url, proxy, ordinary, { ...badToken, 'x-forwarded-for': '203.0.113.7' })).status).toBe(401);
    // …which is now penalised, however it prefixes the header, while the proxy's other clients are served.
    const penalised = await post(url, proxy, ordinary, { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' });
    expect([penalised.status, codeOf(penalised)]).toEqual([429, 'TOO_MANY_REFUSALS']);
    const other = await post(url, proxy, ordinary, { 'x-forwarded-for': '203.0.113.8' });
    expect(other.status).toBe(200);
    expect(other.json.data.organisations).toHaveLength(3);

    // A client reaching the gateway directly cannot blame someone else by writing the header.
    const direct = '127.0.0.10';
    for (let i = 0; i < 3; i++) expect((await post(url, direct, ordinary, { ...badToken, 'x-forwarded-for': '203.0.113.9' })).status).toBe(401);
    expect((await post(url, direct, ordinary)).status).toBe(429);
    const blamed = await post(url, proxy, ordinary, { 'x-forwarded-for': '203.0.113.9' });
    expect(blamed.status).toBe(200);
  });
});
