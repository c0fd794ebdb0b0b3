import pg from 'pg';
import { fixedClock, type Identity } from '@edhr/kit';
import { openTestSubgraph, type TestSubgraph, type TestSubgraphOptions } from '@edhr/kit/testing';
import { serviceDelivery } from '../src/module';
import type { ServiceDeliveryServices } from '../src/services';

export const STAFF: Identity = { subject: 'analyst', roles: ['staff'] };
/** Nothing depends on the date unless a test says so; a fixed clock keeps it that way. */
export const DEFAULT_CLOCK = fixedClock('2027-03-31T12:00:00Z');

export interface ServiceDeliveryDatabase extends TestSubgraph<ServiceDeliveryServices> {
  /** A dedicated connection for imports, as the CLI and the mutation use. */
  client: pg.Client;
  count(sql: string, params?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

/** A fresh migrated database and the subgraph as served (staff, DEFAULT_CLOCK unless given). */
export async function openServiceDeliveryDatabase(
  options: Partial<TestSubgraphOptions<ServiceDeliveryServices>> = {},
): Promise<ServiceDeliveryDatabase> {
  const subgraph = await openTestSubgraph(serviceDelivery, { identity: STAFF, clock: DEFAULT_CLOCK, ...options });
  const client = new pg.Client({ connectionString: subgraph.databaseUrl });
  await client.connect();
  return {
    ...subgraph,
    client,
    async count(sql, params = []) {
      const { rows } = await client.query<{ n: string }>(sql, params);
      return Number(rows[0]?.n);
    },
    async stop() {
      await client.end();
      await subgraph.close();
    },
  };
}
