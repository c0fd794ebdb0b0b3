import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { movableClock, PUBLIC_IDENTITY, type Identity } from '@edhr/kit';
import { createAuthenticator } from '../auth/authenticate';
import { createAuthFailureLimiter } from '../auth/auth-failure-limiter';
import type { ClientAddressOf } from '../limits/client-address';
import { createRequestRateLimit, type RequestRateLimit } from '../limits/request-rate-limit';
import { frontRequestOf, type FrontAnswer, type TrustedDocumentsView } from '../front/front-request';
import { createResponseCacheFront } from './response-cache-front';
import { sessionKeyOf } from './response-cache-plugin';
import { responseCacheKey } from './response-cache-key';
import { ResponseStore } from './response-store';

const SECRET = 'f'.repeat(40);
const QUERY = 'query Dashboard($id: ID!) { strategy(id: $id) { title } }';
const VARIABLES = { id: 'wmp' };
const ANSWER = { data: { strategy: { title: 'Équité' } } };
const RATE_LIMIT = 5;
const PASSED_ON = 418;
const addressOf: ClientAddressOf = (req) => req?.socket.remoteAddress ?? null;

/** A server that asks the front first and answers 418 for whatever it passes on, in place of the runtime. */
describe('the response cache front', () => {
  const clock = movableClock('2026-12-02T09:00:00Z');
  const authenticate = createAuthenticator({ kind: 'shared-key', secret: SECRET }, clock);
  let store: ResponseStore;
  let rateLimit: RequestRateLimit;
  let authFailures: ReturnType<typeof createAuthFailureLimiter>;
  let answered: FrontAnswer[];
  let trustedDocuments: TrustedDocumentsView | undefined;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const front = createResponseCacheFront({ store, rateLimit, onAnswered: (answer) => answered.push(answer) });
        req.headers.accept ??= 'application/json';
        const body = Buffer.concat(chunks).toString('utf8');
        // As the gateway does: the request taken once, then offered to the front.
        const request = frontRequestOf(req, body === '' ? undefined : JSON.parse(body), {
          authenticate,
          authFailures,
          clientAddressOf: addressOf,
          graphqlPath: '/graphql',
          trustedDocuments,
        });
        if (request && front.tryAnswer(req, res, request)) return;
        res.writeHead(PASSED_ON).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    store = new ResponseStore({ ttlSeconds: 30, maxEntries: 100, maxBytes: 1_000_000, clock });
    rateLimit = createRequestRateLimit(RATE_LIMIT, addressOf, clock);
    authFailures = createAuthFailureLimiter(3, clock);
    answered = [];
    trustedDocuments = undefined;
  });

  const keep = (identity: Identity, variables: Record<string, unknown> = VARIABLES, operationName: string | null = null) =>
    store.viewForRequest('Dashboard').set(
      responseCacheKey({ documentString: QUERY, operationName, variableValues: variables, sessionId: sessionKeyOf(identity) }),
      structuredClone(ANSWER),
      [],
      Infinity,
    );
  const ask = (init: { body?: unknown; headers?: Record<string, string>; path?: string; method?: string } = {}) =>
    fetch(`${url}${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: (init.method ?? 'POST') === 'POST' ? JSON.stringify(init.body ?? { query: QUERY, variables: VARIABLES }) : undefined,
    });
  const token = (claims: Record<string, unknown>, subject = 'analyst-1', expiresInSeconds = 300) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + expiresInSeconds)
      .sign(new TextEncoder().encode(SECRET));

  it("writes a kept answer with the runtime's headers, logs it and counts it", async () => {
    keep(PUBLIC_IDENTITY);
    const response = await ask({ headers: { 'x-request-id': 'front-1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-request-id')).toBe('front-1');
    expect(response.headers.get('x-edhr-response-cache')).toBe('hit');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(ANSWER);
    expect(answered).toEqual([{ requestId: 'front-1', subject: 'anonymous', operationName: 'Dashboard', statusCode: 200, durationMs: expect.any(Number) }]);
    const graphqlResponse = await ask({ headers: { accept: 'application/graphql-response+json' } });
    expect(graphqlResponse.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
  });

  it('serves a bearer token only once the runtime has verified it, and only while its time claims hold', async () => {
    const staff: Identity = { subject: 'analyst-1', roles: ['staff'], partnerId: undefined, themes: undefined };
    keep(staff);
    const authorization = `Bearer ${await token({ roles: ['staff'] }, 'analyst-1', 120)}`;
    expect((await ask({ headers: { authorization } })).status).toBe(PASSED_ON);
    await authenticate(authorization);
    expect((await ask({ headers: { authorization } })).status).toBe(200);
    // Past its expiry the token goes to the runtime, which refuses it.
    clock.advance(121);
    store = new ResponseStore({ ttlSeconds: 300, maxEntries: 100, maxBytes: 1_000_000, clock });
    keep(staff);
    expect((await ask({ headers: { authorization } })).status).toBe(PASSED_ON);
  });

  it('never answers for another identity, other variables or another operation name', async () => {
    keep(PUBLIC_IDENTITY);
    const other = `Bearer ${await token({ roles: ['staff'] }, 'analyst-2')}`;
    await authenticate(other);
    expect((await ask({ headers: { authorization: other } })).status).toBe(PASSED_ON);
    expect((await ask({ body: { query: QUERY, variables: { id: 'other' } } })).status).toBe(PASSED_ON);
    expect((await ask({ body: { query: QUERY, variables: VARIABLES, operationName: 'Dashboard' } })).status).toBe(PASSED_ON);
    expect((await ask({ body: { query: `${QUERY} `, variables: VARIABLES } })).status).toBe(PASSED_ON);
  });

  it('passes on what the runtime must decide: partners, API keys, internal tokens, extensions, batches, CORS, other media types and paths', async () => {
    const partner = `Bearer ${await token({ roles: ['partner'], partner_id: 'nhs' })}`;
    await authenticate(partner);
    keep({ subject: 'analyst-1', roles: ['partner'], partnerId: 'nhs', themes: undefined });
    keep(PUBLIC_IDENTITY);
    const passedOn: { body?: unknown; headers?: Record<string, string>; path?: string; method?: string }[] = [
      { headers: { authorization: partner } },
      { headers: { 'x-api-key': 'edhr_key.secret' } },
      { headers: { 'x-edhr-internal-token': 'token' } },
      { headers: { origin: 'https://dashboard.example' } },
      { headers: { accept: 'text/event-stream' } },
      { headers: { accept: 'application/json, multipart/mixed' } },
      { body: { query: QUERY, variables: VARIABLES, extensions: { persistedQuery: { version: 1 } } } },
      { body: [{ query: QUERY, variables: VARIABLES }] },
      { path: '/graphql?query=x' },
      { method: 'GET' },
    ];
    for (const init of passedOn) expect((await ask(init)).status, JSON.stringify(init)).toBe(PASSED_ON);
    expect((await ask()).status).toBe(200);
  });

  it('counts each answer against the rate limit and passes the caller on at its limit, for the runtime to refuse', async () => {
    keep(PUBLIC_IDENTITY);
    const statuses = [];
    for (let i = 0; i < RATE_LIMIT + 2; i++) statuses.push((await ask()).status);
    expect(statuses).toEqual([...Array.from({ length: RATE_LIMIT }, () => 200), PASSED_ON, PASSED_ON]);
    // A new minute of the clock, a new count.
    clock.advance(60);
    keep(PUBLIC_IDENTITY);
    expect((await ask()).status).toBe(200);
  });

  it('passes on a token from an address locked out by failed authentications', async () => {
    keep(PUBLIC_IDENTITY);
    const staff: Identity = { subject: 'analyst-1', roles: ['staff'], partnerId: undefined, themes: undefined };
    keep(staff);
    const authorization = `Bearer ${await token({ roles: ['staff'] })}`;
    await authenticate(authorization);
    authFailures.failed(['address:127.0.0.1', 'address:127.0.0.1', 'address:127.0.0.1']);
    expect((await ask({ headers: { authorization } })).status).toBe(PASSED_ON);
    // A request without credentials is not affected by the lock-out, as in the runtime.
    expect((await ask()).status).toBe(200);
  });

  it('looks a trusted document sent by hash up, and with trusted documents only passes on a document sent whole', async () => {
    keep(PUBLIC_IDENTITY);
    const byHash = (sha256Hash: string, extra: Record<string, unknown> = {}) => ({
      variables: VARIABLES,
      extensions: { persistedQuery: { version: 1, sha256Hash, ...extra } },
    });
    expect((await ask({ body: byHash('abc123') })).status).toBe(PASSED_ON);
    trustedDocuments = { documents: new Map([['abc123', QUERY]]), only: false };
    expect((await ask({ body: byHash('abc123') })).status).toBe(200);
    expect((await ask({ body: byHash('unknown') })).status).toBe(PASSED_ON);
    expect((await ask({ body: byHash('abc123', { extra: true }) })).status).toBe(PASSED_ON);
    expect((await ask({ body: { ...byHash('abc123'), query: QUERY } })).status).toBe(PASSED_ON);
    expect((await ask()).status).toBe(200);
    trustedDocuments = { documents: new Map([['abc123', QUERY]]), only: true };
    expect((await ask({ body: byHash('abc123') })).status).toBe(200);
    expect((await ask()).status).toBe(PASSED_ON);
  });

  it('passes on an answer past its TTL', async () => {
    keep(PUBLIC_IDENTITY);
    clock.advance(31);
    expect((await ask()).status).toBe(PASSED_ON);
  });
});
