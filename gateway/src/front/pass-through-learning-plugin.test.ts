import type { IncomingMessage } from 'node:http';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@edhr/kit';
import { passThroughLearningPlugin, type PrefetchedAnswers } from './pass-through-learning-plugin';
import { PassThroughRoutes } from './pass-through-routes';

const URL_OF_PARTNERS = 'http://127.0.0.1:4004/graphql';
const schema = buildSchema('type Query { disparity(area: String!, period: String): Disparity } type Disparity { rows: [Int] }');
const CLIENT = 'query Q($area: String!) { disparity(area: $area, period: "2024-Q1") { rows } }';
const SENT = JSON.stringify({ query: 'query Q($area:String!$period:String){disparity(area:$area period:$period){rows}}', operationName: 'Q', variables: { area: 'E1', period: '2024-Q1' } });
const DATA = { data: { disparity: { rows: [1, 2] } } };

interface Call { body: string; answer: unknown; status?: number }

function setUp() {
  const routes = new PassThroughRoutes();
  const prefetched: PrefetchedAnswers = new WeakMap();
  const lines: string[] = [];
  const logger = createLogger('gateway', 'debug', { write: (line: string) => lines.push(line) });
  const plugin = passThroughLearningPlugin({ routes, prefetched, sampled: () => true, subgraphNameOf: (url) => (url === URL_OF_PARTNERS ? 'partners' : undefined), logger });
  /** One request through the plugin's hooks as the runtime calls them: execute, each subgraph call and its answer, the result. */
  const run = async (calls: Call[], result: unknown = DATA, client = CLIENT, variables: Record<string, unknown> = { area: 'E1' }) => {
    const request = new Request('http://gateway/graphql', { method: 'POST' });
    plugin.onExecute({ args: { schema, document: parse(client), variableValues: variables, contextValue: { request, params: { query: client } } } });
    for (const call of calls) {
      const done = plugin.onFetch({
        url: URL_OF_PARTNERS,
        options: { body: call.body, headers: { accept: 'application/json', 'x-request-id': 'r-1', 'x-edhr-internal-token': 't' } },
        context: { request },
        endResponse: () => {
          throw new Error('a learning request is never answered in place of its call');
        },
      });
      await done?.({ response: new Response(JSON.stringify(call.answer), { status: call.status ?? 200 }), setResponse: () => undefined });
    }
    plugin.onResultProcess({ request, result });
    return routes.routeFor(PassThroughRoutes.keyOf(client, null));
  };
  return { routes, prefetched, plugin, run, lines };
}

describe('passThroughLearningPlugin', () => {
  it("learns an operation answered by one call whose data the client got as it came, with the runtime's request", async () => {
    const { run } = setUp();
    const route = await run([{ body: SENT, answer: DATA }]);
    expect(route).toMatchObject({
      subgraphName: 'partners',
      query: JSON.parse(SENT).query,
      operationName: 'Q',
      constants: { period: '2024-Q1' },
      forwarded: ['area'],
      headers: { accept: 'application/json' },
      clientOperationName: 'Q',
    });
  });

  it('refuses, for good, two calls, an answer the runtime reshaped, another tree, and a client variable sent otherwise', async () => {
    const cases: [string, Call[], unknown][] = [
      ['two calls', [{ body: SENT, answer: DATA }, { body: SENT, answer: DATA }], DATA],
      ['a reshaped answer', [{ body: SENT, answer: { data: { disparity: { rows: [1, 2], __typename: 'Disparity' } } } }], DATA],
      ['another tree', [{ body: SENT.replace('{rows}', '{rows __typename}'), answer: DATA }], DATA],
      ['another literal', [{ body: SENT.replace('"period":"2024-Q1"', '"period":"2024-Q2"'), answer: DATA }], DATA],
      ['a client variable sent otherwise', [{ body: SENT.replace('"area":"E1"', '"area":"E2"'), answer: DATA }], DATA],
    ];
    for (const [label, calls, result] of cases) {
      const { run, routes } = setUp();
      expect(await run(calls, result), label).toBeUndefined();
      expect(routes.settled(PassThroughRoutes.keyOf(CLIENT, null)), label).toBe(true);
      // Settled: even a request that would teach it is not watched again.
      expect(await run([{ body: SENT, answer: DATA }]), label).toBeUndefined();
    }
  });

  it('refuses mutations, and operations with fragments or directives, before any call', async () => {
    for (const client of ['mutation { disparity(area: "E1") { rows } }', 'query { ...F } fragment F on Query { disparity(area: "E1") { rows } }', 'query ($s: Boolean!) { disparity(area: "E1") @skip(if: $s) { rows } }']) {
      const { run, routes } = setUp();
      expect(await run([{ body: SENT, answer: DATA }], DATA, client), client).toBeUndefined();
      expect(routes.settled(PassThroughRoutes.keyOf(client, null)), client).toBe(true);
    }
  });

  it('learns nothing from an answer with errors or another status, and watches the next request', async () => {
    const { run, routes } = setUp();
    const refused = { data: { disparity: null }, errors: [{ message: 'outside the agreement' }] };
    expect(await run([{ body: SENT, answer: refused }], refused)).toBeUndefined();
    expect(await run([{ body: SENT, answer: DATA, status: 500 }])).toBeUndefined();
    expect(routes.settled(PassThroughRoutes.keyOf(CLIENT, null))).toBe(false);
    expect(await run([{ body: SENT, answer: DATA }])).toBeDefined();
  });

  it("gives the runtime the pass-through's answer for the request it sent, and forgets the route when the runtime would send another", async () => {
    const { run, plugin, prefetched, routes, lines } = setUp();
    const route = (await run([{ body: SENT, answer: DATA }]))!;
    const key = PassThroughRoutes.keyOf(CLIENT, null);
    const fetchFor = (req: IncomingMessage, body: string) => {
      let ended: Promise<Response> | undefined;
      plugin.onFetch({ url: URL_OF_PARTNERS, options: { body, headers: {} }, context: { req }, endResponse: (response) => {
          ended = response;
        },
      });
      return ended;
    };
    const answer = Promise.resolve({ status: 200, contentType: 'application/json', text: '{"errors":[{"message":"no"}]}' });
    const req = {} as IncomingMessage;
    prefetched.set(req, { key, route, body: SENT, answer });
    const ended = await fetchFor(req, SENT);
    expect(ended?.status).toBe(200);
    expect(await ended?.text()).toBe('{"errors":[{"message":"no"}]}');
    expect(prefetched.has(req)).toBe(false);

    const other = {} as IncomingMessage;
    prefetched.set(other, { key, route, body: SENT, answer });
    expect(fetchFor(other, SENT.replace('"area":"E1"', '"area":"E9"'))).toBeUndefined();
    expect(routes.routeFor(key)).toBeUndefined();
    expect(lines.join('')).toContain('no longer passes through');
  });
});
