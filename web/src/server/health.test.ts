import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type RunningWebServer } from './serve-web';

const running: RunningWebServer[] = [];
const listeners: Server[] = [];
const sockets: Socket[] = [];

/** A TCP server on a free loopback port; `hold` keeps every connection open without a word. */
async function tcpServer(hold: boolean): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => {
    sockets.push(socket);
    if (!hold) socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  listeners.push(server);
  return { server, port: (server.address() as AddressInfo).port };
}

async function webAgainst(gatewayUrl: string): Promise<string> {
  const server = await startWebServer({ gatewayUrl, port: 0 });
  running.push(server);
  return server.url;
}

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(running.splice(0).map((server) => server.stop()));
  await Promise.all(listeners.splice(0).map((server) => new Promise((done) => server.close(done))));
});

describe('the web app’s health endpoints', () => {
  it('is live whatever the gateway does, and not ready while nothing answers at the gateway’s address', async () => {
    const { server, port } = await tcpServer(false);
    await new Promise((done) => server.close(done));
    const url = await webAgainst(`http://127.0.0.1:${port}/graphql`);

    const live = await fetch(`${url}/health/live`);
    expect(live.status).toBe(200);
    expect(live.headers.get('cache-control')).toBe('no-store');
    expect(await live.json()).toEqual({ status: 'ok', service: 'web' });

    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable', service: 'web', gateway: { ok: false, error: expect.stringMatching(/^The gateway could not be reached/) as string } });
  });

  it('is not ready when the gateway takes the connection but does not answer within 2 s', async () => {
    const { port } = await tcpServer(true);
    const url = await webAgainst(`http://127.0.0.1:${port}/graphql`);
    const started = performance.now();
    const ready = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(10_000) });
    const seconds = (performance.now() - started) / 1000;
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ gateway: { ok: false, error: expect.stringMatching(/could not be reached: .*(timeout|aborted)/i) as string } });
    expect(seconds).toBeGreaterThanOrEqual(1.9);
    expect(seconds).toBeLessThan(6);
  });
});
