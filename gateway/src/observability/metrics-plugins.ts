import usePrometheus from '@graphql-mesh/plugin-prometheus';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger as GatewayLogger } from '@graphql-hive/logger';
import { createMetricsRegistry, decideMetricsAccess, type MetricsAccess } from '@edhr/kit';

export const METRICS_PATH = '/metrics';

/**
 * The runtime's Prometheus plugin, serving `/metrics` behind the same access rule as every
 * subgraph's (`METRICS_TOKEN`; closed in production without it). Labels carry operation names and
 * types, subgraph names, methods and statuses only: never the request URL (a GET carries its
 * variables there), headers, documents or variables.
 */
export function metricsPlugins(access: MetricsAccess, log: GatewayLogger): GatewayPlugin[] {
  const guard: GatewayPlugin = {
    onRequest(payload) {
      if (payload.url.pathname !== METRICS_PATH) return;
      const decision = decideMetricsAccess(access, payload.request.headers.get('authorization'));
      if (decision.allowed) return;
      payload.endResponse(
        new payload.fetchAPI.Response(JSON.stringify({ errors: [{ message: decision.message, extensions: { code: decision.code } }] }), {
          status: decision.status,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            ...(decision.status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
          },
        }),
      );
    },
  };
  const prometheus = usePrometheus({
    log,
    registry: createMetricsRegistry('gateway'),
    endpoint: METRICS_PATH,
    skipIntrospection: true,
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: true,
      graphql_gateway_fetch_duration: true,
      graphql_gateway_subgraph_execute_duration: true,
      graphql_gateway_subgraph_execute_errors: true,
    },
    labels: {
      operationName: true,
      operationType: true,
      fieldName: false,
      typeName: false,
      url: false,
      method: true,
      statusCode: true,
      subgraphName: true,
      fetchRequestHeaders: false,
      fetchResponseHeaders: false,
    },
  });
  return [guard, prometheus as GatewayPlugin];
}
