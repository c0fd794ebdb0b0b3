import { fixedClock, openSubgraphDatabase, type Clock, type Identity } from '@edhr/kit';
import { createTestDatabase, openTestSubgraph, type TestSubgraph } from '@edhr/kit/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import wmpEdhrStrategy from '@edhr/plugin-wmp-edhr-strategy';
import wmpEdhrServiceDelivery from '@edhr/plugin-wmp-edhr-theme-1-service-delivery';
import wmpEdhrPeopleCulture from '@edhr/plugin-wmp-edhr-theme-2-people-culture';
import wmpEdhrOrganisationalProcesses from '@edhr/plugin-wmp-edhr-theme-3-organisational-processes';
import wmpEdhrDeliveryPlan from '@edhr/plugin-wmp-edhr-delivery-plan';
import westMerciaDei from '@edhr/plugin-west-mercia-dei-strategy';
import westMerciaPcc from '@edhr/plugin-west-mercia-pcc-equality-objectives';
import wmpInclusion2018 from '@edhr/plugin-wmp-inclusion-strategy-2018';
import { organisationalProcesses } from '../src/module';
import type { OrganisationalProcessesServices } from '../src/services';

/** The seed plugins in dependency order, as start-up registers them. */
export const seedPlugins = [
  wmpEdhrStrategy,
  wmpEdhrServiceDelivery,
  wmpEdhrPeopleCulture,
  wmpEdhrOrganisationalProcesses,
  wmpEdhrDeliveryPlan,
  westMerciaDei,
  westMerciaPcc,
  wmpInclusion2018,
];

/** The WMP EDHR strategy's three theme plugins, in theme order. */
export const wmpEdhrThemePlugins = [wmpEdhrServiceDelivery, wmpEdhrPeopleCulture, wmpEdhrOrganisationalProcesses];

export interface RegistryDatabase {
  url: string;
  orm: MikroORM;
  /** Another pool on the same database, e.g. a second replica. */
  open(onQuery?: (sql: string) => void): Promise<MikroORM>;
  close(): Promise<void>;
}

/** A fresh database migrated for this subgraph. */
export async function openRegistryDatabase(onQuery?: (sql: string) => void): Promise<RegistryDatabase> {
  const database = await createTestDatabase();
  const opened: MikroORM[] = [];
  const open = async (hook?: (sql: string) => void) => {
    const orm = await openSubgraphDatabase({
      url: database.url,
      schema: organisationalProcesses.databaseSchema,
      entities: organisationalProcesses.entities,
      migrations: organisationalProcesses.migrations,
      onQuery: hook,
    });
    opened.push(orm);
    return orm;
  };
  const orm = await open(onQuery);
  return {
    url: database.url,
    orm,
    open,
    async close() {
      for (const o of opened) await o.close();
      await database.stop();
    },
  };
}

const TABLES = [
  'organisation',
  'plugin',
  'strategy',
  'theme',
  'objective',
  'kpi',
  'measurement',
  'delivery_action',
  'progress_update',
  'governance_body',
  'measurement_revision',
  'plugin_outbox',
  'duty',
  'duty_publication',
  'declared_owner',
  'eqia',
  'eqia_review',
  'engagement_record',
  'board_meeting',
];

/** Row count of every table, and a fingerprint of every row, to prove that nothing was written. */
export async function snapshot(orm: MikroORM): Promise<Record<string, string>> {
  const connection = orm.em.getConnection();
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await connection.execute<{ n: string; digest: string | null }[]>(
      `select count(*) as n, md5(string_agg(t::text, '|' order by t::text)) as digest from "organisational_processes"."${table}" t`,
    );
    out[table] = `${rows[0]!.n}:${rows[0]!.digest ?? ''}`;
  }
  return out;
}

export async function count(orm: MikroORM, sql: string, params: unknown[] = []): Promise<number> {
  const rows = await orm.em.getConnection().execute<{ n: string }[]>(sql, params);
  return Number(rows[0]!.n);
}

/** The subgraph as a test queries it: its schema, services and the server's request contexts. */
export type RegistrySubgraph = TestSubgraph<OrganisationalProcessesServices>;

/**
 * A fresh migrated database and the subgraph as served, for tests that query it: `identity` and
 * `clock` are the defaults each `execute` may override; no peer is called (no secret).
 */
export function openRegistrySubgraph(
  options: { clock?: Clock; identity?: Identity; onQuery?: (sql: string) => void } = {},
): Promise<RegistrySubgraph> {
  return openTestSubgraph(organisationalProcesses, {
    identity: options.identity ?? { subject: 'staff-user', roles: ['staff'] },
    clock: options.clock ?? fixedClock('2027-06-30T23:30:00Z'),
    onQuery: options.onQuery,
  });
}
