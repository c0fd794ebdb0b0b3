import type { Logger } from '@edhr/kit';

/** What the log line of one request says. */
export interface RequestLogFields {
  requestId: string;
  method: string;
  status: number;
  subject: string;
  durationMs: number;
}

/** The one line logged per GraphQL request, by the runtime's plugin and by the response cache's front alike. */
export function logRequest(logger: Logger, fields: RequestLogFields): void {
  logger.info({ ...fields, durationMs: Math.round(fields.durationMs) }, 'request');
}

/**
 * One structured log line per request, with the request id the subgraphs log too, so a
 * request can be followed from the gateway into every subgraph it touched.
 */
export function requestLogPlugin(logger: Logger, requestIdOf: (request: Request) => string, subjectOf: (request: Request) => string) {
  const started = new WeakMap<Request, number>();
  return {
    // The runtime hands each hook the URL it parsed once; only GraphQL requests are logged.
    onRequest({ request, url }: { request: Request; url: URL }) {
      if (url.pathname.endsWith('/graphql')) started.set(request, performance.now());
    },
    onResponse({ request, response }: { request: Request; response: Response }) {
      const begun = started.get(request);
      if (begun === undefined) return;
      logRequest(logger, {
        requestId: requestIdOf(request),
        method: request.method,
        status: response.status,
        subject: subjectOf(request),
        durationMs: performance.now() - begun,
      });
    },
  };
}
