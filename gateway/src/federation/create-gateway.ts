import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler as rustPlannerHandler } from '@graphql-hive/router-runtime';
import { Logger as GatewayLogger } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import {
  INTERNAL_TOKEN_HEADER,
  loadMetricsAccess,
  type MetricsAccess,
  PUBLIC_IDENTITY,
  REQUEST_ID_HEADER,
  requestIdFrom,
  tracingActive,
  type Clock,
  type Identity,
  type Logger,
} from '@edhr/kit';
import { authenticationPlugin } from '../auth/authentication-plugin';
import type { Authenticator } from '../auth/authenticate';
import { createApiKeyResolver } from '../auth/api-key-resolver';
import { createAuthFailureLimiter } from '../auth/auth-failure-limiter';
import type { LimitsConfig } from '../limits/limits-config';
import { nulCharacterPlugin } from '../limits/nul-character-plugin';
import { queryLimitsPlugin } from '../limits/query-limits-plugin';
import { productionErrorsPlugin } from '../limits/production-errors-plugin';
import { rateLimitPlugin } from '../limits/rate-limit-plugin';
import { createRequestRateLimit } from '../limits/request-rate-limit';
import { clientAddressResolver, type ClientAddressOf } from '../limits/client-address';
import type { AbuseGuard } from '../limits/abuse-guard';
import { refusalCountingPlugin } from '../limits/refusal-counting-plugin';
import { mayCache, responseCachePlugins } from '../cache/response-cache-plugin';
import { createResponseCacheFront } from '../cache/response-cache-front';
import { frontRequestOf, type FrontAnswer, type FrontRequestOptions } from '../front/front-request';
import { passThroughLearningPlugin, type PrefetchedAnswers } from '../front/pass-through-learning-plugin';
import { PassThroughRoutes } from '../front/pass-through-routes';
import { createSubgraphPassThrough } from '../front/subgraph-pass-through';
import { ResponseStore } from '../cache/response-store';
import type { ResponseCacheConfig } from '../cache/response-cache-config';
import { logRequest, requestLogPlugin } from './request-log-plugin';
import { rootFieldErrorsPlugin } from './root-field-errors-plugin';
import { subgraphOperationNamePlugin } from './subgraph-operation-name-plugin';
import { variableCoercionPlugin } from './variable-coercion-plugin';
import { fieldErrorDataPlugin } from './field-error-data-plugin';
import type { TrustedDocuments } from './trusted-documents';
import { DEFAULT_QUERY_PLANNER, type QueryPlanner } from './query-planner-config';
import { internalTokenSigner } from './internal-token-reuse';
import { gatewayMetrics } from '../observability/metrics-plugins';
import { tracingPlugins } from '../observability/tracing-plugin';

export interface GatewayOptions {
  /** The composed supergraph SDL. */
  supergraphSdl: string;
  /** Subgraph name → URL, overriding the URLs written in the supergraph. */
  subgraphUrls: Record<string, string>;
  internalTokenSecret: string;
  /** Maps a request's Authorization header to an identity (or refuses it). */
  authenticate: Authenticator;
  /**
   * The partners subgraph's URL, called directly to check partner API keys (`x-api-key`);
   * usually the same as `subgraphUrls.partners`.
   */
  partnersUrl: string;
  production: boolean;
  limits: LimitsConfig;
  /** The cache of query answers (on unless turned off). */
  responseCache: ResponseCacheConfig;
  logger: Logger;
  /** Signs and verifies internal tokens: the subgraphs must verify by the same clock. */
  clock: Clock;
  /** Operations clients may send by hash (`extensions.persistedQuery.sha256Hash`). */
  trustedDocuments?: TrustedDocuments;
  /** Who may read `/metrics`; from `METRICS_TOKEN` and the mode unless given. */
  metricsAccess?: MetricsAccess;
  /** Told of every refusal the runtime makes (limits, authentication, rate limits), for the abuse penalty. */
  abuseGuard?: AbuseGuard;
  /** How clients are told apart, when the server already made it from `limits.trustedProxies`. */
  clientAddressOf?: ClientAddressOf;
  /** The runtime's JavaScript planner or Hive Router's Rust planner; `DEFAULT_QUERY_PLANNER` unless given. */
  queryPlanner?: QueryPlanner;
  /** Whether operations learned to be one subgraph's answer pass straight to it (`createSubgraphPassThrough`); on unless false. */
  subgraphPassThrough?: boolean;
}

const GRAPHQL_PATH = '/graphql';

export interface Gateway {
  /** The runtime: a fetch-style handler the server mounts on node:http. */
  runtime: GatewayRuntime;
  /**
   * Answers what it can before the runtime sees the request: a kept answer (the response cache's
   * front), or an operation learned to be one subgraph's answer (the subgraph pass-through). Absent
   * when neither is on; neither is while the process traces (each request's span wants the runtime's phases).
   */
  front?: GatewayFront;
}

export interface GatewayFront {
  /**
   * Takes `req`, whose body is the JSON value `body`, and returns true: it answers it, or gives it
   * to the runtime by calling `giveToRuntime`; or returns false, having written nothing.
   */
  take(req: IncomingMessage, res: ServerResponse, body: unknown, giveToRuntime: () => void): boolean;
}

/**
 * The one module that knows which gateway runtime serves the supergraph (Hive Gateway's
 * runtime, planning with its JavaScript planner or Hive Router's Rust one), and the two fronts
 * before it — the response cache's and the subgraph pass-through — which share the runtime's
 * authentication, limits, store, log and metrics.
 */
export function createGateway(options: GatewayOptions): Gateway {
  // One request id and one identity per client request, shared by every subgraph call it makes.
  const callers = new WeakMap<Request, { requestId: string; identity: Identity }>();
  const callerOf = (request: Request) => {
    let caller = callers.get(request);
    if (!caller) {
      caller = { requestId: requestIdFrom(request.headers.get(REQUEST_ID_HEADER)), identity: PUBLIC_IDENTITY };
      callers.set(request, caller);
    }
    return caller;
  };
  // Failed authentications are counted across requests for the gateway's whole life.
  const authFailures = createAuthFailureLimiter(options.limits.authFailuresPerMinute, options.clock);
  const clientAddressOf = options.clientAddressOf ?? clientAddressResolver(options.limits.trustedProxies);
  const metricsAccess = options.metricsAccess ?? loadMetricsAccess(options.production);
  const signForSubgraphs = internalTokenSigner(options.internalTokenSecret, options.clock);
  const rustPlanner = (options.queryPlanner ?? DEFAULT_QUERY_PLANNER) === 'rust';
  const rateLimit = createRequestRateLimit(options.limits.requestsPerMinute, clientAddressOf, options.clock);
  const responseStore = options.responseCache.enabled ? new ResponseStore({ ...options.responseCache, clock: options.clock }) : undefined;
  // The runtime's own log lines go through the service's pino logger, as structured JSON.
  const log = new GatewayLogger({ level: options.production ? 'warn' : 'info', writers: [new PinoLogWriter(options.logger)] });
  const metrics = gatewayMetrics(metricsAccess, log);
  // Whose answers the response cache never keeps: they may pass straight to a subgraph.
  const passesThrough = (identity: Identity) => !responseStore || !mayCache(identity);
  const passThroughOn = options.subgraphPassThrough !== false && !tracingActive();
  const passThroughRoutes = new PassThroughRoutes();
  const prefetched: PrefetchedAnswers = new WeakMap();
  const subgraphNames = new Map(Object.entries(options.subgraphUrls).map(([name, location]) => [new URL(location).href, name]));
  const runtime = createGatewayRuntime({
    supergraph: options.supergraphSdl,
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, location]) => [
        name,
        // The runtime would merge identical subgraph calls in flight, and copy every answer
        // (structuredClone) in case it was shared. Each call carries its client request's id, so
        // only calls of one client request could ever be merged; and partners audits every
        // question it answers, so two identical ones (one identity, one client-sent request id)
        // must each reach it. Nothing is merged, and no answer is copied.
        { location, options: { deduplicateInflightRequests: false } },
      ]),
    ),
    graphqlEndpoint: GRAPHQL_PATH,
    ...(rustPlanner ? { unifiedGraphHandler: rustPlannerHandler } : {}),
    ...(options.trustedDocuments ? { persistedDocuments: persistedDocumentsOption(options.trustedDocuments) } : {}),
    healthCheckEndpoint: '/health/live',
    readinessCheckEndpoint: '/health/ready',
    landingPage: !options.production,
    graphiql: !options.production,
    maskedErrors: options.production,
    disableIntrospection: options.production ? { disableIf: () => true } : undefined,
    logging: log,
    requestId: {
      headerName: REQUEST_ID_HEADER,
      generateRequestId: ({ request }) => callerOf(request).requestId,
    },
    plugins: () => [
      // First, so its request span encloses everything the other plugins do.
      ...tracingPlugins(log),
      // Before the metrics, which label each subgraph call with its operation's name.
      ...(rustPlanner ? [subgraphOperationNamePlugin()] : []),
      ...metrics.plugins,
      requestLogPlugin(
        options.logger,
        (request) => callerOf(request).requestId,
        (request) => callerOf(request).identity.subject,
      ),
      queryLimitsPlugin(options.limits, options.production),
      authenticationPlugin(
        options.authenticate,
        createApiKeyResolver({
          partnersUrl: options.partnersUrl,
          internalTokenSecret: options.internalTokenSecret,
          clock: options.clock,
          logger: options.logger,
        }),
        options.internalTokenSecret,
        (request, identity) => {
          callerOf(request).identity = identity;
        },
        (request) => callerOf(request).requestId,
        options.clock,
        authFailures,
        clientAddressOf,
      ),
      rateLimitPlugin(
        rateLimit,
        (request) => callerOf(request).identity,
        (req) => req !== undefined && prefetched.has(req),
      ),
      nulCharacterPlugin(),
      // What the JavaScript executor does and Hive Router's Rust one does not: data beside field errors.
      ...(rustPlanner ? [fieldErrorDataPlugin()] : []),
      // Before production's masking, so the errors it puts back are the subgraphs' own, not INTERNAL_SERVER_ERROR.
      rootFieldErrorsPlugin(),
      ...(options.production ? [productionErrorsPlugin()] : []),
      ...(options.abuseGuard ? [refusalCountingPlugin(options.abuseGuard)] : []),
      // Variables coerced before Hive Router's Rust executor runs, as the JavaScript one coerces them;
      // before the cache, whose executor would otherwise be set aside and warned about.
      ...(rustPlanner ? [variableCoercionPlugin()] : []),
      // Last, so every request is authenticated, rate limited and checked before a cached answer is served.
      ...responseCachePlugins(responseStore, (request) => callerOf(request).identity),
      // After every other plugin: it watches the subgraph call as it is finally sent, and the answer as finally written.
      ...(passThroughOn
        ? [
            passThroughLearningPlugin({
              routes: passThroughRoutes,
              prefetched,
              sampled: (request) => passesThrough(callerOf(request).identity),
              subgraphNameOf: (url) => subgraphNames.get(url),
              logger: options.logger,
            }),
          ]
        : []),
    ],
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request }) => {
        const caller = callerOf(request);
        return {
          [REQUEST_ID_HEADER]: caller.requestId,
          [INTERNAL_TOKEN_HEADER]: await signForSubgraphs(caller.identity),
        };
      },
    },
  });
  const frontRequests: FrontRequestOptions = {
    authenticate: options.authenticate,
    authFailures,
    clientAddressOf,
    graphqlPath: GRAPHQL_PATH,
    trustedDocuments: options.trustedDocuments,
  };
  const answeredAtFront = ({ requestId, subject, operationName, statusCode, durationMs }: FrontAnswer) => {
    logRequest(options.logger, { requestId, method: 'POST', status: statusCode, subject, durationMs });
    metrics.observeRequest({ operationName, operationType: 'query', method: 'POST', statusCode, seconds: durationMs / 1000 });
  };
  const passThrough = passThroughOn
    ? createSubgraphPassThrough({
        routes: passThroughRoutes,
        prefetched,
        rateLimit,
        passesThrough,
        internalTokenFor: signForSubgraphs,
        onAnswered: (answer) => {
          answeredAtFront(answer);
          metrics.observeSubgraphCall({ subgraphName: answer.subgraphName, operationName: answer.operationName, operationType: 'query', seconds: answer.subgraphDurationMs / 1000 });
        },
      })
    : undefined;
  const cacheFront = responseStore && !tracingActive() ? createResponseCacheFront({ store: responseStore, rateLimit, onAnswered: answeredAtFront }) : undefined;
  if (!cacheFront && !passThrough) return { runtime };
  return {
    runtime,
    front: {
      take(req, res, body, giveToRuntime) {
        // What the request is, and who asks, worked out once for both.
        const request = frontRequestOf(req, body, frontRequests);
        if (!request) return false;
        return (cacheFront?.tryAnswer(req, res, request) ?? false) || (passThrough?.tryForward(req, res, request, giveToRuntime) ?? false);
      },
    },
  };
}

function persistedDocumentsOption({ documents, only }: TrustedDocuments) {
  return {
    getPersistedOperation: (hash: string) => documents.get(hash) ?? null,
    allowArbitraryDocuments: !only,
  };
}
