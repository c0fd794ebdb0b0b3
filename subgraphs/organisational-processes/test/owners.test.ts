import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { createLogger, fixedClock, PUBLIC_IDENTITY, type Identity } from '@edhr/kit';
import type { PluginManifestInput } from '@edhr/plugin-sdk';
import { loadConfiguredPlugins } from '../src/plugins/plugin-startup.loader';
import { PluginRegistrationService } from '../src/plugins/plugin-registration.service';
import { buildOrganisationalProcessesSchema } from '../src/schema';
import { openRegistryDatabase, type RegistryDatabase } from './registry-database';

const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const logger = createLogger('organisational-processes-test', 'silent');
// Nothing here depends on the date; a fixed one keeps it that way.
const clock = fixedClock('2026-11-15T10:00:00Z');
const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };

describe('owners', { timeout: 120_000 }, () => {
  let db: RegistryDatabase;
  let schema: GraphQLSchema;
  let statements: string[] = [];
  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = PUBLIC_IDENTITY) => {
    statements = [];
    const context = { em: db.orm.em.fork(), identity, requestId: 'test', logger, clock, loaders: new Map() };
    return graphql({ schema, source, variableValues, contextValue: context });
  };
  beforeAll(async () => {
    db = await openRegistryDatabase((sql) => statements.push(sql));
    await loadConfiguredPlugins(db.orm, logger, clock, {});
    schema = await buildOrganisationalProcessesSchema();
  });
  afterAll(async () => {
    await db?.close();
  });

  const OWNERS = `query ($strategy: ID, $search: String) {
    owners(strategy: $strategy, search: $search) { name normalised writtenAs objectives { id } kpis { id } actions { id } }
  }`;
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  const themePlugin = (row: number) =>
    row <= 7 ? 'wmp-edhr-theme-1-service-delivery' : row <= 15 ? 'wmp-edhr-theme-2-people-culture' : 'wmp-edhr-theme-3-organisational-processes';
  const dp = (...n: number[]) => n.map((i) => `${themePlugin(i)}:dp-${String(i).padStart(2, '0')}`);

  it('lists every owner as written, by name, with what each owns, to the public, in three statements', async () => {
    const result = await run(OWNERS);
    expect(result.errors).toBeUndefined();
    const owners = (result.data as any).owners as any[];
    expect(owners).toHaveLength(31);
    expect(owners.slice(0, 4).map((o) => o.name)).toEqual([
      'ALL',
      'Business',
      'Chief Superintendent Byrne',
      'Chief Superintendent Sturman - Continuous Improvement Programme',
    ]);
    // Ordered by name whatever the case: "CI Howatt" between "Chief Supt Byrne" and "D & I".
    expect(owners.slice(4, 7).map((o) => o.name)).toEqual(['Chief Supt Byrne', 'CI Howatt', 'D & I']);
    expect(owners.at(-1).name).toBe('Supt Westlake - Custody Estate Development');
    // Written differently, so not merged: only spacing and case are.
    expect(owners.filter((o) => o.name.endsWith('Byrne')).map((o) => o.name)).toEqual(['Chief Superintendent Byrne', 'Chief Supt Byrne']);

    const hr = owners.find((o) => o.name === 'Head of HR');
    expect(hr).toEqual({
      name: 'Head of HR',
      normalised: 'head of hr',
      writtenAs: ['Head of HR'],
      objectives: [],
      kpis: [],
      actions: dp(8, 9, 10, 11, 13, 14).map((id) => ({ id })),
    });
    const pod = owners.find((o) => o.name === 'POD');
    expect(ids(pod.objectives)).toEqual([
      ...['2', '2.1', '2.2', '2.3', '2.4', '3', '3.1', '3.2', '3.3', '3.4'].map((n) => `wmp-inclusion-strategy-2018:plan-year-${n}`),
    ]);
    expect(pod.actions).toEqual([]);
    // One statement per kind of owned item; nothing per owner or per field.
    expect(statements).toHaveLength(3);
  });

  it('narrows to a strategy (actions of plugins extending it included) and to a search', async () => {
    const wmp = await run(OWNERS, { strategy: 'wmp-edhr-strategy' });
    expect(wmp.errors).toBeUndefined();
    const names = ((wmp.data as any).owners as any[]).map((o) => o.name);
    expect(names).toHaveLength(27);
    expect(names).not.toContain('POD');
    expect(names).toContain('DCC Thompson');
    // The strategy lookup and the disabled plugins, then one statement per kind.
    expect(statements).toHaveLength(5);

    const inclusion = await run(OWNERS, { strategy: 'di-strategy-2018-2021' });
    expect(((inclusion.data as any).owners as any[]).map((o) => o.name)).toEqual(['Business', 'D & I', 'D & I team', 'POD']);

    const searched = await run(OWNERS, { search: '  HEAD of   l' });
    expect(((searched.data as any).owners as any[]).map((o) => o.name)).toEqual([
      'Head of L&D',
      'Head of Learning & Development',
      'Head of Legal Services',
    ]);
    const both = await run(OWNERS, { strategy: 'di-strategy-2018-2021', search: 'd & i' });
    expect(((both.data as any).owners as any[]).map((o) => o.name)).toEqual(['D & I', 'D & I team']);

    expect((await run(OWNERS, { strategy: 'no-such-strategy' })).data).toEqual({ owners: [] });
    expect(((await run(OWNERS, { search: '' })).data as any).owners).toHaveLength(31);
  });

  it('refuses a search over 200 characters, naming the field', async () => {
    const result = await run(OWNERS, { search: 'x'.repeat(201) });
    expect(result.errors?.[0]?.message).toBe('search must be at most 200 characters (got 201).');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect((await run(OWNERS, { search: 'x'.repeat(200) })).data).toEqual({ owners: [] });
  });

  it('merges names differing only in spacing and case, keeps the most frequent written form, and costs the same statements at any size', async () => {
    const owned = (n: number) => (n % 3 === 0 ? ['Head of HR'] : n % 3 === 1 ? ['head of  hr', `Owner ${n}`] : ['HEAD OF HR', 'head of  hr']);
    const plugin = (id: string, size: number): PluginManifestInput => ({
      id,
      version: '1.0.0',
      name: id,
      source: { title: id, publisher: 'Test' },
      organisation: { key: 'test-force', name: 'Test Force', kind: 'police-force' },
      strategy: {
        key: id,
        title: id,
        objectives: Array.from({ length: size }, (_, n) => ({ key: `o${n}`, code: `${n + 1}`, kind: 'goal' as const, statement: `Goal ${n}.`, owners: owned(n) })),
        kpis: Array.from({ length: size }, (_, n) => ({ key: `k${n}`, name: `KPI ${n}`, unit: 'count' as const, direction: 'up' as const, owners: owned(n) })),
      },
      actions: Array.from({ length: size }, (_, n) => ({
        key: `a${n}`,
        reference: `${n + 1}`,
        actions: [`Action ${n}.`],
        characteristicsAsWritten: 'All',
        owners: owned(n),
      })),
    });
    const registry = new PluginRegistrationService(db.orm.em, clock);
    await registry.register(plugin('owners-small', 3), { sourceKind: 'module', sourceRef: 'test' });
    await registry.register(plugin('owners-large', 30), { sourceKind: 'module', sourceRef: 'test' });

    const small = await run(OWNERS, { strategy: 'owners-small', search: 'head of hr' });
    expect(small.errors).toBeUndefined();
    const smallStatements = statements.length;
    // Per kind, "head of  hr" twice (rows 1 and 2), "Head of HR" and "HEAD OF HR" once each: one owner;
    // the tie between the last two goes to the one sorting first by code point.
    expect((small.data as any).owners).toEqual([
      {
        name: 'head of  hr',
        normalised: 'head of hr',
        writtenAs: ['head of  hr', 'HEAD OF HR', 'Head of HR'],
        objectives: ['o0', 'o1', 'o2'].map((k) => ({ id: `owners-small:${k}` })),
        kpis: ['k0', 'k1', 'k2'].map((k) => ({ id: `owners-small:${k}` })),
        actions: ['a0', 'a1', 'a2'].map((k) => ({ id: `owners-small:${k}` })),
      },
    ]);

    const large = await run(OWNERS, { strategy: 'owners-large' });
    expect(large.errors).toBeUndefined();
    const owners = (large.data as any).owners as any[];
    // Head of HR, and Owner 1, 4, … 28 (numbers in numeric order).
    expect(owners).toHaveLength(11);
    expect(owners.map((o) => o.name).slice(0, 3)).toEqual(['head of  hr', 'Owner 1', 'Owner 4']);
    expect(owners[0].objectives).toHaveLength(30);
    expect(owners[1]).toMatchObject({ writtenAs: ['Owner 1'], objectives: [{ id: 'owners-large:o1' }], kpis: [{ id: 'owners-large:k1' }], actions: [{ id: 'owners-large:a1' }] });
    expect(statements).toHaveLength(smallStatements);

    // Across all strategies, entries counted: "head of  hr" 6 + 60, "Head of HR" 3 + 30 + the seeds' 6, "HEAD OF HR" 3 + 30.
    const everywhere = await run(OWNERS, { search: 'head of hr' });
    const merged = (everywhere.data as any).owners as any[];
    expect(merged.map((o) => o.name)).toEqual(['head of  hr']);
    expect(merged[0].writtenAs).toEqual(['head of  hr', 'Head of HR', 'HEAD OF HR']);
    expect(ids(merged[0].actions).slice(-6)).toEqual(dp(8, 9, 10, 11, 13, 14));
    expect(merged[0].actions).toHaveLength(3 + 30 + 6);
    expect(statements).toHaveLength(3);

    // A disabled plugin's items are left out, and its owners with them.
    expect(((await run(OWNERS, { search: 'owner 28' })).data as any).owners.map((o: any) => o.name)).toEqual(['Owner 28']);
    await run(`mutation { setPluginEnabled(id: "owners-large", enabled: false) { enabled } }`, {}, ADMIN);
    expect((await run(OWNERS, { search: 'owner 28' })).data).toEqual({ owners: [] });
    expect(((await run(OWNERS, { search: 'head of hr' })).data as any).owners[0].actions).toHaveLength(3 + 6);
  });
});
