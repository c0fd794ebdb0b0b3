import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logging/logger';

/** One log line per operation; the request id comes from the logger's mixin. */
export function requestLogPlugin(logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          logger.info(
            { operation: operationName ?? null, errors: errors?.length ?? 0, durationMs: Math.round(performance.now() - started) },
            'operation',
          );
        },
      };
    },
  };
}
