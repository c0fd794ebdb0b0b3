import { envValue } from '../config/env';

/**
 * Whether this process exports traces, from the standard OpenTelemetry variables: on when an
 * OTLP endpoint is given (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`)
 * or an exporter is named (`OTEL_TRACES_EXPORTER`, other than `none`); `OTEL_SDK_DISABLED=true`
 * turns it off whatever else is set. Off by default.
 */
export function tracingEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (envValue('OTEL_SDK_DISABLED', env)?.toLowerCase() === 'true') return false;
  const exporter = envValue('OTEL_TRACES_EXPORTER', env)?.toLowerCase();
  if (exporter !== undefined) return exporter.split(',').some((name) => name.trim() !== 'none' && name.trim() !== '');
  return envValue('OTEL_EXPORTER_OTLP_ENDPOINT', env) !== undefined || envValue('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', env) !== undefined;
}
