import { forbidden } from '../errors/graphql-errors';
import { hasRole, type Role } from '../auth/identity';
import type { SubgraphContext } from './context';

/** Refuses the operation with FORBIDDEN unless the caller holds one of `allowed`. */
export function requireRole(context: Pick<SubgraphContext, 'identity'>, ...allowed: Role[]): void {
  if (hasRole(context.identity, ...allowed)) return;
  throw forbidden(`This needs one of the roles: ${allowed.join(', ')}.`);
}
