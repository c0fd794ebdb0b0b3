import type { ServicesContext } from '@edhr/kit';
import type { ServiceCallSettings } from './peers/service-calls/service-identity';

/** What organisational-processes' resolvers, background work and commands use besides the database. */
export interface OrganisationalProcessesServices {
  /** How to call the gateway and people-culture; null without a secret to sign service tokens with. */
  serviceCalls: ServiceCallSettings | null;
}

/** Built once at start (and by `npm run kpis:refresh`) from the peers and the secret. */
export function createOrganisationalProcessesServices(context: ServicesContext): OrganisationalProcessesServices {
  return { serviceCalls: context.internalTokenSecret ? { internalTokenSecret: context.internalTokenSecret, peers: context.peers } : null };
}
