import { useOpenTelemetry } from '@graphql-hive/plugin-opentelemetry';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger as GatewayLogger } from '@graphql-hive/logger';
import { tracingActive } from '@edhr/kit';

/**
 * Hive Gateway's OpenTelemetry plugin, when this process traces (`startTracing`): spans for the
 * request, the GraphQL phases, each subgraph call and its fetch, on the process's tracer provider;
 * the caller's `traceparent` continued and the trace handed to every subgraph in the same header.
 * Nothing at all when tracing is off.
 */
export function tracingPlugins(log: GatewayLogger): GatewayPlugin[] {
  if (!tracingActive()) return [];
  return [useOpenTelemetry({ log, traces: true, inheritContext: true, propagateContext: true }) as GatewayPlugin];
}
