import { createRequire } from 'node:module';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Identity } from '../auth/identity';
import { DEFAULT_PEER_URLS } from '../config/peer-urls';
import { openSubgraphDatabase } from '../database/create-orm';
import type { SubgraphContext } from '../graphql/context';
import { createRequestContext } from '../graphql/request-context';
import { createLogger } from '../logging/logger';
import type { ServicesContext, SubgraphModule } from '../service/subgraph-module';
import type { Clock } from '../time/clock';
import { createTestDatabase } from './test-database';

// Subgraph schemas are built by @apollo/subgraph with the CommonJS build of graphql; vitest would
// resolve a bare import to the ESM build, a second copy that rejects that schema.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/**
 * What a test builds a subgraph's services from: its clock and environment, the default peer URLs
 * and, unless given, no secret — so nothing calls a peer unless the test gives it one (or a fake).
 */
export function testServicesContext(
  clock: Clock,
  env: Record<string, string | undefined> = {},
  internalTokenSecret: string | null = null,
): ServicesContext {
  return { logger: createLogger('test', 'silent'), internalTokenSecret, peers: DEFAULT_PEER_URLS, clock, env };
}

export interface TestSubgraphOptions<S> {
  /** Who runs a query unless `execute` is told otherwise. */
  identity: Identity;
  /** The time every request is judged by. */
  clock: Clock;
  /** The environment the services' settings are read from; empty (every default) unless given. */
  env?: Record<string, string | undefined>;
  /** The secret the services sign peer calls with; none unless given. */
  internalTokenSecret?: string;
  /** Changes the services built from `env`, e.g. a fake partners `fetch`. */
  services?: (built: S) => S;
  /** Called for every SQL statement (tests count statements with it). */
  onQuery?: (sql: string) => void;
}

/** Per request: another clock or other services than the subgraph was opened with. */
export interface RequestOverrides<S> {
  clock?: Clock;
  services?: S;
}

export interface TestSubgraph<S> {
  /** The test database's URL, for a connection of the test's own. */
  databaseUrl: string;
  /** A PostgreSQL server's database (`TEST_DATABASE_URL`), or the embedded one. */
  databaseKind: 'embedded' | 'server';
  orm: MikroORM;
  schema: GraphQLSchema;
  /** The services every request gets unless told otherwise. */
  services: S;
  /** A request's context exactly as the server builds it, for `identity`. */
  contextFor(identity?: Identity, overrides?: RequestOverrides<S>): SubgraphContext<S>;
  /** Runs an operation against the schema with a fresh request context. */
  execute(source: string, variables?: Record<string, unknown>, identity?: Identity, overrides?: RequestOverrides<S>): Promise<ExecutionResult>;
  close(): Promise<void>;
}

/**
 * Opens a subgraph for one test file: a fresh copy of the run's migrated database, the
 * subgraph's schema and services, and requests given the context the server gives them
 * (`createRequestContext`), with the test's clock and identity. `beforeServe` is not run.
 */
export async function openTestSubgraph<S>(module: SubgraphModule<S>, options: TestSubgraphOptions<S>): Promise<TestSubgraph<S>> {
  const logger = createLogger(`${module.name}-test`, 'silent');
  const built = module.createServices({ ...testServicesContext(options.clock, options.env, options.internalTokenSecret), logger });
  const services = options.services ? options.services(built) : built;
  const database = await createTestDatabase();
  let orm: MikroORM;
  try {
    orm = await openSubgraphDatabase({
      url: database.url,
      schema: module.databaseSchema,
      entities: module.entities,
      migrations: module.migrations,
      onQuery: options.onQuery,
    });
  } catch (error) {
    await database.stop();
    throw error;
  }
  const schema = await module.buildSchema();
  const contextFor = (identity: Identity = options.identity, overrides: RequestOverrides<S> = {}) =>
    createRequestContext({ orm, logger, clock: overrides.clock ?? options.clock, services: overrides.services ?? services }, identity, 'test');
  return {
    databaseUrl: database.url,
    databaseKind: database.kind,
    orm,
    schema,
    services,
    contextFor,
    execute: (source, variables = {}, identity, overrides) =>
      graphql({ schema, source, variableValues: variables, contextValue: contextFor(identity, overrides) }),
    async close() {
      await orm.close();
      await database.stop();
    },
  };
}
