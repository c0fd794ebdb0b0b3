/**
 * A bake-off gateway: `@apollo/gateway` under `@apollo/server`, minimal — the checked-in
 * supergraph SDL, each subgraph at the URL given, the caller's identity header forwarded unchanged
 * to every subgraph call, errors masked as in production. Nothing of the project's runs here.
 */
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { bakeOffGatewayEnv, FORWARDED_HEADER } from './gateway-process-env';

interface Forwarded {
  identity: string;
}

const { port, subgraphUrls, supergraphSdl } = bakeOffGatewayEnv();
const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource<Forwarded>({
      url: subgraphUrls[name] ?? url,
      willSendRequest({ request, context }) {
        // Apollo types the context of its own health checks loosely: only a string is forwarded.
        const identity: unknown = (context as Partial<Forwarded>).identity;
        request.http?.headers.set(FORWARDED_HEADER, typeof identity === 'string' ? identity : '');
      },
    }),
});
const server = new ApolloServer<Forwarded>({ gateway, introspection: false, includeStacktraceInErrorResponses: false });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => {
    const header = req.headers[FORWARDED_HEADER];
    return { identity: typeof header === 'string' ? header : '' };
  },
});
console.error(`apollo gateway listening on ${url}`);
process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
