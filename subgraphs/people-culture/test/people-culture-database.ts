import type { MikroORM } from '@mikro-orm/postgresql';
import { fixedClock, type Clock, type Identity } from '@edhr/kit';
import { openTestSubgraph, type TestSubgraph } from '@edhr/kit/testing';
import { peopleCulture } from '../src/module';
import type { PeopleCultureServices } from '../src/services';

export const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
export const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
export const SERVICE: Identity = { subject: 'plugin-loader', roles: ['service'] };
export const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };

/** The harness's default time: 23:30 UTC on 30 June 2027, 00:30 BST on 1 July in the UK. */
export const HARNESS_CLOCK = fixedClock('2027-06-30T23:30:00Z');

export interface PeopleCultureHarness {
  orm: MikroORM;
  subgraph: TestSubgraph<PeopleCultureServices>;
  /** SQL statements of the last `run`. */
  statements: string[];
  /** Runs as `identity` at `clock` (HARNESS_CLOCK unless given). */
  run(source: string, variableValues?: Record<string, unknown>, identity?: Identity, clock?: Clock): ReturnType<TestSubgraph<PeopleCultureServices>['execute']>;
  count(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

/** A fresh migrated database and the subgraph as served (staff at HARNESS_CLOCK unless told otherwise). */
export async function openHarness(): Promise<PeopleCultureHarness> {
  const statements: string[] = [];
  const subgraph = await openTestSubgraph(peopleCulture, { identity: STAFF, clock: HARNESS_CLOCK, onQuery: (sql) => statements.push(sql) });
  const { orm } = subgraph;
  return {
    orm,
    subgraph,
    statements,
    run(source, variableValues = {}, identity = STAFF, clock = HARNESS_CLOCK) {
      statements.length = 0;
      return subgraph.execute(source, variableValues, identity, { clock });
    },
    async count(sql, params = []) {
      const rows = await orm.em.getConnection().execute<{ n: string }[]>(sql, params);
      return Number(rows[0]!.n);
    },
    close: () => subgraph.close(),
  };
}

/** Only statements that touch data, not the logger's transaction bookkeeping. */
export function dataStatements(statements: readonly string[]): string[] {
  // Logged lines carry colour codes, so no word boundary before the verb.
  return statements.filter((s) => /(select|insert|update|delete) /i.test(s) && !/(begin|commit|rollback)/i.test(s));
}
