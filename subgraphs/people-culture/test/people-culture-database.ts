import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createLogger, fixedClock, openSubgraphDatabase, type Clock, type Identity } from '@edhr/kit';
import { createTestDatabase } from '@edhr/kit/testing';
import { peopleCulture } from '../src/module';

// The schema is built by @apollo/subgraph with the CommonJS build of graphql; vitest would
// resolve a bare import to the ESM build, a second copy that rejects that schema.
export const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
export const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
export const SERVICE: Identity = { subject: 'plugin-loader', roles: ['service'] };
export const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };

const logger = createLogger('people-culture-test', 'silent');

/** The harness's default time: 23:30 UTC on 30 June 2027, 00:30 BST on 1 July in the UK. */
export const HARNESS_CLOCK = fixedClock('2027-06-30T23:30:00Z');

export interface PeopleCultureHarness {
  orm: MikroORM;
  /** SQL statements of the last `run`. */
  statements: string[];
  /** Runs as `identity` at `clock` (HARNESS_CLOCK unless given). */
  run(source: string, variableValues?: Record<string, unknown>, identity?: Identity, clock?: Clock): ReturnType<typeof graphql>;
  count(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

/** A fresh migrated database and the subgraph schema, executed directly with `graphql()`. */
export async function openHarness(): Promise<PeopleCultureHarness> {
  const database = await createTestDatabase();
  const statements: string[] = [];
  const orm = await openSubgraphDatabase({
    url: database.url,
    schema: peopleCulture.databaseSchema,
    entities: peopleCulture.entities,
    migrations: peopleCulture.migrations,
    onQuery: (sql) => statements.push(sql),
  });
  const schema: GraphQLSchema = await peopleCulture.buildSchema();
  return {
    orm,
    statements,
    run(source, variableValues = {}, identity = STAFF, clock = HARNESS_CLOCK) {
      statements.length = 0;
      const contextValue = { em: orm.em.fork(), identity, requestId: 'test', logger, clock, loaders: new Map() };
      return graphql({ schema, source, variableValues, contextValue });
    },
    async count(sql, params = []) {
      const rows = await orm.em.getConnection().execute<{ n: string }[]>(sql, params);
      return Number(rows[0]!.n);
    },
    async close() {
      await orm.close();
      await database.stop();
    },
  };
}

/** Only statements that touch data, not the logger's transaction bookkeeping. */
export function dataStatements(statements: readonly string[]): string[] {
  // Logged lines carry colour codes, so no word boundary before the verb.
  return statements.filter((s) => /(select|insert|update|delete) /i.test(s) && !/(begin|commit|rollback)/i.test(s));
}
