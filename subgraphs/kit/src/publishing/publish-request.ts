import { hasRole } from '../auth/identity';
import { requireRole } from '../graphql/require-role';
import type { SubgraphContext } from '../graphql/context';
import type { OrganisationAreas } from '../config/organisation-areas';
import { organisationAreaProblem } from './partners-publishing';
import { badUserInput, forbidden } from '../errors/graphql-errors';

/** The `published` argument every publishing mutation takes, described once. */
export const PUBLISHED_ARGUMENT = {
  nullable: true,
  defaultValue: false,
  description: 'Mark the figures as public (partners then shows them to the public, suppressed). Admin only; default false.',
} as const;

/**
 * Who may ask for a publishing run, and for what: staff or admin; only an admin may mark the
 * figures public (FORBIDDEN); the organisation must have an area (BAD_USER_INPUT). Nothing is
 * read or sent before these pass.
 */
export function checkPublishRequest(context: Pick<SubgraphContext, 'identity'>, areas: OrganisationAreas, organisation: string, published: boolean): void {
  requireRole(context, 'staff', 'admin');
  if (published && !hasRole(context.identity, 'admin')) {
    throw forbidden('Only an admin may publish figures to the public (published: true); staff decide with admins.');
  }
  const noArea = organisationAreaProblem(areas, organisation);
  if (noArea) throw badUserInput(noArea, { field: 'organisation' });
}
