import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { createLogger, runWithRequestId, startTracing, tracingActive, type Tracing } from '@edhr/kit';
import type { Harness } from './harness';

// Tracing starts before the federation is loaded and started, as an entry point starts it; spans
// go to memory instead of a collector.
const exporter = new InMemorySpanExporter();
// Two subgraphs one after the other: organisational-processes owns the organisation, service-delivery
// extends it. (With two entity fetches in parallel, the runtime's plugin at times leaves one
// subgraph.execute span unended, so the tree would have a hole that is not this project's.)
const SUMMARY = `query Summary { organisation(id: "west-midlands-police") { name serviceDelivery { encounterRecords } } }`;
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

describe('tracing from the gateway through the subgraphs to SQL', { timeout: 240_000 }, () => {
  let tracing: Tracing | null;
  let harness: Harness;
  let tokenFor: typeof import('./harness').tokenFor;

  beforeAll(async () => {
    tracing = await startTracing({ serviceName: 'edhr-e2e', spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const loaded = await import('./harness');
    tokenFor = loaded.tokenFor;
    // Without the response cache, so a repeated question is traced down to SQL again.
    harness = await loaded.startHarness({ responseCache: { enabled: false } });
  });
  afterAll(async () => {
    await harness?.stop();
    await tracing?.shutdown();
  });

  /** Every finished span of the trace the gateway's `Summary` operation belongs to. */
  const traceOfSummary = async (headers?: Record<string, string>) => {
    exporter.reset();
    const answer = await harness.query(SUMMARY, { token: await tokenFor(['staff']), headers });
    expect(answer.body).toEqual({
      data: { organisation: { name: 'West Midlands Police', serviceDelivery: { encounterRecords: 0 } } },
    });
    // Spans end as their work does, not all before the answer is sent: wait (bounded) until the
    // operation's trace is whole — the gateway's HTTP server span and every span's parent finished.
    const gatewayPort = Number(new URL(harness.federation.gatewayUrl).port);
    let spans: ReadableSpan[] = [];
    for (let i = 0; i < 100; i++) {
      const traceId = exporter.getFinishedSpans().find((s) => s.name === 'graphql.operation Summary')?.spanContext().traceId;
      spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
      const ids = new Set(spans.map((s) => s.spanContext().spanId));
      const served = spans.some((s) => s.kind === SpanKind.SERVER && s.attributes['server.port'] === gatewayPort);
      if (served && spans.filter((s) => !s.parentSpanContext || !ids.has(s.parentSpanContext.spanId)).length === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(spans.find((s) => s.name === 'graphql.operation Summary')).toBeDefined();
    return spans;
  };

  it('records one trace whose spans link from the gateway request to each subgraph call and its SQL', async () => {
    const spans = await traceOfSummary();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => (s.parentSpanContext ? byId.get(s.parentSpanContext.spanId) : undefined);
    const ancestors = (s: ReadableSpan) => {
      const chain: ReadableSpan[] = [];
      for (let p = parentOf(s); p && chain.length < 100; p = parentOf(p)) chain.push(p);
      return chain;
    };

    // One root, the gateway's HTTP server span; every other span's parent is in the same trace.
    const roots = spans.filter((s) => !parentOf(s));
    expect(roots).toHaveLength(1);
    const [root] = roots;
    expect(root!.kind).toBe(SpanKind.SERVER);
    expect(root!.attributes['server.port']).toBe(Number(new URL(harness.federation.gatewayUrl).port));
    expect(root!.attributes['url.path']).toBe('/graphql');

    // The gateway's own spans under it: the operation, its execution, one execution per subgraph.
    const operation = spans.find((s) => s.name === 'graphql.operation Summary')!;
    expect(ancestors(operation)).toContain(root);
    const execute = spans.find((s) => s.name === 'graphql.execute')!;
    expect(parentOf(execute)).toBe(operation);
    const subgraphCalls = spans.filter((s) => s.name.startsWith('subgraph.execute'));
    expect(subgraphCalls.map((s) => s.attributes['hive.gateway.upstream.subgraph.name']).sort()).toEqual(['organisational-processes', 'service-delivery']);
    for (const call of subgraphCalls) expect(parentOf(call)).toBe(execute);

    // Each subgraph's server span continues the gateway's call to it (traceparent over HTTP)…
    const served = spans.filter((s) => s.kind === SpanKind.SERVER && typeof s.attributes['edhr.service'] === 'string');
    expect(served.map((s) => s.attributes['edhr.service']).sort()).toEqual(['organisational-processes', 'service-delivery']);
    const gatewayRequestId = spans.find((s) => s.name === 'POST /graphql')!.attributes['hive.request.id'];
    expect(gatewayRequestId).toEqual(expect.any(String));
    for (const server of served) {
      const call = ancestors(server).find((s) => s.name.startsWith('subgraph.execute'));
      expect(call?.attributes['hive.gateway.upstream.subgraph.name']).toBe(server.attributes['edhr.service']);
      expect(server.attributes['edhr.request_id']).toBe(gatewayRequestId);
      // …and holds that subgraph's SQL statements, on its own schema.
      const schema = String(server.attributes['edhr.service']).replace(/-/g, '_');
      const statements = spans.filter((s) => s.name.startsWith('pg.query') && ancestors(s).includes(server));
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(statement.attributes['db.query.text']).toContain(`"${schema}".`);
    }
    // No value of the request reaches a span: the organisation's key is neither in the SQL nor in a document.
    for (const span of spans) {
      for (const value of Object.values(span.attributes)) expect(String(value)).not.toContain('west-midlands-police');
    }
  });

  it("continues a caller's trace from its traceparent header", async () => {
    const spans = await traceOfSummary({ traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` });
    expect(spans.length).toBeGreaterThan(10);
    expect(spans.every((s) => s.spanContext().traceId === CALLER_TRACE)).toBe(true);
    const root = spans.find((s) => s.parentSpanContext?.spanId === CALLER_SPAN);
    expect(root?.kind).toBe(SpanKind.SERVER);
  });

  it('writes the trace id beside the request id in every log line inside a traced request', () => {
    expect(tracingActive()).toBe(true);
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
        done();
      },
    });
    const logger = createLogger('log-probe', 'info', sink);
    let traceId = '';
    trace.getTracer('log-probe').startActiveSpan('work', (span) => {
      traceId = span.spanContext().traceId;
      runWithRequestId('request-7', () => logger.info('inside'));
      span.end();
    });
    logger.info('outside');
    expect(lines[0]).toMatchObject({ msg: 'inside', requestId: 'request-7', traceId });
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(lines[1]).toMatchObject({ msg: 'outside' });
    expect(lines[1]).not.toHaveProperty('traceId');
  });
});
