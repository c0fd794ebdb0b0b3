import { GraphQLError } from 'graphql';
import type { Identity } from '@edhr/kit';
import { AuthenticationError, type Authenticator } from './authenticate';

/**
 * A gateway plugin that authenticates each request before execution and remembers the
 * identity for the upstream calls; an untrustworthy token is refused with 401 rather than
 * quietly downgraded to the public role.
 */
export function authenticationPlugin(authenticate: Authenticator, remember: (request: Request, identity: Identity) => void) {
  return {
    async onContextBuilding({ context }: { context: { request: Request } }) {
      try {
        remember(context.request, await authenticate(context.request.headers.get('authorization')));
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
        });
      }
    },
  };
}
