import type { Identity } from '../auth/identity';
import { organisationAreasFromEnv, type OrganisationAreas } from '../config/organisation-areas';
import type { Logger } from '../logging/logger';
import type { ServicesContext } from '../service/subgraph-module';
import type { AggregateDelivery } from './aggregate-delivery.type';
import type { PartnersTarget } from './partners-publisher';

/** What a publishing subgraph needs besides its data: the area of each organisation and where partners is. */
export interface PartnersPublishing {
  areas: OrganisationAreas;
  /** Null when this process has no secret to sign a service token with (a command run without one). */
  partners: PartnersTarget | null;
  /** Who partners sees publishing: the subgraph, with the service role; it keeps the figures under this name. */
  publisher: Identity;
}

/**
 * The publishing settings of subgraph `name`: `ORGANISATION_AREAS` from the context's environment,
 * and the partners subgraph at its peer URL, signed with the context's secret and clock.
 */
export function partnersPublishingFrom(name: string, context: ServicesContext): PartnersPublishing {
  return {
    areas: organisationAreasFromEnv(context.env),
    partners: context.internalTokenSecret ? { url: context.peers.partners, secret: context.internalTokenSecret, clock: context.clock } : null,
    publisher: { subject: name, roles: ['service'] },
  };
}

/**
 * PUBLISHED: partners holds every row sent (identical rows count as unchanged). NOTHING_TO_PUBLISH:
 * nothing to send. REFUSED: the organisation has no area, or partners refused the rows or the token.
 * FAILED: partners unreachable or failing after a bounded retry, or the figures could not be read.
 * NOT_CONFIGURED: this process has no partners subgraph to call.
 */
export type PublishStatus = 'PUBLISHED' | 'NOTHING_TO_PUBLISH' | 'REFUSED' | 'FAILED' | 'NOT_CONFIGURED';

/** The part of every publishing result that is not the dataset's own: where, how it went, what partners did. */
export interface PublishOutcome extends AggregateDelivery {
  status: PublishStatus;
  organisation: string;
  /** ONS area code the figures are published for, null when the organisation has none. */
  area: string | null;
}

/** A result before anything was sent: nothing to publish, no rows, no attempts. */
export function nothingSent(organisation: string, area: string | null, visibleToPublic: boolean): PublishOutcome {
  return { status: 'NOTHING_TO_PUBLISH', organisation, area, rows: 0, inserted: 0, updated: 0, unchanged: 0, visibleToPublic, attempts: 0, error: null };
}

/** Why an organisation's figures cannot be placed, or null when it has an area. */
export function organisationAreaProblem(areas: OrganisationAreas, organisation: string): string | null {
  if (areas.has(organisation)) return null;
  const known = [...areas.entries()].map(([k, a]) => `${k}=${a}`).join(',') || 'none';
  return (
    `organisation "${organisation}" has no ONS area code, so its figures cannot be published: ` +
    `add "${organisation}=<area code>" to ORGANISATION_AREAS (configured: ${known})`
  );
}

/** One log line per publishing run: info when it published (or had nothing to), a warning otherwise. */
export function logPublishOutcome<R extends PublishOutcome & { notPublished: readonly { count: number }[] }>(
  logger: Logger | undefined,
  what: string,
  result: R,
  extra: Record<string, unknown> = {},
): R {
  const fields = {
    organisation: result.organisation,
    area: result.area,
    ...extra,
    status: result.status,
    rows: result.rows,
    inserted: result.inserted,
    updated: result.updated,
    unchanged: result.unchanged,
    notPublished: result.notPublished.reduce((sum, u) => sum + u.count, 0),
    attempts: result.attempts,
    error: result.error,
  };
  if (result.status === 'PUBLISHED' || result.status === 'NOTHING_TO_PUBLISH') logger?.info(fields, `${what} publish`);
  else logger?.warn(fields, `${what} not published`);
  return result;
}
