import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, fixedClock, type Identity } from '@edhr/kit';
import type { PluginManifestInput } from '@edhr/plugin-sdk';
import westMerciaDei from '@edhr/plugin-west-mercia-dei-strategy';
import { loadConfiguredPlugins } from '../src/content/plugin-startup.loader';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { openRegistrySubgraph, type RegistrySubgraph } from './registry-database';


const logger = createLogger('organisational-processes-test', 'silent');
const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
// 23:30 UTC on 1 August 2012 is 00:30 BST on the 2nd: an action due on 1 August is overdue by then.
const clock = fixedClock('2012-08-01T23:30:00Z');
const TODAY = '2012-08-02';

const FULL_STRATEGY = `
  query ($id: ID!) {
    strategy(id: $id) {
      id title values { name } organisation { id name }
      governance { name reportsTo { name } }
      objectives { code strategyKey children { code } kpis { name } actions { reference } }
      kpis { name measurements { period value revisions { value } } latest { value } rag stale trend { direction change } }
      actions(overdue: false) { reference pluginId strategyKey }
      risks { text action { id } }
      duties { id nextDue overdue publications { publishedOn } }
      themes {
        code name
        objectives(characteristic: null) { code strategyKey parent { code } children { code } kpis { name latest { value } rag trend { direction } } actions { reference strategyKey progress { text } objective { code } } }
        kpis { name measurements { period } rag stale }
        actions { reference }
      }
    }
    late: actions(filter: { strategy: $id, overdue: true }, first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { reference strategyKey } } }
  }`;

/** A copy of a plugin under a new id with each theme (and everything in it) `times` times. */
function multiplied(plugin: PluginManifestInput, times: number, id: string): PluginManifestInput {
  const copy = structuredClone(plugin);
  copy.id = id;
  copy.strategy.key = id;
  const themes = copy.themes ?? [];
  copy.themes = Array.from({ length: times }, (_, n) => {
    const suffix = n === 0 ? '' : `-copy${n}`;
    return structuredClone(themes).map((theme) => ({
      ...theme,
      key: `${theme.key}${suffix}`,
      objectives: (theme.objectives ?? []).map((o) => ({ ...o, key: `${o.key}${suffix}`, parent: o.parent && `${o.parent}${suffix}` })),
      kpis: (theme.kpis ?? []).map((k) => ({
        ...k,
        key: `${k.key}${suffix}`,
        objective: k.objective && `${k.objective}${suffix}`,
        // Figures too, so the larger strategy also has more measurements to load.
        measurements: [{ period: '2024', value: 10 + n, source: 'generated' }],
      })),
      actions: (theme.actions ?? []).map((a) => ({ ...a, key: `${a.key}${suffix}` })),
    }));
  }).flat();
  return copy;
}

/** A generated plugin with `count` objectives in themes of at most 500. */
function manyObjectives(count: number): PluginManifestInput {
  const themes = Array.from({ length: Math.ceil(count / 500) }, (_, t) => ({
    key: `t${t}`,
    name: `Theme ${t}`,
    domain: 'organisational-processes' as const,
    objectives: Array.from({ length: Math.min(500, count - t * 500) }, (_, i) => ({
      key: `o${t * 500 + i}`,
      code: `${t + 1}.${i + 1}`,
      kind: 'goal' as const,
      statement: `Objective ${t * 500 + i}.`,
    })),
    actions: Array.from({ length: Math.min(500, count - t * 500) }, (_, i) => ({
      key: `a${t * 500 + i}`,
      reference: `${t + 1}.${i + 1}`,
      actions: [`Do thing ${t * 500 + i}.`],
      characteristicsAsWritten: 'All',
    })),
  }));
  return {
    id: 'many-objectives',
    version: '1.0.0',
    name: 'Many objectives',
    source: { title: 'Generated', publisher: 'Test' },
    organisation: { key: 'test-force', name: 'Test Force', kind: 'police-force' },
    strategy: { key: 'many-objectives', title: 'Many objectives' },
    themes,
  };
}

describe('strategy schema', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  let statements: string[] = [];

  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF) => {
    statements = [];
    return db.execute(source, variableValues, identity, { clock });
  };

  beforeAll(async () => {
    db = await openRegistrySubgraph({ onQuery: (sql) => statements.push(sql) });
    // Start-up loading with the default EDHR_PLUGINS: the five seed plugins.
    await loadConfiguredPlugins(db.orm, logger, clock, {});
  });
  afterAll(async () => {
    await db?.close();
  });

  it('serves a strategy with its themes and their key actions', async () => {
    const result = await run(`{ strategy(id: "wmp-edhr-strategy") { themes { code objectives { code } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      strategy: {
        themes: [
          { code: '1', objectives: ['1.1', '1.2', '1.3', '1.4', '1.5'].map((code) => ({ code })) },
          { code: '2', objectives: ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'].map((code) => ({ code })) },
          { code: '3', objectives: ['3.1', '3.2', '3.3', '3.4', '3.5'].map((code) => ({ code })) },
        ],
      },
    });
  });

  it('links delivery actions to key actions, with their progress', async () => {
    const result = await run(`{ strategy(id: "wmp-edhr-strategy") { actions { reference objective { code } progress { text } } } }`);
    expect(result.errors).toBeUndefined();
    const actions = (result.data as any).strategy.actions as { reference: string; objective: { code: string } | null; progress: unknown[] }[];
    expect(actions).toHaveLength(22);
    expect(actions.map((a) => `${a.reference}->${a.objective?.code ?? '-'}`).slice(15)).toEqual([
      '3.1->3.1', '3.2->-', '3.3->3.2', '3.4->3.3', '3.5->3.4', '3.5->3.4', '3.6->3.5',
    ]);
    expect(actions.every((a) => a.progress.length === 1)).toBe(true);
  });

  it('lists under each strategy only the governance bodies it names; the organisation has them all', async () => {
    const result = await run(`{
      edhr: strategy(id: "wmp-edhr-strategy") { governance { id name } }
      di: strategy(id: "di-strategy-2018-2021") { governance { id name } }
      organisation(id: "west-midlands-police") { governance { id } }
    }`);
    expect(result.errors).toBeUndefined();
    const { edhr, di, organisation } = result.data as any;
    const ids = (bodies: { id: string }[]) => bodies.map((b) => b.id);
    expect(ids(di.governance)).toEqual([
      'wmp-inclusion-strategy-2018:di-governance-board',
      'wmp-inclusion-strategy-2018:di-governance-sub-groups',
      'wmp-inclusion-strategy-2018:executive-sponsors',
      'wmp-inclusion-strategy-2018:di-champions',
      'wmp-inclusion-strategy-2018:local-senior-leadership',
    ]);
    expect(edhr.governance.length).toBeGreaterThan(0);
    expect(ids(edhr.governance).every((id: string) => id.startsWith('wmp-edhr-strategy:'))).toBe(true);
    expect(edhr.governance.map((b: any) => b.name)).not.toContain('D & I Governance board');
    expect(ids(organisation.governance).sort()).toEqual([...ids(edhr.governance), ...ids(di.governance)].sort());
  });

  it('serves an organisation with its strategies and governance, and latest KPI values', async () => {
    const result = await run(`{
      organisation(id: "west-midlands-police") { strategies { id } governance { name } }
      strategy(id: "di-strategy-2018-2021") { kpis { id latest { value period } } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(data.organisation.strategies.map((s: { id: string }) => s.id).sort()).toEqual(['di-strategy-2018-2021', 'wmp-edhr-strategy']);
    expect(data.organisation.governance.length).toBeGreaterThan(0);
    const latest = Object.fromEntries(data.strategy.kpis.map((k: any) => [k.id, k.latest?.value]));
    expect(latest['wmp-inclusion-strategy-2018:bame-share-of-workforce']).toBe(12);
    expect(latest['wmp-inclusion-strategy-2018:bame-share-of-community']).toBe(30);
    expect(latest['wmp-inclusion-strategy-2018:bame-share-of-birmingham']).toBe(42);
  });

  it('batches lookups: the number of statements does not grow with the size of the strategy', async () => {
    // The West Mercia DEI strategy, and a copy of it with every theme twice: same shape, double the size.
    const registry = new PluginRegistrationService(db.orm.em, clock);
    await registry.register(multiplied(westMerciaDei, 2, 'dei-doubled'), { sourceKind: 'module', sourceRef: 'test' });
    await registry.register(multiplied(westMerciaDei, 10, 'dei-tenfold'), { sourceKind: 'module', sourceRef: 'test' });
    const counted = async (id: string) => {
      const result = await run(FULL_STRATEGY, { id });
      expect(result.errors).toBeUndefined();
      const data = result.data as any;
      return {
        statements: statements.length,
        themes: data.strategy.themes.length,
        objectives: data.strategy.themes.flatMap((t: any) => t.objectives).length,
      };
    };
    const wmp = await counted('wmp-edhr-strategy');
    const dei = await counted('dei-interim-strategy-2024-25');
    const dei2 = await counted('dei-doubled');
    const dei10 = await counted('dei-tenfold');
    expect([wmp.themes, wmp.objectives]).toEqual([3, 16]);
    expect([dei.themes, dei.objectives]).toEqual([3, 34]);
    expect([dei2.themes, dei2.objectives]).toEqual([6, 68]);
    expect([dei10.themes, dei10.objectives]).toEqual([30, 340]);
    // One statement per kind of lookup and level of the query, whatever the number of themes and objectives.
    expect(dei2.statements).toBe(dei.statements);
    expect(dei10.statements).toBe(dei.statements);
    expect(dei.statements).toBeLessThanOrEqual(24);
    // The WMP EDHR strategy's content comes from four plugins (the strategy and a plugin per
    // theme); on a database server its resolvers can reach a loader in two ticks, one batch more
    // than the DEI strategy now and then. The bound is the same constant, whatever the size.
    expect(wmp.statements).toBeLessThanOrEqual(24);
  });

  it('lists plugins with their warnings', async () => {
    const result = await run(`{ plugins { id version sourceKind sourceRef enabled } plugin(id: "wmp-edhr-theme-3-organisational-processes") { warnings { path message } } }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    const configured = data.plugins.filter((p: any) => p.sourceRef.startsWith('@edhr/'));
    expect(configured.map((p: any) => p.id)).toEqual([
      'west-mercia-dei-strategy',
      'west-mercia-pcc-equality-objectives',
      'wmp-edhr-delivery-plan',
      'wmp-edhr-strategy',
      'wmp-edhr-theme-1-service-delivery',
      'wmp-edhr-theme-2-people-culture',
      'wmp-edhr-theme-3-organisational-processes',
      'wmp-inclusion-strategy-2018',
    ]);
    expect(configured[0]).toMatchObject({ sourceKind: 'module', sourceRef: '@edhr/plugin-west-mercia-dei-strategy', enabled: true });
    expect(data.plugin.warnings.some((w: any) => w.path === 'themes[0].actions[1].reference')).toBe(true);
  });

  it('lets only an admin register plugins, and reports an invalid manifest field by field', async () => {
    const manifest = { id: 'api-plugin', version: '1.0.0', name: 'API plugin' };
    const mutation = `mutation ($manifest: JSON!) { registerPlugin(manifest: $manifest) { id } }`;
    const forbidden = await run(mutation, { manifest }, STAFF);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const invalid = await run(mutation, { manifest }, ADMIN);
    const error = invalid.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.pluginId).toBe('api-plugin');
    expect((error?.extensions?.problems as { path: string }[]).map((p) => p.path).sort()).toEqual([
      'organisation',
      'source',
      'strategy',
    ]);
  });

  it('registers a manifest through the API and hides a disabled plugin', async () => {
    const manifest = {
      id: 'api-plugin',
      version: '1.0.0',
      name: 'API plugin',
      source: { title: 'A test strategy', publisher: 'Nobody' },
      organisation: { key: 'test-force', name: 'Test Force', kind: 'police-force' },
      strategy: { key: 'api-strategy', title: 'API strategy', objectives: [{ key: 'o1', code: '1', kind: 'goal', statement: 'Be fair.' }] },
    };
    const registered = await run(
      `mutation ($manifest: JSON!) { registerPlugin(manifest: $manifest) { id sourceKind sourceRef warnings { path } } }`,
      { manifest },
      ADMIN,
    );
    expect(registered.errors).toBeUndefined();
    expect(registered.data).toEqual({ registerPlugin: { id: 'api-plugin', sourceKind: 'manifest', sourceRef: 'api', warnings: [] } });
    expect(((await run(`{ strategy(id: "api-strategy") { objectives { code } } }`)).data as any).strategy.objectives).toEqual([{ code: '1' }]);

    const disabled = await run(`mutation { setPluginEnabled(id: "api-plugin", enabled: false) { enabled } }`, {}, ADMIN);
    expect(disabled.data).toEqual({ setPluginEnabled: { enabled: false } });
    const hidden = await run(`{ strategy(id: "api-strategy") { id } strategies { id } }`);
    expect((hidden.data as any).strategy).toBeNull();
    expect((hidden.data as any).strategies.map((s: any) => s.id)).not.toContain('api-strategy');
  });
  it('resolves 1,000 Objective representations in one statement, and DeliveryActions in one more', async () => {
    await new PluginRegistrationService(db.orm.em, clock).register(manyObjectives(1000), { sourceKind: 'module', sourceRef: 'test' });
    const objectives = Array.from({ length: 1000 }, (_, i) => ({ __typename: 'Objective', id: `many-objectives:o${i}` }));
    const entities = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Objective { id code } ... on DeliveryAction { id reference pluginId } }
    }`;
    const result = await run(entities, { representations: objectives });
    expect(result.errors).toBeUndefined();
    const found = (result.data as any)._entities as { id: string; code: string }[];
    expect(found).toHaveLength(1000);
    expect(found[0]).toEqual({ id: 'many-objectives:o0', code: '1.1' });
    expect(found[999]).toEqual({ id: 'many-objectives:o999', code: '2.500' });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/"objective"/);

    const mixed = [...objectives, ...Array.from({ length: 1000 }, (_, i) => ({ __typename: 'DeliveryAction', id: `many-objectives:a${i}` }))];
    const both = await run(entities, { representations: mixed });
    expect(both.errors).toBeUndefined();
    expect(((both.data as any)._entities as unknown[]).filter(Boolean)).toHaveLength(2000);
    expect(statements).toHaveLength(2);

    // The fields people-culture @requires: one statement more for all of them.
    const required = await run(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Objective { strategyKey } ... on DeliveryAction { pluginId strategyKey } } }`,
      { representations: mixed },
    );
    expect(required.errors).toBeUndefined();
    const answered = (required.data as any)._entities as any[];
    expect(answered[0]).toEqual({ strategyKey: 'many-objectives' });
    expect(answered[1000]).toEqual({ pluginId: 'many-objectives', strategyKey: 'many-objectives' });
    expect(statements).toHaveLength(3);

    const unknown = await run(entities, { representations: [{ __typename: 'Objective', id: 'nope:nothing' }] });
    expect((unknown.data as any)._entities).toEqual([null]);
  });

  it('gives the strategy key of an extending plugin\'s actions as the extended strategy', async () => {
    const listed = await run(`{ actions(filter: { strategy: "wmp-edhr-strategy" }, first: 1) { edges { node { pluginId strategyKey } } } }`);
    expect((listed.data as any).actions.edges[0].node).toEqual({ pluginId: 'wmp-edhr-theme-1-service-delivery', strategyKey: 'wmp-edhr-strategy' });
  });

  it('lists actions a page at a time with filters', async () => {
    const all = await run(`{ strategy(id: "wmp-edhr-strategy") { actions { id owners characteristics dueDate dueDates status overdue } themes { id actions { id } } } }`);
    const actions = (all.data as any).strategy.actions as {
      id: string; owners: string[]; characteristics: string[]; dueDate: string | null; dueDates: string[]; status: string; overdue: boolean;
    }[];
    expect(actions).toHaveLength(22);

    // Every page in order, with cursors, adds up to the whole list.
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = await run(
        `query ($after: String) { actions(filter: { strategy: "wmp-edhr-strategy" }, first: 5, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      const connection = page.data.actions;
      expect(connection.totalCount).toBe(22);
      seen.push(...connection.edges.map((e: any) => e.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      if (connection.pageInfo.hasNextPage) expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1).cursor);
      pages++;
    } while (after && pages < 10);
    expect(pages).toBe(5);
    expect(seen).toEqual(actions.map((a) => a.id));

    const list = async (filter: string) => {
      const result: any = await run(`{ actions(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data.actions.totalCount).toBe(result.data.actions.edges.length);
      return result.data.actions.edges.map((e: any) => e.node.id) as string[];
    };
    const overdue = actions.filter((a) => a.dueDates.some((d) => d < TODAY) && a.status !== 'COMPLETE').map((a) => a.id);
    expect(actions.filter((a) => a.overdue).map((a) => a.id)).toEqual(overdue);
    // The UK date decides: those due on 1 August are overdue at 23:30 UTC that day, those due later are not.
    const dueOnFirst = actions.filter((a) => a.dueDate === '2012-08-01' && a.status !== 'COMPLETE').map((a) => a.id);
    expect(dueOnFirst.length).toBeGreaterThan(0);
    expect(overdue).toEqual(expect.arrayContaining(dueOnFirst));
    expect(actions.some((a) => a.dueDate !== null && a.dueDate > TODAY && a.status !== 'COMPLETE')).toBe(true);
    // Row 1.1 names four deadlines (18/01/2012 … 2015) and no single date: overdue from the first.
    const row11 = actions.find((a) => a.id === 'wmp-edhr-theme-1-service-delivery:dp-01')!;
    expect(row11).toMatchObject({ dueDate: null, dueDates: ['2012-01-18', '2012-12-31', '2013-04-30', '2015-12-31'], overdue: true });
    const late = await run(`{ strategy(id: "wmp-edhr-strategy") { actions(overdue: true) { id } } }`);
    expect((late.data as any).strategy.actions.map((a: any) => a.id)).toEqual(overdue);
    expect(await list(`{ strategy: "wmp-edhr-strategy", overdue: true }`)).toEqual(overdue);
    expect(await list(`{ strategy: "wmp-edhr-strategy", overdue: false }`)).toEqual(actions.map((a) => a.id).filter((id) => !overdue.includes(id)));

    const owner = actions.flatMap((a) => a.owners)[0]!;
    const owned = actions.filter((a) => a.owners.some((o) => o.toLowerCase() === owner.toLowerCase())).map((a) => a.id);
    expect(owned.length).toBeGreaterThan(0);
    expect(await list(`{ strategy: "wmp-edhr-strategy", owner: ${JSON.stringify(owner.toUpperCase())} }`)).toEqual(owned);

    const race = actions.filter((a) => a.characteristics.includes('RACE')).map((a) => a.id);
    expect(await list(`{ strategy: "wmp-edhr-strategy", characteristic: "race" }`)).toEqual(race);

    const theme = (all.data as any).strategy.themes[1];
    expect(await list(`{ theme: "${theme.id}" }`)).toEqual(theme.actions.map((a: any) => a.id));
    expect(await list(`{ theme: "no-such:theme" }`)).toEqual([]);
    expect(await list(`{ strategy: "no-such-strategy" }`)).toEqual([]);

    const tooMany = await run(`{ actions(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await run(`{ actions(after: "not-a-cursor") { totalCount } }`);
    expect(badCursor.errors?.[0]?.extensions?.field).toBe('after');
  });

  it('filters objectives by protected characteristic', async () => {
    const result = await run(`{ strategy(id: "dei-interim-strategy-2024-25") { themes { all: objectives { characteristics } race: objectives(characteristic: "RACE") { characteristics } } } }`);
    expect(result.errors).toBeUndefined();
    for (const theme of (result.data as any).strategy.themes) {
      expect(theme.race).toEqual(theme.all.filter((o: any) => o.characteristics.includes('RACE')));
    }
  });
});
