import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

describe('startRecordingProxy', () => {
  const closing: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closing.splice(0)) await close();
  });

  it('forwards a request and its answer unchanged, and keeps the request it forwarded', async () => {
    const seen: { url?: string; header?: string; body?: string } = {};
    const upstream = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        Object.assign(seen, { url: req.url, header: req.headers['x-edhr-internal-token'], body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'application/graphql-response+json' });
        res.end('{"data":{"answer":42}}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', () => resolve()));
    closing.push(() => new Promise<void>((resolve) => upstream.close(() => resolve())));
    const proxy: RecordingProxy = await startRecordingProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/graphql`);
    closing.unshift(() => proxy.close());
    expect(proxy.last()).toBeUndefined();

    const answer = await fetch(proxy.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-edhr-internal-token': 'token-1' },
      body: '{"query":"{ answer }"}',
    });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/graphql-response+json');
    expect(await answer.text()).toBe('{"data":{"answer":42}}');
    expect(seen).toEqual({ url: '/graphql', header: 'token-1', body: '{"query":"{ answer }"}' });
    expect(proxy.last()?.body).toBe('{"query":"{ answer }"}');
    expect(proxy.last()?.headers['x-edhr-internal-token']).toBe('token-1');
  });
});
