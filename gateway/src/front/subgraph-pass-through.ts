import type { IncomingMessage, ServerResponse } from 'node:http';
import { getVariableValues } from 'graphql';
import { INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, requestIdFrom, type Identity } from '@edhr/kit';
import type { RequestRateLimit } from '../limits/request-rate-limit';
import type { FrontAnswer, FrontRequest } from './front-request';
import type { PrefetchedAnswers } from './pass-through-learning-plugin';
import { PassThroughRoutes } from './pass-through-routes';
import { callSubgraph, dataAlone, subgraphRequestBody } from './subgraph-call';

/** What the pass-through tells the request log and the metrics of each answer it writes. */
export interface ForwardedAnswer extends FrontAnswer {
  subgraphName: string;
  /** The subgraph call's share of `durationMs`. */
  subgraphDurationMs: number;
}

export interface SubgraphPassThroughOptions {
  routes: PassThroughRoutes;
  /** Where a subgraph answer given back to the runtime waits for it. */
  prefetched: PrefetchedAnswers;
  rateLimit: RequestRateLimit;
  /** Whose requests may pass through: the response cache keeps none of their answers. */
  passesThrough(identity: Identity): boolean;
  /** The internal token the runtime sends subgraphs for an identity. */
  internalTokenFor(identity: Identity): Promise<string>;
  /** Called after each answer the pass-through wrote, for the request log and the metrics. */
  onAnswered(answer: ForwardedAnswer): void;
}

/** U+0000 inside a variable's text, which the runtime refuses in its own words. */
const holdsNul = (variables: Record<string, unknown>) => JSON.stringify(variables).includes('\\u0000');

/**
 * Sends an operation the runtime was seen to answer with one subgraph's data as it came
 * (`passThroughLearningPlugin`) straight to that subgraph, with the very request the runtime
 * would send, and writes the subgraph's data back, without the runtime's pipeline: a partner's
 * question then costs the gateway little more than the hop.
 *
 * Done here as the runtime does it: the same identity and lock-out (`frontRequestOf`), the
 * variables coerced against the same schema, the rate limit's count, the request id and internal
 * token sent on, the request log line and the metrics. Anything else goes to the runtime
 * untouched: a request `frontRequestOf` cannot take, an identity whose answers the response cache
 * keeps, an operation not learned, variables that do not coerce or hold U+0000, a caller at its
 * limit. And any answer but data alone (errors, another status, a failed call) is given to the
 * runtime with the subgraph's answer, which it takes in place of calling the subgraph again, and
 * words as always: the subgraph is asked once whatever happens, so partners audits each question once.
 */
export function createSubgraphPassThrough(options: SubgraphPassThroughOptions) {
  const { routes, prefetched, rateLimit } = options;
  return {
    /**
     * Takes `req`, taken by `frontRequestOf` as `request`, and returns true: it answers it, or gives
     * it to the runtime by calling `giveToRuntime`; or returns false, having sent and written nothing.
     */
    tryForward(req: IncomingMessage, res: ServerResponse, request: FrontRequest, giveToRuntime: () => void): boolean {
      const started = performance.now();
      if (!options.passesThrough(request.identity)) return false;
      const { identity, contentType, operation } = request;
      const key = PassThroughRoutes.keyOf(operation.documentString, operation.operationName);
      const route = routes.routeFor(key);
      if (!route) return false;
      const variables = operation.variableValues ?? {};
      if (holdsNul(variables)) return false;
      if (route.variableDefinitions.length > 0 && getVariableValues(route.schema, route.variableDefinitions, variables, { maxErrors: 1 }).errors) return false;
      if (rateLimit.exhausted(identity, req)) return false;
      rateLimit.hit(identity, req);
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      const subgraphBody = subgraphRequestBody(route, variables);
      const subgraphStarted = performance.now();
      const answer = options
        .internalTokenFor(identity)
        .then((token) => callSubgraph(route, subgraphBody, { [REQUEST_ID_HEADER]: requestId, [INTERNAL_TOKEN_HEADER]: token }));
      answer.then(
        (read) => {
          const data = dataAlone(read);
          if (!data) {
            prefetched.set(req, { key, route, body: subgraphBody, answer });
            giveToRuntime();
            return;
          }
          const subgraphDurationMs = performance.now() - subgraphStarted;
          const json = JSON.stringify(data);
          res.writeHead(200, {
            // Spelled as the runtime's result processor spells it, so even the raw bytes of the headers match.
            'Content-Type': contentType,
            'content-length': Buffer.byteLength(json),
            [REQUEST_ID_HEADER]: requestId,
          });
          res.end(json);
          options.onAnswered({
            requestId,
            subject: identity.subject,
            operationName: route.clientOperationName,
            statusCode: 200,
            durationMs: performance.now() - started,
            subgraphName: route.subgraphName,
            subgraphDurationMs,
          });
        },
        () => {
          prefetched.set(req, { key, route, body: subgraphBody, answer });
          giveToRuntime();
        },
      );
      return true;
    },
  };
}

export type SubgraphPassThrough = ReturnType<typeof createSubgraphPassThrough>;
