import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayClient } from '../graphql/gateway-client';
import type { SignInMode } from '../auth/session';
import type { Clock } from '../pages/page';
import { createWebApp } from './create-app';

const READINESS_TIMEOUT_MS = 2000;

export interface WebServerOptions {
  gatewayUrl: string;
  host?: string;
  /** 0 picks a free port. */
  port: number;
  signIn?: SignInMode;
  secureCookies?: boolean;
  clock?: Clock;
  /** Send operations by hash: the gateway has registered the app's persisted documents. */
  trustedDocuments?: boolean;
}

export interface RunningWebServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves the web app on loopback unless told otherwise; stop() lets requests in flight finish. */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const app = createWebApp({
    gateway: createGatewayClient(options.gatewayUrl, { trustedDocuments: options.trustedDocuments }),
    // A probe wants an answer in time: a gateway silent for 2 s is not ready.
    readinessGateway: createGatewayClient(options.gatewayUrl, { trustedDocuments: options.trustedDocuments, timeoutMs: READINESS_TIMEOUT_MS }),
    signIn: options.signIn ?? 'cookie',
    secureCookies: options.secureCookies ?? false,
    clock: options.clock ?? { now: () => new Date() },
  });
  const server: Server = createServer(app);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
