/** The gateway alone, as in production: subgraph URLs and the signing secret from the environment. */
import { readFileSync } from 'node:fs';
import { ConfigError, createLogger, peerUrlsFromEnv, startTracing, stopOnSignals, systemClock } from '@edhr/kit';
import { loadGatewayConfig } from './config/gateway-config';
import { loadAuthConfig } from './auth/auth-config';
import { createAuthenticator } from './auth/authenticate';
import { loadLimitsConfig } from './limits/limits-config';
import { loadResponseCacheConfig } from './cache/response-cache-config';
import { startGatewayServer } from './federation/serve-gateway';
import { SUPERGRAPH_PATH } from './federation/supergraph-file';
import { loadTrustedDocuments } from './federation/trusted-documents';
import { loadQueryPlanner } from './federation/query-planner-config';
import { loadSubgraphPassThrough } from './front/pass-through-config';

const logger = createLogger('gateway');
try {
  const config = loadGatewayConfig();
  if (!config.internalTokenSecret) {
    throw new ConfigError([
      'INTERNAL_TOKEN_SECRET is missing: the gateway signs identities for its subgraphs with it (expected at least 32 characters)',
    ]);
  }
  const tracing = await startTracing({ serviceName: 'gateway' });
  const gateway = await startGatewayServer({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    internalTokenSecret: config.internalTokenSecret,
    authenticate: createAuthenticator(loadAuthConfig(), systemClock),
    // Partner API keys are checked by calling the partners subgraph directly (PARTNERS_URL).
    partnersUrl: peerUrlsFromEnv().partners,
    limits: loadLimitsConfig(),
    responseCache: loadResponseCacheConfig(),
    production: config.nodeEnv === 'production',
    host: config.host,
    port: config.port,
    logger,
    clock: systemClock,
    trustedDocuments: loadTrustedDocuments(),
    queryPlanner: loadQueryPlanner(),
    subgraphPassThrough: loadSubgraphPassThrough(),
  });
  stopOnSignals(async () => {
    await gateway.stop();
    await tracing?.shutdown();
  }, logger);
} catch (error) {
  logger.fatal(error instanceof ConfigError ? error.message : { err: error }, 'the gateway could not start');
  process.exitCode = 1;
}
