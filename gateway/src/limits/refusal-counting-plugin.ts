import type { IncomingMessage } from 'node:http';
import type { AbuseGuard } from './abuse-guard';
import { COUNTED_REFUSAL_CODES } from './abuse-penalty';

type ResultLike = { data?: unknown; errors?: readonly { extensions?: { code?: unknown } }[] };

/** The first counted refusal code among the errors of a result that carries no data (a refused request), if any. */
function refusalCodeOf(result: unknown): string | null {
  if (result === null || typeof result !== 'object') return null;
  const { data, errors } = result as ResultLike;
  if ((data !== undefined && data !== null) || !Array.isArray(errors)) return null;
  for (const error of errors as NonNullable<ResultLike['errors']>) {
    const code = error.extensions?.code;
    if (typeof code === 'string' && COUNTED_REFUSAL_CODES.has(code)) return code;
  }
  return null;
}

/**
 * Tells the abuse guard of the refusals the runtime makes — query limits, failed
 * authentication, rate limits — with the client's socket, as the HTTP edge does for the body
 * bounds. A request counts once, whatever a batch holds.
 */
export function refusalCountingPlugin(guard: AbuseGuard) {
  return {
    onResultProcess({ result, serverContext }: { result: unknown; serverContext: { req?: IncomingMessage } }) {
      // A streamed result (an async iterable) was not refused.
      const results = Array.isArray(result) ? (result as unknown[]) : [result];
      for (const one of results) {
        const code = refusalCodeOf(one);
        if (code !== null) {
          guard.refused(serverContext.req, code);
          return;
        }
      }
    },
  };
}
