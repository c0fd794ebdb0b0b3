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
  const server = createServer(gateway);
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
