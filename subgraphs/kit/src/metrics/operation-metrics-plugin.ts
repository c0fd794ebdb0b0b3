import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import { operationLabeller } from './operation-label';

/** Seconds; from a cached lookup to a large import or a dashboard's worst case. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * Counts and times every GraphQL operation a subgraph answers, by operation name (bounded, see
 * `operationLabeller`) and outcome, and counts errors by their code. Only names and codes are
 * recorded: never the document, variables, identities or answers.
 */
export function operationMetricsPlugin(registry: Registry): ApolloServerPlugin {
  const operations = new Counter({
    name: 'edhr_subgraph_operations_total',
    help: 'GraphQL operations answered, by operation name and outcome (ok, or error when the answer carries errors)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'edhr_subgraph_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its answer, by operation name',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'edhr_subgraph_operation_errors_total',
    help: 'GraphQL errors in answers, by operation name and error code',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const label = operationLabeller();
  return {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse({ operationName, errors: answerErrors }) {
          const operation = label(operationName);
          stopTimer({ operation });
          operations.inc({ operation, outcome: answerErrors?.length ? 'error' : 'ok' });
          for (const error of answerErrors ?? []) {
            const code = error.extensions?.code;
            errors.inc({ operation, code: typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'UNKNOWN' });
          }
        },
      };
    },
  };
}
