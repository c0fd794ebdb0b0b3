import { envValue } from '../config/env';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { currentRequestId } from './request-context';
import { currentTraceId } from '../telemetry/trace-id';

export type { Logger };

/**
 * A structured logger whose lines carry the service name, the current request id and, when
 * tracing is on, the current trace id. `destination` is for tests; by default standard output.
 */
export function createLogger(service: string, level = envValue('LOG_LEVEL') ?? 'info', destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name: service,
    level,
    base: { service },
    mixin() {
      const requestId = currentRequestId();
      const traceId = currentTraceId();
      return { ...(requestId ? { requestId } : {}), ...(traceId ? { traceId } : {}) };
    },
    redact: ['req.headers.authorization', 'req.headers["x-edhr-internal-token"]'],
  };
  return destination ? pino(options, destination) : pino(options);
}
