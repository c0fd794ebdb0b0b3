import { createRequire } from 'node:module';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, fixedClock, openSubgraphDatabase, type Clock, type Identity } from '@edhr/kit';
import { createTestDatabase, type TestDatabase } from '@edhr/kit/testing';
import { partners } from '../src/module';

// The schema is built by @apollo/subgraph with the CommonJS build of graphql; a bare import in
// vitest would load the ESM build, a second copy that rejects that schema.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

/** The secret behind the cell keys in these tests; tests work out expected published values with it. */
export const TEST_DISCLOSURE_KEY = 'partners-test-disclosure-key-'.padEnd(48, 'k');
process.env.DISCLOSURE_KEY ??= TEST_DISCLOSURE_KEY;

export const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
export const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
export const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };
export const SERVICE: Identity = { subject: 'service-delivery', roles: ['service'] };
export const partner = (key: string): Identity => ({ subject: `${key}-analyst`, roles: ['partner'], partnerId: key });

/**
 * The harness's default time: 23:30 UTC on 30 June 2027, which is 00:30 BST on 1 July in the UK
 * (agreements and dates are judged by the UK day).
 */
export const HARNESS_CLOCK = fixedClock('2027-06-30T23:30:00Z');

/** A migrated partners database, its schema, and a way to run GraphQL against it as someone. */
export interface PartnersHarness {
  orm: MikroORM;
  schema: GraphQLSchema;
  /** Runs as `identity` at `clock` (HARNESS_CLOCK unless given). */
  run(source: string, variables?: Record<string, unknown>, identity?: Identity, clock?: Clock): Promise<ExecutionResult<any>>;
  /** Runs and fails the test on any GraphQL error. */
  ok(source: string, variables?: Record<string, unknown>, identity?: Identity, clock?: Clock): Promise<any>;
  count(table: string, where?: string): Promise<number>;
  close(): Promise<void>;
}

export async function openPartnersHarness(): Promise<PartnersHarness> {
  const database: TestDatabase = await createTestDatabase();
  const orm = await openSubgraphDatabase({
    url: database.url,
    schema: partners.databaseSchema,
    entities: partners.entities,
    migrations: partners.migrations,
  });
  const schema = await partners.buildSchema();
  const logger = createLogger('partners-test', 'silent');
  const run = (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF, clock: Clock = HARNESS_CLOCK) =>
    graphql({
      schema,
      source,
      variableValues,
      contextValue: { em: orm.em.fork(), identity, requestId: 't', logger, clock, loaders: new Map() },
    }) as Promise<ExecutionResult<any>>;
  return {
    orm,
    schema,
    run,
    async ok(source, variables, identity, clock) {
      const result = await run(source, variables, identity, clock);
      if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
      return result.data;
    },
    async count(table, where = 'true') {
      const rows = await orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from "partners"."${table}" where ${where}`);
      return Number(rows[0]!.n);
    },
    async close() {
      await orm.close();
      await database.stop();
    },
  };
}
