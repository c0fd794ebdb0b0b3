import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, parse, getOperationAST } from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasRole, movableClock, type Identity } from '@edhr/kit';
import { createAuthenticator } from '../auth/authenticate';
import { createAuthFailureLimiter } from '../auth/auth-failure-limiter';
import type { ClientAddressOf } from '../limits/client-address';
import { createRequestRateLimit, type RequestRateLimit } from '../limits/request-rate-limit';
import { frontRequestOf } from './front-request';
import type { PrefetchedAnswers } from './pass-through-learning-plugin';
import { PassThroughRoutes, type PassThroughRoute } from './pass-through-routes';
import { createSubgraphPassThrough, type ForwardedAnswer } from './subgraph-pass-through';

const SECRET = 'p'.repeat(40);
const CLIENT = 'query Q($area: String!) { disparity(area: $area, period: "2024-Q1") { rows } }';
const SUBGRAPH_QUERY = 'query Q($area:String!$period:String){disparity(area:$area period:$period){rows}}';
const DATA = { data: { disparity: { rows: [1, 2] } } };
const RATE_LIMIT = 4;
const GIVEN_TO_RUNTIME = 418;
const addressOf: ClientAddressOf = (req) => req?.socket.remoteAddress ?? null;
const schema = buildSchema('type Query { disparity(area: String!, period: String): Disparity } type Disparity { rows: [Int] }');

/** A gateway's HTTP server that asks the pass-through first and answers 418 for whatever it does not answer, in place of the runtime; and a subgraph. */
describe('the subgraph pass-through', () => {
  const clock = movableClock('2026-12-02T12:00:00Z');
  const authenticate = createAuthenticator({ kind: 'shared-key', secret: SECRET }, clock);
  let routes: PassThroughRoutes;
  let prefetched: PrefetchedAnswers;
  let given: IncomingMessage[];
  let rateLimit: RequestRateLimit;
  let answered: ForwardedAnswer[];
  let subgraphCalls: { headers: IncomingHttpHeaders; body: string }[];
  let subgraphAnswer: { status: number; body: string };
  let gateway: Server;
  let subgraph: Server;
  let gatewayUrl: string;
  let subgraphUrl: string;

  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  };
  beforeAll(async () => {
    subgraph = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        subgraphCalls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(subgraphAnswer.status, { 'content-type': 'application/json' }).end(subgraphAnswer.body);
      });
    });
    gateway = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const passThrough = createSubgraphPassThrough({
          routes,
          prefetched,
          rateLimit,
          passesThrough: (identity: Identity) => hasRole(identity, 'partner'),
          internalTokenFor: async (identity) => `token-for-${identity.subject}`,
          onAnswered: (answer) => answered.push(answer),
        });
        req.headers.accept ??= 'application/json';
        const toRuntime = () => {
          given.push(req);
          res.writeHead(GIVEN_TO_RUNTIME).end();
        };
        // As the gateway does: the request taken once, then offered to the pass-through.
        const request = frontRequestOf(req, JSON.parse(Buffer.concat(chunks).toString('utf8')), {
          authenticate,
          authFailures: createAuthFailureLimiter(3, clock),
          clientAddressOf: addressOf,
          graphqlPath: '/graphql',
        });
        if (!request || !passThrough.tryForward(req, res, request, toRuntime)) toRuntime();
      });
    });
    subgraphUrl = await listen(subgraph);
    gatewayUrl = await listen(gateway);
  });
  afterAll(async () => {
    await Promise.all([gateway, subgraph].map((server) => new Promise((resolve) => server.close(resolve))));
  });
  beforeEach(() => {
    routes = new PassThroughRoutes();
    prefetched = new WeakMap();
    given = [];
    rateLimit = createRequestRateLimit(RATE_LIMIT, addressOf, clock);
    answered = [];
    subgraphCalls = [];
    subgraphAnswer = { status: 200, body: `${JSON.stringify(DATA)}\n` };
  });

  const learn = () => {
    const route: PassThroughRoute = {
      subgraphName: 'partners',
      url: new URL(subgraphUrl),
      query: SUBGRAPH_QUERY,
      operationName: 'Q',
      constants: { period: '2024-Q1' },
      forwarded: ['area'],
      headers: { accept: 'application/graphql-response+json, application/json' },
      schema,
      variableDefinitions: getOperationAST(parse(CLIENT))!.variableDefinitions!,
      clientOperationName: 'Q',
    };
    routes.learn(PassThroughRoutes.keyOf(CLIENT, null), route);
    return route;
  };
  const tokenOf = async (roles: string[], subject = 'analyst-1') => {
    const token = await new SignJWT({ roles, partner_id: 'p-1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + 300)
      .sign(new TextEncoder().encode(SECRET));
    // Verified once, as the runtime verifies it on the caller's first request.
    await authenticate(`Bearer ${token}`);
    return token;
  };
  const ask = (token: string, variables: Record<string, unknown> = { area: 'E1' }, headers: Record<string, string> = {}) =>
    fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query: CLIENT, variables }),
    });

  it("sends a learned operation with the runtime's request and writes the subgraph's data, logged and counted", async () => {
    learn();
    const response = await ask(await tokenOf(['partner']), { area: 'E1' }, { 'x-request-id': 'pt-1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-request-id')).toBe('pt-1');
    const text = await response.text();
    expect(text).toBe(JSON.stringify(DATA));
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(subgraphCalls).toHaveLength(1);
    expect(JSON.parse(subgraphCalls[0]!.body)).toEqual({ query: SUBGRAPH_QUERY, operationName: 'Q', variables: { period: '2024-Q1', area: 'E1' } });
    expect(subgraphCalls[0]!.headers).toMatchObject({
      accept: 'application/graphql-response+json, application/json',
      'x-request-id': 'pt-1',
      'x-edhr-internal-token': 'token-for-analyst-1',
    });
    expect(answered).toEqual([
      { requestId: 'pt-1', subject: 'analyst-1', operationName: 'Q', statusCode: 200, durationMs: expect.any(Number), subgraphName: 'partners', subgraphDurationMs: expect.any(Number) },
    ]);
  });

  it("gives the runtime any answer but data alone, with the subgraph's answer for it to take instead of calling again", async () => {
    const route = learn();
    const token = await tokenOf(['partner']);
    for (const answer of [
      { status: 200, body: '{"data":{"disparity":null},"errors":[{"message":"outside the agreement"}]}' },
      { status: 400, body: '{"errors":[{"message":"bad"}]}' },
      { status: 200, body: '{"data":{"disparity":{"rows":[]}},"extensions":{"x":1}}' },
    ]) {
      subgraphAnswer = answer;
      given = [];
      expect((await ask(token)).status).toBe(GIVEN_TO_RUNTIME);
      expect(given).toHaveLength(1);
      const handed = prefetched.get(given[0]!);
      expect(handed?.route).toBe(route);
      expect(await handed?.answer).toEqual({ status: answer.status, contentType: 'application/json', text: answer.body });
    }
    expect(subgraphCalls).toHaveLength(3);
    expect(answered).toEqual([]);
  });

  it('gives the runtime a failed call, with the failure', async () => {
    const route = learn();
    route.url = new URL('http://127.0.0.1:1/graphql');
    expect((await ask(await tokenOf(['partner']))).status).toBe(GIVEN_TO_RUNTIME);
    await expect(prefetched.get(given[0]!)?.answer).rejects.toThrow();
  });

  it('sends nothing for an operation not learned, an identity the cache serves, variables that do not coerce or hold U+0000, a caller at its limit', async () => {
    const partner = await tokenOf(['partner']);
    expect((await ask(partner)).status).toBe(GIVEN_TO_RUNTIME);
    learn();
    expect((await ask(await tokenOf(['staff'], 'staff-1'))).status).toBe(GIVEN_TO_RUNTIME);
    expect((await ask(partner, { area: { not: 'text' } })).status).toBe(GIVEN_TO_RUNTIME);
    expect((await ask(partner, {})).status).toBe(GIVEN_TO_RUNTIME);
    expect((await ask(partner, { area: 'E\u00001' })).status).toBe(GIVEN_TO_RUNTIME);
    expect(subgraphCalls).toHaveLength(0);
    // The limit counts answered requests; at the limit the runtime refuses in its own words.
    for (let i = 0; i < RATE_LIMIT; i++) expect((await ask(partner)).status).toBe(200);
    expect((await ask(partner)).status).toBe(GIVEN_TO_RUNTIME);
    expect(subgraphCalls).toHaveLength(RATE_LIMIT);
    // None of those given back was handed an answer: the runtime asks the subgraph itself.
    expect(given.every((req) => !prefetched.has(req))).toBe(true);
  });
});
