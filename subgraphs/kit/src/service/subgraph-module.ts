import type { EntitySchema, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../logging/logger';
import type { GraphQLSchema } from 'graphql';
import type { Migration } from '../database/migrations';

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
  migrations: readonly Migration[];
  buildSchema(): Promise<GraphQLSchema>;
  /** Work after migrations and before serving, e.g. registering configured plugins. */
  beforeServe?(context: { orm: MikroORM; logger: Logger }): Promise<void>;
}
