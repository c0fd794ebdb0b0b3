import type { MikroORM } from '@mikro-orm/postgresql';
import { openSubgraphDatabase } from '../database/create-orm';
import { startSubgraphServer } from '../http/subgraph-server';
import type { RequestLimits } from '../http/request-guard';
import { createLogger, type Logger } from '../logging/logger';
import type { BackgroundWork, SubgraphModule } from './subgraph-module';
import { DEFAULT_PEER_URLS, type PeerUrls } from '../config/peer-urls';
import { systemClock, type Clock } from '../time/clock';
import { createMetricsRegistry } from '../metrics/metrics-registry';
import { registerDatabasePoolMetrics } from '../metrics/database-pool-metrics';
import { loadMetricsAccess, type MetricsAccess } from '../metrics/metrics-access';

export interface StartSubgraphOptions {
  databaseUrl: string;
  internalTokenSecret: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  production?: boolean;
  migrate?: boolean;
  logger?: Logger;
  /** Where the gateway and the other subgraphs are, for calls this subgraph makes itself. */
  peers?: PeerUrls;
  /** Called for every SQL statement (tests count statements with it). */
  onQuery?: (sql: string) => void;
  /** Where "now" comes from (the system clock unless given); tests pass a fixed one. */
  clock?: Clock;
  /** Largest request body and deepest request JSON; `DEFAULT_SUBGRAPH_LIMITS` unless given. */
  limits?: RequestLimits;
  /** Who may read `/metrics`; from `METRICS_TOKEN` and the mode unless given. */
  metricsAccess?: MetricsAccess;
  /** Where the subgraph's own settings are read from (`process.env` unless given). */
  env?: Record<string, string | undefined>;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  /** Drains HTTP requests, then closes the database pool. */
  stop(): Promise<void>;
}

/** Builds the subgraph's services, opens its database (migrating it), builds its schema and serves it. */
export async function startSubgraph<S>(module: SubgraphModule<S>, options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const logger = options.logger ?? createLogger(module.name);
  const clock = options.clock ?? systemClock;
  const peers = options.peers ?? DEFAULT_PEER_URLS;
  // Before the database: a bad setting stops the start before anything is migrated or served.
  const services = module.createServices({
    logger,
    internalTokenSecret: options.internalTokenSecret,
    peers,
    clock,
    env: options.env ?? process.env,
  });
  const orm = await openSubgraphDatabase(
    {
      url: options.databaseUrl,
      schema: module.databaseSchema,
      entities: module.entities,
      migrations: module.migrations,
      logger,
      onQuery: options.onQuery,
    },
    { migrate: options.migrate ?? true },
  );
  let background: BackgroundWork | void = undefined;
  try {
    const production = options.production ?? false;
    const metrics = { registry: createMetricsRegistry(module.name), access: options.metricsAccess ?? loadMetricsAccess(production) };
    registerDatabasePoolMetrics(metrics.registry, orm);
    module.registerMetrics?.(metrics.registry, { orm, clock });
    background = await module.beforeServe?.(
      { orm, logger, internalTokenSecret: options.internalTokenSecret, peers, clock, env: options.env ?? process.env },
      services,
    );
    const server = await startSubgraphServer({
      name: module.name,
      schema: await module.buildSchema(),
      orm,
      logger,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? module.defaultPort,
      production,
      internalTokenSecret: options.internalTokenSecret,
      clock,
      limits: options.limits,
      metrics,
      services,
    });
    return {
      name: module.name,
      url: server.url,
      orm,
      async stop() {
        await background?.stop();
        await server.stop();
        await orm.close();
      },
    };
  } catch (error) {
    await background?.stop();
    await orm.close();
    throw error;
  }
}
