import { createRequire } from 'node:module';
import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ConfigError, envValue } from '../config/env';
import { tracingEnabled } from './tracing-config';

export interface Tracing {
  /** Sends what is still buffered and stops tracing. */
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** `service.name` of every span, unless `OTEL_SERVICE_NAME` says otherwise. */
  serviceName: string;
  /**
   * Where spans go; by default the exporter the standard variables describe (`OTEL_TRACES_EXPORTER`,
   * OTLP over HTTP unless `OTEL_EXPORTER_OTLP_PROTOCOL` says otherwise). Tests pass an in-memory one.
   */
  spanProcessors?: SpanProcessor[];
}

let active = false;

/** Whether this process traces: the gateway adds its OpenTelemetry plugin only then. */
export function tracingActive(): boolean {
  return active;
}

/**
 * Starts OpenTelemetry for this process when the environment asks for it (`tracingEnabled`), or
 * when span processors are given: HTTP in and out (W3C `traceparent` read and written) and every
 * SQL statement through `pg`, with the statement's text and never its values (`SpanRedactor`). Off, nothing is
 * loaded and nothing is patched. Returns null when off.
 */
export async function startTracing(options: TracingOptions): Promise<Tracing | null> {
  if (active) throw new Error('tracing is already started in this process');
  if (!options.spanProcessors && !tracingEnabled()) return null;
  const [{ NodeSDK, tracing }, { HttpInstrumentation }, { PgInstrumentation }, { SpanRedactor }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-pg'),
    import('./span-redactor'),
  ]);
  // `OTEL_TRACES_EXPORTER=console` prints spans (for a look without a collector); anything else is OTLP.
  const printing = envValue('OTEL_TRACES_EXPORTER')?.split(',').some((name) => name.trim() === 'console');
  const exporting = options.spanProcessors ?? [
    printing ? new tracing.SimpleSpanProcessor(new tracing.ConsoleSpanExporter()) : new tracing.BatchSpanProcessor(await defaultExporter()),
  ];
  const sdk = new NodeSDK({
    serviceName: envValue('OTEL_SERVICE_NAME') ?? options.serviceName,
    spanProcessors: [new SpanRedactor(), ...exporting],
    instrumentations: [
      // Health probes and scrapes are not worth a trace each.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(health|metrics)(\/|$|\?)/.test(req.url ?? '') }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  // The instrumentations patch a module when it is required after they start; an entry point has
  // usually loaded `pg` and `http` already (ES imports come first), so they are required again here.
  const require = createRequire(import.meta.url);
  for (const name of ['http', 'https', 'pg']) require(name);
  active = true;
  return {
    async shutdown() {
      active = false;
      await sdk.shutdown();
    },
  };
}

/**
 * OTLP over HTTP, protobuf unless `OTEL_EXPORTER_OTLP[_TRACES]_PROTOCOL` is `http/json`; the
 * exporter reads its endpoint, headers and timeout from the standard variables itself.
 */
async function defaultExporter() {
  const protocol = envValue('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL') ?? envValue('OTEL_EXPORTER_OTLP_PROTOCOL') ?? 'http/protobuf';
  if (protocol === 'http/json') return new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter();
  if (protocol !== 'http/protobuf') throw new ConfigError([`OTEL_EXPORTER_OTLP_PROTOCOL="${protocol}" is invalid: expected http/protobuf or http/json`]);
  return new (await import('@opentelemetry/exporter-trace-otlp-proto')).OTLPTraceExporter();
}
