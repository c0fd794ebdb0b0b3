import { commonShape, parseEnv, peerUrlsFromEnv, portVar } from '@edhr/kit';

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  internalTokenSecret: string | undefined;
  /** Subgraph name → URL of its /graphql endpoint (SERVICE_DELIVERY_URL, … with loopback defaults). */
  subgraphUrls: Record<string, string>;
}

/** The gateway's settings; it needs no subgraph code, only where each subgraph listens. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = parseEnv(
    {
      NODE_ENV: commonShape.NODE_ENV,
      HOST: commonShape.HOST,
      INTERNAL_TOKEN_SECRET: commonShape.INTERNAL_TOKEN_SECRET,
      GATEWAY_PORT: portVar(4000),
    },
    env,
  );
  const { gateway: _gateway, ...subgraphUrls } = peerUrlsFromEnv(env);
  return {
    nodeEnv: parsed.NODE_ENV,
    host: parsed.HOST,
    port: parsed.GATEWAY_PORT,
    internalTokenSecret: parsed.INTERNAL_TOKEN_SECRET,
    subgraphUrls,
  };
}
