import usePrometheus, { createCounter, createHistogram } from '@graphql-mesh/plugin-prometheus';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger as GatewayLogger } from '@graphql-hive/logger';
import type { Registry } from 'prom-client';
import { createMetricsRegistry, decideMetricsAccess, operationLabeller, type MetricsAccess } from '@edhr/kit';

export const METRICS_PATH = '/metrics';

export interface GatewayMetrics {
  plugins: GatewayPlugin[];
  /**
   * Records a request the runtime never saw (one answered at the response cache's front) in the
   * runtime's own HTTP histogram, with the labels the runtime would have given it.
   */
  observeRequest(request: { operationName: string | undefined; operationType: string; method: string; statusCode: number; seconds: number }): void;
  /**
   * Records a subgraph call the runtime did not make (one the subgraph pass-through made) in the
   * runtime's own subgraph histogram, with the labels the runtime would have given it.
   */
  observeSubgraphCall(call: { subgraphName: string; operationName: string | undefined; operationType: string; seconds: number }): void;
}

/**
 * The runtime's Prometheus plugin, serving `/metrics` behind the same access rule as every
 * subgraph's (`METRICS_TOKEN`; closed in production without it). Labels carry operation names and
 * types, subgraph names, methods and statuses only: never the request URL (a GET carries its
 * variables there), error paths (aliases are the client's), headers, documents or variables.
 * Operation names are the client's too, so they pass through the kit's `operationLabeller`,
 * which caps the distinct values as every subgraph does.
 */
export function gatewayMetrics(access: MetricsAccess, log: GatewayLogger): GatewayMetrics {
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
  const registry = createMetricsRegistry('gateway');
  const operation = boundedOperationMetrics(registry);
  const prometheus = usePrometheus({
    log,
    registry,
    endpoint: METRICS_PATH,
    skipIntrospection: true,
    metrics: {
      ...operation.envelop,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: operation.http,
      graphql_gateway_fetch_duration: true,
      ...operation.subgraph,
    },
    labels: {
      operationName: true,
      operationType: true,
      path: false,
      phase: true,
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
  return {
    plugins: [guard, prometheus as GatewayPlugin],
    observeRequest({ operationName, operationType, method, statusCode, seconds }) {
      operation.http.histogram.observe({ ...operation.labels({ operationName, operationType }), method, statusCode }, seconds);
    },
    observeSubgraphCall({ subgraphName, operationName, operationType, seconds }) {
      operation.subgraph.graphql_gateway_subgraph_execute_duration.histogram.observe({ subgraphName, ...operation.labels({ operationName, operationType }) }, seconds);
    },
  };
}

type OperationParams = { operationName?: string; operationType?: string };
type SubgraphParams = { subgraphName: string; executionRequest: { operationName?: string; operationType?: string } };

/**
 * The runtime's operation metrics, under their own names, help and phases, with the operation
 * name bounded. Only the label function differs from the runtime's defaults.
 */
function boundedOperationMetrics(registry: Registry) {
  const label = operationLabeller();
  const labels = (params: OperationParams) => ({
    operationName: label(params.operationName === 'Anonymous' ? undefined : params.operationName),
    operationType: params.operationType ?? 'unknown',
  });
  const subgraphLabels = ({ subgraphName, executionRequest }: SubgraphParams) => ({
    subgraphName,
    ...labels({ operationName: executionRequest.operationName, operationType: executionRequest.operationType ?? 'query' }),
  });
  const operationLabelNames = ['operationType', 'operationName'];
  const phase = <P extends string>(name: string, help: string, phases: [P, ...P[]]) =>
    createHistogram<P, string, OperationParams>({ registry, histogram: { name, help, labelNames: operationLabelNames }, fillLabelsFn: labels, phases });
  return {
    labels,
    envelop: {
      graphql_envelop_request: createCounter<'execute' | 'subscribe', string, OperationParams>({
        registry,
        counter: { name: 'graphql_envelop_request', help: 'Counts the amount of GraphQL requests executed through Envelop', labelNames: operationLabelNames },
        fillLabelsFn: labels,
        phases: ['execute', 'subscribe'],
      }),
      graphql_envelop_request_duration: phase('graphql_envelop_request_duration', 'Time spent on running the GraphQL operation from parse to execute', ['execute', 'subscribe']),
      graphql_envelop_error_result: createCounter<'parse' | 'validate' | 'context' | 'execute' | 'subscribe', string, OperationParams & { errorPhase: string }>({
        registry,
        counter: { name: 'graphql_envelop_error_result', help: 'Counts the amount of errors reported from all phases', labelNames: [...operationLabelNames, 'phase'] },
        fillLabelsFn: (params) => ({ ...labels(params), phase: params.errorPhase }),
        phases: ['parse', 'validate', 'context', 'execute', 'subscribe'],
      }),
      graphql_envelop_phase_parse: phase('graphql_envelop_phase_parse', 'Time spent on running GraphQL "parse" function', ['parse']),
      graphql_envelop_phase_validate: phase('graphql_envelop_phase_validate', 'Time spent on running GraphQL "validate" function', ['validate']),
      graphql_envelop_phase_context: phase('graphql_envelop_phase_context', 'Time spent on building the GraphQL context', ['context']),
      graphql_envelop_phase_execute: phase('graphql_envelop_phase_execute', 'Time spent on running the GraphQL "execute" function', ['execute']),
    },
    http: createHistogram<'request', string, OperationParams>({
      registry,
      histogram: { name: 'graphql_yoga_http_duration', help: 'Time spent on HTTP connection', labelNames: [...operationLabelNames, 'method', 'statusCode'] },
      fillLabelsFn: (params, { request, response }: { request: Request; response: Response }) => ({
        ...labels(params),
        method: request.method,
        statusCode: response.status,
      }),
      phases: ['request'],
    }),
    subgraph: {
      graphql_gateway_subgraph_execute_duration: createHistogram<'subgraphExecute', string, SubgraphParams>({
        registry,
        histogram: { name: 'graphql_gateway_subgraph_execute_duration', help: 'Time spent on subgraph execution', labelNames: ['subgraphName', ...operationLabelNames] },
        fillLabelsFn: subgraphLabels,
        phases: ['subgraphExecute'],
      }),
      graphql_gateway_subgraph_execute_errors: createCounter<'subgraphExecute', string, SubgraphParams>({
        registry,
        counter: { name: 'graphql_gateway_subgraph_execute_errors', help: 'Number of errors on subgraph execution', labelNames: ['subgraphName', ...operationLabelNames] },
        fillLabelsFn: subgraphLabels,
        phases: ['subgraphExecute'],
      }),
    },
  };
}
