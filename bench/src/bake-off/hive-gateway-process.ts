/**
 * A bake-off gateway: the Hive Gateway runtime with nothing of the project's around it — no
 * authentication, limits, cache or logging plugins — planning with its JavaScript planner, or with
 * Hive Router's Rust planner when BENCH_QUERY_PLANNER=rust. It forwards the caller's identity
 * header to the subgraphs unchanged, as the Apollo gateway beside it does.
 */
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { bakeOffGatewayEnv, FORWARDED_HEADER } from './gateway-process-env';

const { port, subgraphUrls, supergraphSdl } = bakeOffGatewayEnv();
const gateway = createGatewayRuntime({
  supergraph: supergraphSdl,
  // Identical requests in flight at once are not merged into one subgraph call: autocannon sends
  // identical requests, and neither the project's gateway (a request id per call) nor the Apollo
  // gateway merges them, so the subgraphs do the same work behind every gateway.
  transportEntries: Object.fromEntries(
    Object.entries(subgraphUrls).map(([name, location]) => [name, { location, options: { deduplicateInflightRequests: false } }]),
  ),
  ...(process.env.BENCH_QUERY_PLANNER === 'rust' ? { unifiedGraphHandler } : {}),
  graphqlEndpoint: '/graphql',
  readinessCheckEndpoint: '/health/ready',
  landingPage: false,
  graphiql: false,
  maskedErrors: true,
  logging: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({ [FORWARDED_HEADER]: request.headers.get(FORWARDED_HEADER) ?? '' }),
  },
});
const server = createServer((req, res) => void gateway(req, res));
server.listen(port, '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => void Promise.resolve(gateway.dispose()).then(() => process.exit(0)));
  server.closeAllConnections();
});
