import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/free-port';

// Linux says where its ephemeral range starts; elsewhere, its default.
const ephemeralLow = (() => {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
  } catch {
    return 32768;
  }
})();
const listen = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

describe('freePort', () => {
  it('gives a port below the ephemeral range that can be bound', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThanOrEqual(10000);
    expect(port).toBeLessThan(ephemeralLow);
    await close(await listen(port));
  });

  it('passes over a taken port, and falls back to one the system picks when every try lands on it', async () => {
    const takenPort = await freePort();
    const taken = await listen(takenPort);
    try {
      // A random source that always lands on the taken port.
      const onTaken = () => (takenPort - 10000 + 0.5) / (ephemeralLow - 10000);
      const port = await freePort('127.0.0.1', onTaken);
      expect(port).not.toBe(takenPort);
      expect(port).toBeGreaterThanOrEqual(ephemeralLow);
      await close(await listen(port));
    } finally {
      await close(taken);
    }
  });
});
