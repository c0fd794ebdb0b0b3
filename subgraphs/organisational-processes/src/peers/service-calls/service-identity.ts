import { INTERNAL_TOKEN_HEADER, signInternalToken, type Clock, type PeerUrls, type SubgraphContext } from '@edhr/kit';

/** Who this subgraph is when it calls the gateway or another subgraph itself. */
export const SERVICE_IDENTITY = { subject: 'organisational-processes', roles: ['service' as const] };

export interface ServiceCallSettings {
  internalTokenSecret: string;
  peers: PeerUrls;
}

/** The context of a resolver that calls a peer: service calls are null when the process has no secret. */
export type ServiceCallsContext = SubgraphContext<{ serviceCalls: ServiceCallSettings | null }>;

/**
 * Headers carrying a freshly signed service token (tokens live a minute, so sign one per call),
 * signed by the clock the federation verifies with.
 */
export async function serviceHeaders(secret: string, clock: Clock): Promise<Record<string, string>> {
  return { [INTERNAL_TOKEN_HEADER]: await signInternalToken(SERVICE_IDENTITY, secret, clock) };
}
