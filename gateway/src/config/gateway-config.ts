import { z } from 'zod';
import { commonShape, parseEnv, portVar, urlVar } from '@edhr/kit';
import { subgraphModules } from '../federation/subgraph-modules';
import { defaultSubgraphUrl } from '../federation/compose-supergraph';

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  host: string;
  port: number;
  internalTokenSecret: string | undefined;
  /** Subgraph name → URL of its /graphql endpoint. */
  subgraphUrls: Record<string, string>;
}

/** `service-delivery` → `SERVICE_DELIVERY_URL`. */
export function subgraphUrlVariable(name: string): string {
  return `${name.toUpperCase().replaceAll('-', '_')}_URL`;
}

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const urlShape = Object.fromEntries(
    subgraphModules.map((m) => [subgraphUrlVariable(m.name), urlVar().default(defaultSubgraphUrl(m))]),
  );
  const parsed = parseEnv(
    {
      NODE_ENV: commonShape.NODE_ENV,
      HOST: commonShape.HOST,
      INTERNAL_TOKEN_SECRET: commonShape.INTERNAL_TOKEN_SECRET,
      GATEWAY_PORT: portVar(4000),
      ...urlShape,
    },
    env,
  ) as Record<string, unknown> & { NODE_ENV: GatewayConfig['nodeEnv']; HOST: string; GATEWAY_PORT: number; INTERNAL_TOKEN_SECRET?: string };
  return {
    nodeEnv: parsed.NODE_ENV,
    host: parsed.HOST,
    port: parsed.GATEWAY_PORT,
    internalTokenSecret: parsed.INTERNAL_TOKEN_SECRET,
    subgraphUrls: Object.fromEntries(subgraphModules.map((m) => [m.name, z.string().parse(parsed[subgraphUrlVariable(m.name)])])),
  };
}
