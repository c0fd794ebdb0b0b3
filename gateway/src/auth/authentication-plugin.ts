import { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken, type Identity } from '@edhr/kit';
import { AuthenticationError, type Authenticator } from './authenticate';

/**
 * A gateway plugin that authenticates each request before execution and remembers the
 * identity for the upstream calls; an untrustworthy token is refused with 401 rather than
 * quietly downgraded to the public role. Subgraphs calling the graph themselves (e.g. to
 * measure query-based KPIs) present an internal token signed with the shared secret instead.
 */
export function authenticationPlugin(
  authenticate: Authenticator,
  internalTokenSecret: string,
  remember: (request: Request, identity: Identity) => void,
) {
  const identify = async (request: Request): Promise<Identity> => {
    const internal = request.headers.get(INTERNAL_TOKEN_HEADER);
    if (internal === null) return authenticate(request.headers.get('authorization'));
    try {
      return await verifyInternalToken(internal, internalTokenSecret);
    } catch (error) {
      throw new AuthenticationError(`the internal token is not valid: ${(error as Error).message}`);
    }
  };
  return {
    async onContextBuilding({ context }: { context: { request: Request } }) {
      try {
        remember(context.request, await identify(context.request));
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
        });
      }
    },
  };
}
