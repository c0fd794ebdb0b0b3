import { GraphQLError } from 'graphql';
import { hasRole, type Role } from '../auth/identity';
import type { SubgraphContext } from './context';

/** Refuses the operation with FORBIDDEN unless the caller holds one of `allowed`. */
export function requireRole(context: Pick<SubgraphContext, 'identity'>, ...allowed: Role[]): void {
  if (hasRole(context.identity, ...allowed)) return;
  throw new GraphQLError(`This needs one of the roles: ${allowed.join(', ')}.`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}
