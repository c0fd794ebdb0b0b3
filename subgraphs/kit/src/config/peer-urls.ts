import { parseEnv, urlVar } from './env';

/** Where a service reaches the gateway and the other subgraphs when it calls them itself. */
export interface PeerUrls {
  gateway: string;
  'service-delivery': string;
  'people-culture': string;
  'organisational-processes': string;
  partners: string;
}

export const DEFAULT_PEER_URLS: PeerUrls = {
  gateway: 'http://127.0.0.1:4000/graphql',
  'service-delivery': 'http://127.0.0.1:4101/graphql',
  'people-culture': 'http://127.0.0.1:4102/graphql',
  'organisational-processes': 'http://127.0.0.1:4103/graphql',
  partners: 'http://127.0.0.1:4104/graphql',
};

/** Reads GATEWAY_URL, SERVICE_DELIVERY_URL, PEOPLE_CULTURE_URL, ORGANISATIONAL_PROCESSES_URL and PARTNERS_URL. */
export function peerUrlsFromEnv(env: Record<string, string | undefined> = process.env): PeerUrls {
  const d = DEFAULT_PEER_URLS;
  const parsed = parseEnv(
    {
      GATEWAY_URL: urlVar().default(d.gateway),
      SERVICE_DELIVERY_URL: urlVar().default(d['service-delivery']),
      PEOPLE_CULTURE_URL: urlVar().default(d['people-culture']),
      ORGANISATIONAL_PROCESSES_URL: urlVar().default(d['organisational-processes']),
      PARTNERS_URL: urlVar().default(d.partners),
    },
    env,
  );
  return {
    gateway: parsed.GATEWAY_URL,
    'service-delivery': parsed.SERVICE_DELIVERY_URL,
    'people-culture': parsed.PEOPLE_CULTURE_URL,
    'organisational-processes': parsed.ORGANISATIONAL_PROCESSES_URL,
    partners: parsed.PARTNERS_URL,
  };
}
