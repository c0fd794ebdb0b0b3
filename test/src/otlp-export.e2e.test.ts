import { afterAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { startTracing, type Tracing } from '@edhr/kit';

// Tracing is process-wide, so this runs in its own process (an end-to-end file) against a real
// OTLP/HTTP receiver on a free loopback port, configured only through the standard variables.
describe('trace export from the standard OTEL_* variables', { timeout: 60_000 }, () => {
  const received: { path: string | undefined; type: string | undefined; bytes: number }[] = [];
  let receiver: Server;
  let tracing: Tracing | null = null;
  afterAll(async () => {
    await tracing?.shutdown();
    await new Promise<void>((resolve) => receiver?.close(() => resolve()));
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  });

  it('is off without an endpoint, and sends spans as OTLP protobuf to the endpoint once one is set', async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    expect(await startTracing({ serviceName: 'export-probe' })).toBeNull();

    receiver = createServer((req, res) => {
      let bytes = 0;
      req.on('data', (chunk: Buffer) => (bytes += chunk.length));
      req.on('end', () => {
        received.push({ path: req.url, type: req.headers['content-type'], bytes });
        res.writeHead(200, { 'content-type': 'application/x-protobuf' });
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', () => resolve()));
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    tracing = await startTracing({ serviceName: 'export-probe' });
    expect(tracing).not.toBeNull();
    trace.getTracer('export-probe').startActiveSpan('probe', (span) => span.end());
    // Shutting down flushes the batch.
    await tracing!.shutdown();
    tracing = null;
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ path: '/v1/traces', type: 'application/x-protobuf' });
    expect(received[0]!.bytes).toBeGreaterThan(100);
  });
});
