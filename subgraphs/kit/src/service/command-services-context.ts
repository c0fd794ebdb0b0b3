import { commonShape } from './service-config';
import { parseEnv } from '../config/env';
import { peerUrlsFromEnv } from '../config/peer-urls';
import { existingDevelopmentSecret } from '../auth/development-secret';
import { createLogger } from '../logging/logger';
import { systemClock } from '../time/clock';
import type { ServicesContext } from './subgraph-module';

/**
 * What a subgraph's command (`npm run import`, …) builds its services from, as the kit does at
 * start: the environment, the peers' URLs, the system clock, and `INTERNAL_TOKEN_SECRET` — or,
 * outside production, the local secret of an `npm start` beside it (the one its peers run with).
 */
export function commandServicesContext(name: string, env: Record<string, string | undefined> = process.env): ServicesContext {
  const parsed = parseEnv({ INTERNAL_TOKEN_SECRET: commonShape.INTERNAL_TOKEN_SECRET, NODE_ENV: commonShape.NODE_ENV }, env);
  const secret =
    parsed.INTERNAL_TOKEN_SECRET ?? (parsed.NODE_ENV === 'production' ? undefined : existingDevelopmentSecret('internal-token-secret'));
  return { logger: createLogger(name), internalTokenSecret: secret ?? null, peers: peerUrlsFromEnv(env), clock: systemClock, env };
}
