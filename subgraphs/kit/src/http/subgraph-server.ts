import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../auth/internal-token';
import { ErrorCode } from '../errors/error-codes';
import { unauthenticated } from '../errors/graphql-errors';
import type { SubgraphContext } from '../graphql/context';
import { createRequestContext } from '../graphql/request-context';
import type { Logger } from '../logging/logger';
import type { Clock } from '../time/clock';
import { REQUEST_ID_HEADER, requestIdFrom, runWithRequestId } from '../logging/request-context';
import { checkDatabase } from './readiness';
import { DEFAULT_SUBGRAPH_LIMITS, guardRequest, sendRefusal, type RequestLimits } from './request-guard';
import { requestLogPlugin } from './request-log-plugin';
import type { Registry } from 'prom-client';
import { trace } from '@opentelemetry/api';
import { loadMetricsAccess, type MetricsAccess } from '../metrics/metrics-access';
import { createMetricsRegistry } from '../metrics/metrics-registry';
import { operationMetricsPlugin } from '../metrics/operation-metrics-plugin';
import { metricsRoute } from './metrics-route';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  logger: Logger;
  host: string;
  port: number;
  production: boolean;
  /** Secret the gateway signs identities with; requests without a valid token are refused. */
  internalTokenSecret: string;
  /** Verifies token expiry and reaches every resolver as `context.clock`. */
  clock: Clock;
  /** Largest request body and deepest JSON accepted; defaults as documented (`SUBGRAPH_MAX_*`). */
  limits?: RequestLimits;
  /**
   * The service's metrics, served at `/metrics` to whoever `access` lets in; unless given, a
   * registry of its own, with access from `METRICS_TOKEN` and the mode.
   */
  metrics?: { registry: Registry; access: MetricsAccess };
  /** The subgraph's services, handed to every resolver as `context.services`. */
  services?: unknown;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, then closes. */
  stop(): Promise<void>;
}

/**
 * Serves one subgraph: `/graphql`, `/health/live` (the process answers),
 * `/health/ready` (its database answers too) and `/metrics` (Prometheus).
 */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningServer> {
  const metrics = options.metrics ?? { registry: createMetricsRegistry(options.name), access: loadMetricsAccess(options.production) };
  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer<SubgraphContext>({
    schema: options.schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    // The process owner (stopOnSignals) drains everything in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      requestLogPlugin(options.logger),
      operationMetricsPlugin(metrics.registry),
    ],
    logger: {
      debug: (m) => options.logger.debug(m),
      info: (m) => options.logger.info(m),
      warn: (m) => options.logger.warn(m),
      error: (m) => options.logger.error(m),
    },
  });
  await apollo.start();

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/health/ready', async (_req, res) => {
    const database = await checkDatabase(options.orm);
    res.status(database.ok ? 200 : 503).json({ status: database.ok ? 'ready' : 'unavailable', service: options.name, database });
  });
  // Beside the health routes, outside the gateway-token check: a scraper is not the gateway.
  app.get('/metrics', metricsRoute(metrics.registry, metrics.access));
  const limits = options.limits ?? DEFAULT_SUBGRAPH_LIMITS;
  app.use(
    '/graphql',
    (req, _res, next) => {
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      // When traced: which service answered and the request id, on the request's server span.
      trace.getActiveSpan()?.setAttributes({ 'edhr.service': options.name, 'edhr.request_id': requestId });
      runWithRequestId(requestId, next);
    },
    // The body is read here, bounded by the bytes actually read and by its nesting, before the
    // token check and before Apollo parses anything; a POST that is not JSON is refused.
    (req, res, next) => {
      guardRequest(req, limits).then((checked) => {
        if ('refusal' in checked) {
          sendRefusal(res, checked.refusal);
          return;
        }
        if (checked.body === null) {
          // A GET carries its operation in the URL; Apollo's middleware still wants a body set.
          req.body ??= {};
          next();
          return;
        }
        if (checked.body.length > 0 && !checked.json) {
          sendRefusal(res, { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON.' });
          return;
        }
        // The guard parsed the body once already.
        req.body = checked.json ? checked.json.value : {};
        next();
      }, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        const token = req.headers[INTERNAL_TOKEN_HEADER];
        let identity;
        try {
          identity = await verifyInternalToken(typeof token === 'string' ? token : undefined, options.internalTokenSecret, options.clock);
        } catch (error) {
          options.logger.warn({ reason: (error as Error).message }, 'refused a request without a valid gateway token');
          throw unauthenticated('This service only answers requests forwarded by the gateway.');
        }
        return createRequestContext(
          { orm: options.orm, logger: options.logger, clock: options.clock, services: options.services },
          identity,
          requestId,
        );
      },
    }),
  );

  // Anything else that fails in Express answers as a GraphQL error in JSON, with no stack, path or
  // echo of the request (Express's own page repeats both in development).
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = (error as { status?: unknown }).status;
    const client = typeof status === 'number' && status >= 400 && status < 500;
    if (!client) options.logger.error({ err: error }, 'request failed outside GraphQL');
    sendRefusal(res, {
      status: client ? status : 500,
      code: client ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_SERVER_ERROR,
      message: client ? 'The request could not be read.' : 'Internal server error.',
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}/graphql`;
  options.logger.info({ url }, `${options.name} subgraph listening`);
  return {
    url,
    port,
    async stop() {
      await apollo.stop();
    },
  };
}
