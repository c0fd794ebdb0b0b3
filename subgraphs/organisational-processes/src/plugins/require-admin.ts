import { GraphQLError } from 'graphql';
import { hasRole, type SubgraphContext } from '@edhr/kit';

/** Plugin administration changes what every user sees, so only admins may do it. */
export function requireAdmin(context: SubgraphContext): void {
  if (!hasRole(context.identity, 'admin')) {
    throw new GraphQLError('Only an administrator may register or enable plugins.', {
      extensions: { code: 'FORBIDDEN' },
    });
  }
}
