import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Asks the system for a free loopback port, so every URL is known before anything starts. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
