import { INTERNAL_TOKEN_HEADER, signInternalToken, type Clock, type PeerUrls } from '@edhr/kit';

/** Who this subgraph is when it calls the gateway or another subgraph itself. */
export const SERVICE_IDENTITY = { subject: 'organisational-processes', roles: ['service' as const] };

export interface ServiceCallSettings {
  internalTokenSecret: string;
  peers: PeerUrls;
}

let settings: ServiceCallSettings | undefined;

/** Set once at start-up from what the subgraph was started with. */
export function configureServiceCalls(value: ServiceCallSettings): void {
  settings = value;
}

/** The settings service calls use; undefined until the subgraph has started. */
export function serviceCallSettings(): ServiceCallSettings | undefined {
  return settings;
}

/**
 * Headers carrying a freshly signed service token (tokens live a minute, so sign one per call),
 * signed by the clock the federation verifies with.
 */
export async function serviceHeaders(secret: string, clock: Clock): Promise<Record<string, string>> {
  return { [INTERNAL_TOKEN_HEADER]: await signInternalToken(SERVICE_IDENTITY, secret, clock) };
}
