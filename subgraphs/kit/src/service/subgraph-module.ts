import type { EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger';
import type { PeerUrls } from '../config/peer-urls';
import type { Clock } from '../time/clock';

/** What a subgraph gets before it serves: its database, logger, and what it needs to call its peers. */
export interface SubgraphStartContext {
  orm: MikroORM;
  logger: Logger;
  /** Signs service-role tokens for calls to the gateway or another subgraph. */
  internalTokenSecret: string;
  peers: PeerUrls;
  /** The clock the subgraph serves with; background work and service tokens use it too. */
  clock: Clock;
}

/** Background work a subgraph started; stopped before its server drains. */
export interface BackgroundWork {
  stop(): Promise<void>;
}
import type { GraphQLSchema } from 'graphql';
import type { Registry } from 'prom-client';
import type { SubgraphMigration } from '../database/migrations';

/** Everything that makes one subgraph what it is; the kit supplies the rest. */
export interface SubgraphModule {
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
   * Work after migrations and before serving, e.g. registering configured plugins; may return
   * background work (e.g. an outbox deliverer) to stop on shutdown.
   */
  beforeServe?(context: SubgraphStartContext): Promise<void | BackgroundWork>;
  /** Adds the subgraph's own metrics (e.g. a backlog read at each scrape) to its registry. */
  registerMetrics?(registry: Registry, context: { orm: MikroORM; clock: Clock }): void;
}
