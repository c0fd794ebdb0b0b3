import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardRequest, sendRefusal, type Logger } from '@edhr/kit';
import { createAbuseGuard } from '../limits/abuse-guard';
import { clientAddressResolver } from '../limits/client-address';
import { createGateway, type GatewayOptions } from './create-gateway';

export interface RunningGateway {
  url: string;
  /** Stops accepting connections, waits for in-flight requests, then disposes the runtime. */
  stop(): Promise<void>;
}

export async function startGatewayServer(
  options: GatewayOptions & { host: string; port: number; logger: Logger },
): Promise<RunningGateway> {
  // One way of telling clients apart, for the abuse penalty here and the runtime's limits.
  const clientAddressOf = clientAddressResolver(options.limits.trustedProxies);
  const abuseGuard = createAbuseGuard(options.limits.abusePenalty, options.clock, options.logger, clientAddressOf);
  const { runtime, front } = createGateway({ ...options, abuseGuard, clientAddressOf });
  const limits = { maxBodyBytes: options.limits.maxBodyBytes, maxJsonDepth: options.limits.maxJsonDepth };
  const server = createServer((req, res) => {
    // First of all: an address under the abuse penalty is answered 429 without a byte of its body read.
    if (abuseGuard.turnAway(req, res)) return;
    // Before the runtime sees anything: POST only as JSON, the body bounded by the bytes actually
    // read (chunked included) and its nesting bounded by one pass over those bytes, so a hostile
    // body never reaches parsing, authentication or the query plan.
    guardRequest(req, limits).then(
      (checked) => {
        if ('refusal' in checked) {
          abuseGuard.refused(req, checked.refusal.code);
          sendRefusal(res, checked.refusal);
          return;
        }
        // GraphQL over HTTP: a request without an Accept header is treated as accepting
        // application/json (the runtime would otherwise pick application/graphql-response+json).
        req.headers.accept ??= 'application/json';
        // The runtime's node adapter takes a body already read from `req.body` instead of the stream:
        // a parsed JSON object or array as it is (read with no stream, no second parse and none of
        // the runtime's own body limit, which would pipe it through a stream to count the bytes the
        // guard has counted), anything else as its bytes, for the runtime to refuse in its own words.
        const parsed = checked.json?.value;
        if (isNonEmptyObject(parsed)) (req as IncomingMessage & { body?: unknown }).body = parsed;
        else if (checked.body) (req as IncomingMessage & { body?: unknown }).body = checked.body;
        // A kept answer, or an operation learned to be one subgraph's answer, is answered here, before
        // the runtime's pipeline (see `createResponseCacheFront`, `createSubgraphPassThrough`).
        if (checked.json && front?.take(req, res, parsed, () => void runtime(req, res))) return;
        // Not awaited, and safely so: the runtime's request listener answers 500 on a handler error and
        // logs a failure to send the response itself, so its promise never rejects.
        void runtime(req, res);
      },
      (error: unknown) => {
        // The client went away mid-body; there is nobody to answer.
        options.logger.debug({ err: error }, 'could not read a request body');
        req.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}/graphql`;
  options.logger.info({ url }, 'gateway listening');
  return {
    url,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Held requests are answered now rather than keeping the server open for their hold.
      abuseGuard.stop();
      server.closeIdleConnections();
      await closed;
      await runtime.dispose();
    },
  };
}

/** What the runtime's node adapter takes as an already-parsed body: an object or array with at least one key. */
function isNonEmptyObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}
