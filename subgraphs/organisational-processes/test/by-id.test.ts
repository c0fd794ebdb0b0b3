import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, fixedClock, type Identity } from '@edhr/kit';
import type { PluginManifestInput } from '@edhr/plugin-sdk';
import { loadConfiguredPlugins } from '../src/content/plugin-startup.loader';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { openRegistrySubgraph, type RegistrySubgraph } from './registry-database';

const logger = createLogger('organisational-processes-test', 'silent');
const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };
const clock = fixedClock('2026-12-02T10:00:00Z');

const KPI_FIELDS = `id name description unit direction status frequency owners characteristics baselineValue baselinePeriod
  targetValue targetDate amberTolerance measuredBy
  measurements { id period value source note recordedBy recordedAt correctionReason revisions { value correctedBy correctionReason } }
  latest { period value } rag stale trend { direction change latestChange improving } strategyKey theme { id name }`;
const ACTION_FIELDS = `id pluginId reference title actions characteristicsAsWritten characteristics owners ownersAsWritten dueAsWritten
  dueDate dueDates status version risks staffSurveyActionNumbers strategyKey overdue objective { id code }
  progress { id text date status percentComplete evidence recordedBy recordedAt } history { id }`;

/** A small strategy whose second version drops a KPI and an action, so both are archived. */
const byIdPlugin = (version: string, withDropped: boolean): PluginManifestInput => ({
  id: 'by-id-test',
  version,
  name: 'By-id test',
  source: { title: 'A test strategy', publisher: 'Nobody' },
  organisation: { key: 'test-force', name: 'Test Force', kind: 'police-force' },
  strategy: {
    key: 'by-id-strategy',
    title: 'By-id strategy',
    kpis: [
      { key: 'kept', name: 'Kept', unit: 'count', direction: 'up' },
      ...(withDropped ? [{ key: 'dropped', name: 'Dropped', unit: 'count', direction: 'up' } as const] : []),
    ],
  },
  themes: [
    {
      key: 'people',
      name: 'People',
      domain: 'people-culture',
      actions: [
        { key: 'kept-action', reference: '1', actions: ['Keep doing it.'], characteristicsAsWritten: 'All' },
        ...(withDropped ? [{ key: 'dropped-action', reference: '2', actions: ['Stop doing it.'], characteristicsAsWritten: 'All' }] : []),
      ],
    },
  ],
});

type Kpi = { id: string };

describe('kpi(id) and deliveryAction(id)', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  let statements: string[] = [];

  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = PUBLIC) => {
    statements = [];
    const result = await db.execute(source, variableValues, identity, { clock });
    expect(result.errors).toBeUndefined();
    return result.data as any;
  };
  const setEnabled = (pluginId: string, enabled: boolean) =>
    db.orm.em.getConnection().execute('update "organisational_processes"."plugin" set "enabled" = ? where "plugin_id" = ?', [enabled, pluginId]);
  /** Every KPI the strategy shows, at strategy level and under its themes (archived ones included). */
  const kpisThroughStrategy = async (strategy: string): Promise<Kpi[]> => {
    const data = await run(`query ($id: ID!) { strategy(id: $id) { kpis { ${KPI_FIELDS} } themes(includeArchived: true) { kpis { ${KPI_FIELDS} } } } }`, { id: strategy });
    return data.strategy ? [...data.strategy.kpis, ...data.strategy.themes.flatMap((t: { kpis: Kpi[] }) => t.kpis)] : [];
  };
  /** One request asking for every id by alias. */
  const byIds = async (field: 'kpi' | 'deliveryAction', fields: string, ids: string[]) => {
    const aliases = ids.map((_, i) => `k${i}: ${field}(id: $k${i}) { ${fields} }`).join('\n');
    const declarations = ids.map((_, i) => `$k${i}: ID!`).join(', ');
    const data = await run(`query (${declarations}) { ${aliases} }`, Object.fromEntries(ids.map((id, i) => [`k${i}`, id])));
    return ids.map((_, i) => data[`k${i}`]);
  };
  const statementsOn = (table: string) => statements.filter((sql) => sql.includes(`"organisational_processes"."${table}"`)).length;

  beforeAll(async () => {
    db = await openRegistrySubgraph({ onQuery: (sql) => statements.push(sql) });
    await loadConfiguredPlugins(db.orm, logger, clock, {});
    const registry = new PluginRegistrationService(db.orm.em, clock);
    await registry.register(byIdPlugin('1.0.0', true), { sourceKind: 'module', sourceRef: 'test' });
    await registry.register(byIdPlugin('1.1.0', false), { sourceKind: 'module', sourceRef: 'test' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('shows each KPI exactly as its strategy does', async () => {
    for (const strategy of ['wmp-edhr-strategy', 'di-strategy-2018-2021', 'dei-interim-strategy-2024-25']) {
      const shown = await kpisThroughStrategy(strategy);
      expect(shown.length, strategy).toBeGreaterThan(0);
      expect(await byIds('kpi', KPI_FIELDS, shown.map((k) => k.id)), strategy).toEqual(shown);
    }
    const [themed, strategic] = await byIds('kpi', 'strategyKey theme { id }', ['wmp-edhr-theme-2-people-culture:pc-kpi-grievances', 'by-id-test:kept']);
    expect(themed).toEqual({ strategyKey: 'wmp-edhr-strategy', theme: { id: 'wmp-edhr-theme-2-people-culture:people-culture' } });
    expect(strategic).toEqual({ strategyKey: 'by-id-strategy', theme: null });
    // Measurements too: the 2018 inclusion strategy's figures come back the same way.
    const [share] = await byIds('kpi', 'latest { value }', ['wmp-inclusion-strategy-2018:bame-share-of-workforce']);
    expect(share).toEqual({ latest: { value: 12 } });
  });

  it('shows each delivery action exactly as its strategy does', async () => {
    const data = await run(`{ strategy(id: "wmp-edhr-strategy") { actions { ${ACTION_FIELDS} } } }`);
    const shown = data.strategy.actions as { id: string }[];
    expect(shown).toHaveLength(22);
    expect(await byIds('deliveryAction', ACTION_FIELDS, shown.map((a) => a.id))).toEqual(shown);
  });

  it('answers null for an unknown id', async () => {
    const data = await run(`{
      a: kpi(id: "by-id-test:no-such-kpi") { id } b: kpi(id: "no-colon") { id } c: kpi(id: "") { id }
      d: deliveryAction(id: "by-id-test:no-such-action") { id } e: deliveryAction(id: "no-colon") { id }
      f: kpi(id: "by-id-test:kept-action") { id } g: deliveryAction(id: "by-id-test:kept") { id }
    }`);
    expect(data).toEqual({ a: null, b: null, c: null, d: null, e: null, f: null, g: null });
  });

  it('answers null for an item a later plugin version dropped, which its strategy no longer lists', async () => {
    const data = await run(`{
      strategy(id: "by-id-strategy") { kpis { id } actions { id } }
      kept: kpi(id: "by-id-test:kept") { id } dropped: kpi(id: "by-id-test:dropped") { id }
      keptAction: deliveryAction(id: "by-id-test:kept-action") { id } droppedAction: deliveryAction(id: "by-id-test:dropped-action") { id }
      linked: _entities(representations: [{ __typename: "DeliveryAction", id: "by-id-test:dropped-action" }]) { ... on DeliveryAction { id } }
    }`);
    expect(data.strategy).toEqual({ kpis: [{ id: 'by-id-test:kept' }], actions: [{ id: 'by-id-test:kept-action' }] });
    expect([data.kept, data.dropped]).toEqual([{ id: 'by-id-test:kept' }, null]);
    expect([data.keptAction, data.droppedAction]).toEqual([{ id: 'by-id-test:kept-action' }, null]);
    // The federation reference still resolves the archived row, so links to it keep working.
    expect(data.linked).toEqual([{ id: 'by-id-test:dropped-action' }]);
  });

  it('answers null for items of a disabled plugin, or under a strategy of one, as the strategy hides them', async () => {
    const ids = (await kpisThroughStrategy('wmp-edhr-strategy')).map((k) => k.id);
    const ownKpi = ids.find((id) => id.startsWith('wmp-edhr-theme-2-people-culture:')) ?? '';
    const otherKpi = ids.find((id) => id.startsWith('wmp-edhr-theme-1-service-delivery:')) ?? '';
    const actions = (await run('{ strategy(id: "wmp-edhr-strategy") { actions { id } } }')).strategy.actions.map((a: { id: string }) => a.id);
    const ownAction: string = actions.find((id: string) => id.startsWith('wmp-edhr-theme-2-people-culture:')) ?? '';
    const otherAction: string = actions.find((id: string) => id.startsWith('wmp-edhr-theme-1-service-delivery:')) ?? '';
    expect([ownKpi, otherKpi, ownAction, otherAction].every(Boolean)).toBe(true);

    try {
      await setEnabled('wmp-edhr-theme-2-people-culture', false);
      expect((await kpisThroughStrategy('wmp-edhr-strategy')).map((k) => k.id)).not.toContain(ownKpi);
      expect(await byIds('kpi', 'id', [ownKpi, otherKpi])).toEqual([null, { id: otherKpi }]);
      expect(await byIds('deliveryAction', 'id', [ownAction, otherAction])).toEqual([null, { id: otherAction }]);

      // The strategy's own plugin disabled: strategy(id) is null, and so is everything under it.
      await setEnabled('wmp-edhr-strategy', false);
      expect((await run('{ strategy(id: "wmp-edhr-strategy") { id } }')).strategy).toBeNull();
      expect(await byIds('kpi', 'id', [otherKpi])).toEqual([null]);
      expect(await byIds('deliveryAction', 'id', [otherAction])).toEqual([null]);
    } finally {
      await setEnabled('wmp-edhr-theme-2-people-culture', true);
      await setEnabled('wmp-edhr-strategy', true);
    }
    expect(await byIds('kpi', 'id', [ownKpi, otherKpi])).toEqual([{ id: ownKpi }, { id: otherKpi }]);
    expect(await byIds('deliveryAction', 'id', [ownAction, otherAction])).toEqual([{ id: ownAction }, { id: otherAction }]);
  });

  it('looks several ids up in one statement: the count does not grow with the number of ids', async () => {
    const kpis = (await kpisThroughStrategy('wmp-edhr-strategy')).map((k) => k.id);
    const actions = (await run('{ strategy(id: "wmp-edhr-strategy") { actions { id } } }')).strategy.actions.map((a: { id: string }) => a.id);
    expect(kpis.length).toBeGreaterThanOrEqual(3);

    await byIds('kpi', 'id name rag', kpis.slice(0, 1));
    const one = statements.length;
    expect(statementsOn('kpi')).toBe(1);
    await byIds('kpi', 'id name rag', kpis);
    expect(statements.length).toBe(one);
    expect(statementsOn('kpi')).toBe(1);

    await byIds('deliveryAction', 'id title progress { text }', actions.slice(0, 1));
    const oneAction = statements.length;
    expect(statementsOn('delivery_action')).toBe(1);
    await byIds('deliveryAction', 'id title progress { text }', actions);
    expect(statements.length).toBe(oneAction);
    expect(statementsOn('delivery_action')).toBe(1);
  });
});
