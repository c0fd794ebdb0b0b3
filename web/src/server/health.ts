import { Router } from 'express';
import type { GatewayClient } from '../graphql/gateway-client';
import { GatewayReadyQuery } from '../graphql/operations/health';

export interface GatewayCheck {
  ok: boolean;
  error?: string;
}

/** Whether the gateway answers a GraphQL question, asked the way the pages ask theirs (by hash when they do). */
export async function checkGateway(gateway: GatewayClient): Promise<GatewayCheck> {
  try {
    const result = await gateway.execute(GatewayReadyQuery, {}, undefined);
    if (result.errors) return { ok: false, error: result.errors.map((e) => e.message).join('; ') };
    return result.data.__typename === 'Query' ? { ok: true } : { ok: false, error: 'the gateway answered without its Query type' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/**
 * `/health/live` (the process answers) and `/health/ready` (the gateway answers too; 503
 * otherwise), as every other service serves them. `gateway` bounds its own wait.
 */
export function healthRoutes(gateway: GatewayClient): Router {
  const router = Router();
  router.use('/health', (_request, response, next) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.get('/health/live', (_request, response) => {
    response.json({ status: 'ok', service: 'web' });
  });
  router.get('/health/ready', async (_request, response) => {
    const gatewayCheck = await checkGateway(gateway);
    response.status(gatewayCheck.ok ? 200 : 503).json({ status: gatewayCheck.ok ? 'ready' : 'unavailable', service: 'web', gateway: gatewayCheck });
  });
  return router;
}
