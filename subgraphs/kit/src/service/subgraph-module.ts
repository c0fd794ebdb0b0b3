import type { EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger';
import type { PeerUrls } from '../config/peer-urls';
import type { Clock } from '../time/clock';
import type { GraphQLSchema } from 'graphql';
import type { Registry } from 'prom-client';
import type { SubgraphMigration } from '../database/migrations';

/** What a subgraph's services are built from: at start by the kit, or by one of its commands. */
export interface ServicesContext {
  logger: Logger;
  /** Signs service-role tokens for calls to the gateway or a peer; null when a command runs without one. */
  internalTokenSecret: string | null;
  peers: PeerUrls;
  /** The clock the subgraph serves with; background work and service tokens use it too. */
  clock: Clock;
  /** The environment the subgraph's own settings are read from (`process.env` when served). */
  env: Record<string, string | undefined>;
}

/** What a subgraph gets before it serves: its database, and a secret it always has when served. */
export interface SubgraphStartContext extends ServicesContext {
  orm: MikroORM;
  internalTokenSecret: string;
}

/** Background work a subgraph started; stopped before its server drains. */
export interface BackgroundWork {
  stop(): Promise<void>;
}

/**
 * Everything that makes one subgraph what it is; the kit supplies the rest. `S` is the
 * subgraph's services (its settings and the clients it calls peers with): built once at start
 * and handed to every resolver as `context.services`, so nothing lives in a module variable.
 */
export interface SubgraphModule<S = unknown> {
  /** Service name, e.g. `partners`; also names it in logs and in the supergraph. */
  name: string;
  /** The PostgreSQL schema it owns. */
  databaseSchema: string;
  /** Environment variable holding its port, and the default port. */
  portVariable: string;
  defaultPort: number;
  entities: EntitySchema<any, any>[];
  migrations: readonly SubgraphMigration[];
  buildSchema(): Promise<GraphQLSchema>;
  /**
   * Builds the subgraph's services from its settings; a bad setting throws a `ConfigError`
   * naming the variable, so the start stops before anything is served.
   */
  createServices(context: ServicesContext): S;
  /**
   * Work after migrations and before serving, e.g. registering configured plugins; may return
   * background work (e.g. an outbox deliverer) to stop on shutdown.
   */
  beforeServe?(context: SubgraphStartContext, services: S): Promise<void | BackgroundWork>;
  /** Adds the subgraph's own metrics (e.g. a backlog read at each scrape) to its registry. */
  registerMetrics?(registry: Registry, context: { orm: MikroORM; clock: Clock }): void;
}
