import { envValue } from '../config/env';
import { pino, type Logger } from 'pino';
import { currentRequestId } from './request-context';

export type { Logger };

/** A structured logger whose lines carry the service name and the current request id. */
export function createLogger(service: string, level = envValue('LOG_LEVEL') ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    mixin() {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    redact: ['req.headers.authorization', 'req.headers["x-edhr-internal-token"]'],
  });
}
