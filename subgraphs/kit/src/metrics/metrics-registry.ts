import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * One Prometheus registry per service, every series labelled with the service's name. Services
 * sharing a process (`npm start`) keep separate registries, so each `/metrics` shows its own.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}
