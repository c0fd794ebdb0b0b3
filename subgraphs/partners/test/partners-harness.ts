import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { fixedClock, type Clock, type Identity } from '@edhr/kit';
import { openTestSubgraph, type TestSubgraph } from '@edhr/kit/testing';
import { partners } from '../src/module';
import type { PartnersServices } from '../src/services';

/** The secret behind the cell keys in these tests; tests work out expected published values with it. */
export const TEST_DISCLOSURE_KEY = 'partners-test-disclosure-key-'.padEnd(48, 'k');

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
  subgraph: TestSubgraph<PartnersServices>;
  /** Runs as `identity` at `clock` (HARNESS_CLOCK unless given). */
  run(source: string, variables?: Record<string, unknown>, identity?: Identity, clock?: Clock): Promise<ExecutionResult<any>>;
  /** Runs and fails the test on any GraphQL error. */
  ok(source: string, variables?: Record<string, unknown>, identity?: Identity, clock?: Clock): Promise<any>;
  count(table: string, where?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The partners subgraph as served, with DISCLOSURE_KEY set to TEST_DISCLOSURE_KEY, staff at
 * HARNESS_CLOCK by default; `services` changes what it was built with (e.g. a fake organisational-processes).
 */
export async function openPartnersHarness(services?: (built: PartnersServices) => PartnersServices): Promise<PartnersHarness> {
  const subgraph = await openTestSubgraph(partners, {
    identity: STAFF,
    clock: HARNESS_CLOCK,
    env: { DISCLOSURE_KEY: TEST_DISCLOSURE_KEY },
    services,
  });
  const { orm } = subgraph;
  const run = (source: string, variables: Record<string, unknown> = {}, identity: Identity = STAFF, clock?: Clock) =>
    subgraph.execute(source, variables, identity, { clock });
  return {
    orm,
    schema: subgraph.schema,
    subgraph,
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
    close: () => subgraph.close(),
  };
}
