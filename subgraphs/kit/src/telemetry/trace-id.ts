import { trace } from '@opentelemetry/api';

/**
 * The trace id of the span active here, for log lines; undefined when nothing is traced (with
 * tracing off there is no context manager, so this costs one lookup and finds nothing).
 */
export function currentTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? context.traceId : undefined;
}
