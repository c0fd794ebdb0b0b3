import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@edhr/kit';
import { createGateway, type GatewayOptions } from './create-gateway';

export interface RunningGateway {
  url: string;
  /** Stops accepting connections, waits for in-flight requests, then disposes the runtime. */
  stop(): Promise<void>;
}

export async function startGatewayServer(
  options: GatewayOptions & { host: string; port: number; logger: Logger },
): Promise<RunningGateway> {
  const gateway = createGateway(options);
  const server = createServer((req, res) => {
    // Refuse oversized bodies before reading them.
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > options.limits.maxBodyBytes) {
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `Request body too large: the limit is ${options.limits.maxBodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
      req.resume();
      return;
    }
    // Not awaited, and safely so: the runtime's request listener answers 500 on a handler error and
    // logs a failure to send the response itself, so its promise never rejects.
    void gateway(req, res);
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
      server.closeIdleConnections();
      await closed;
      await gateway.dispose();
    },
  };
}
