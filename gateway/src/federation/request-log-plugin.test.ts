import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@edhr/kit';
import { requestLogPlugin } from './request-log-plugin';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger('gateway', 'info', destination) };
}

describe('the request log', () => {
  it('writes one line per GraphQL request with its request id, method, status, subject and duration', async () => {
    const { lines, logger } = capture();
    const plugin = requestLogPlugin(logger, () => 'request-1', () => 'analyst-7');
    const request = new Request('http://127.0.0.1/graphql', { method: 'POST' });
    plugin.onRequest({ request, url: new URL(request.url) });
    plugin.onResponse({ request, response: new Response('{}', { status: 200 }) });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'request', requestId: 'request-1', method: 'POST', status: 200, subject: 'analyst-7', durationMs: expect.any(Number) }),
    ]);
  });

  it('writes nothing for the health and metrics endpoints', async () => {
    const { lines, logger } = capture();
    const plugin = requestLogPlugin(logger, () => 'request-2', () => 'public');
    for (const path of ['/health/live', '/health/ready', '/metrics']) {
      const request = new Request(`http://127.0.0.1${path}`);
      plugin.onRequest({ request, url: new URL(request.url) });
      plugin.onResponse({ request, response: new Response(null, { status: 200 }) });
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([]);
  });
});
