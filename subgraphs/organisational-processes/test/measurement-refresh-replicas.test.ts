import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@edhr/kit';
import type { PluginManifestInput } from '@edhr/plugin-sdk';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { MeasurementRefresher, type RefreshResult } from '../src/peers/measurement-refresh/measurement-refresher';
import type { FetchLike } from '../src/peers/service-calls/graphql-client';
import { count, openRegistryDatabase, type RegistryDatabase } from './registry-database';

const S = '"organisational_processes"';
const KPIS = 25;
const clock = fixedClock('2027-02-10T12:00:00Z');

/** A strategy whose KPIs are all measured by a query, each answering its own number. */
const manyQueryKpis: PluginManifestInput = {
  id: 'refresh-replicas',
  version: '1.0.0',
  name: 'Refresh replicas',
  source: { title: 'A test strategy', publisher: 'Nobody' },
  organisation: { key: 'replica-force', name: 'Replica Force', kind: 'police-force' },
  strategy: { key: 'refresh-replicas-strategy', title: 'Refresh replicas strategy' },
  themes: [
    {
      key: 'numbers',
      name: 'Numbers',
      domain: 'service-delivery',
      objectives: [],
      kpis: Array.from({ length: KPIS }, (_, i) => ({
        key: `k${i}`,
        name: `Query KPI ${i}`,
        unit: 'count' as const,
        direction: 'up' as const,
        frequency: 'annually' as const,
        // A query the public API can answer; the answer is made up at the boundary below.
        measuredBy: {
          kind: 'query' as const,
          query: 'query ($organisation: ID!) { disclosureRate(organisation: $organisation, characteristic: "RACE") { value } }',
          variables: { organisation: `force-${i * 10}` },
          selector: 'disclosureRate.value',
        },
      })),
    },
  ],
};

describe('KPI refresh with two replicas on one database', { timeout: 180_000 }, () => {
  let db: RegistryDatabase;

  beforeAll(async () => {
    db = await openRegistryDatabase();
    await new PluginRegistrationService(db.orm.em, clock).register(manyQueryKpis, { sourceKind: 'module', sourceRef: 'test' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('records each measurement once when two refreshes of the same period run at once', async () => {
    // The gateway's answer, at the boundary: a little latency so the two refreshes interleave.
    const answered: number[] = [];
    const gateway: FetchLike = async (_url, init) => {
      const { variables } = JSON.parse(init.body) as { variables: { organisation: string } };
      const n = Number(variables.organisation.replace('force-', ''));
      answered.push(n);
      await new Promise((resolve) => setTimeout(resolve, 2));
      return { ok: true, status: 200, text: async () => JSON.stringify({ data: { disclosureRate: { value: n } } }) };
    };
    const replica = async () =>
      new MeasurementRefresher({
        em: (await db.open()).em,
        fetch: gateway,
        gatewayUrl: 'http://127.0.0.1:9/graphql',
        headers: async () => ({}),
        clock,
        recordedBy: 'replica-test',
      });
    const [a, b] = [await replica(), await replica()];
    const [byA, byB] = await Promise.all([a.refresh('refresh-replicas-strategy', '2026'), b.refresh('refresh-replicas-strategy', '2026')]);

    const outcomes = new Map<string, string[]>();
    for (const result of [...byA, ...byB] as RefreshResult[]) {
      expect(result).toMatchObject({ status: 'ok', reason: null });
      outcomes.set(result.kpi, [...(outcomes.get(result.kpi) ?? []), result.outcome!]);
    }
    expect(outcomes.size).toBe(KPIS);
    // For every KPI one refresh recorded the value and the other found it recorded.
    for (const recorded of outcomes.values()) expect(recorded.sort()).toEqual(['recorded', 'unchanged']);
    expect(answered).toHaveLength(2 * KPIS);

    const rows = await db.orm.em.getConnection().execute<{ value: number; n: string }[]>(
      `select m.value, count(*) over (partition by m.kpi_id) as n from ${S}.measurement m join ${S}.kpi k on k.id = m.kpi_id
       where k.plugin_id = 'refresh-replicas' and m.period = '2026' order by m.value`,
    );
    expect(rows.map((r) => Number(r.value))).toEqual(Array.from({ length: KPIS }, (_, i) => i * 10));
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(await count(db.orm, `select count(*) as n from ${S}.measurement_revision where kpi_id in (select id from ${S}.kpi where plugin_id = 'refresh-replicas')`)).toBe(0);
  });
});
