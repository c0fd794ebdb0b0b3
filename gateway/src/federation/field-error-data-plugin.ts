import type { ExecutionResult } from 'graphql';
import { isAsyncIterable } from '@graphql-tools/utils';

/**
 * An answer whose errors include a field error (one with a `path`) began executing, so it carries
 * `data`, null when the error reached the root: the GraphQL spec's rule, and what the runtime's
 * JavaScript executor answers. Hive Router's Rust executor leaves `data` out instead. Only for the
 * Rust planner.
 */
export function fieldErrorDataPlugin() {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }: { result: ExecutionResult | AsyncIterable<ExecutionResult>; setResult: (result: ExecutionResult) => void }) {
          if (isAsyncIterable(result) || 'data' in result) return;
          if (result.errors?.some((error) => error.path !== undefined)) setResult({ ...result, data: null });
        },
      };
    },
  };
}
