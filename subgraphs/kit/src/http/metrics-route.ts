import type { Request, Response } from 'express';
import type { Registry } from 'prom-client';
import { decideMetricsAccess, type MetricsAccess } from '../metrics/metrics-access';
import { sendRefusal } from './request-guard';

/** `GET /metrics`: the registry in Prometheus' text format, for whoever `access` lets in. */
export function metricsRoute(registry: Registry, access: MetricsAccess) {
  return async (req: Request, res: Response) => {
    const decision = decideMetricsAccess(access, req.headers.authorization);
    if (!decision.allowed) {
      sendRefusal(res, {
        status: decision.status,
        code: decision.code,
        message: decision.message,
        headers: decision.status === 401 ? { 'www-authenticate': 'Bearer' } : undefined,
      });
      return;
    }
    const body = await registry.metrics();
    res.setHeader('content-type', registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(body);
  };
}
