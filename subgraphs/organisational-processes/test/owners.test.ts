import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, fixedClock, PUBLIC_IDENTITY, type Identity } from '@edhr/kit';
import type { PluginManifestInput } from '@edhr/plugin-sdk';
import { loadConfiguredPlugins } from '../src/content/plugin-startup.loader';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { openRegistrySubgraph, type RegistrySubgraph } from './registry-database';

const logger = createLogger('organisational-processes-test', 'silent');
// Nothing here depends on the date; a fixed one keeps it that way.
const clock = fixedClock('2026-11-15T10:00:00Z');
const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };

describe('owners', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  let statements: string[] = [];
  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = PUBLIC_IDENTITY) => {
    statements = [];
    return db.execute(source, variableValues, identity, { clock });
  };
  beforeAll(async () => {
    db = await openRegistrySubgraph({ onQuery: (sql) => statements.push(sql) });
    await loadConfiguredPlugins(db.orm, logger, clock, {});
  });
  afterAll(async () => {
    await db?.close();
  });

  const OWNERS = `query ($strategy: ID, $search: String) {
    owners(strategy: $strategy, search: $search) { name normalised writtenAs objectives { id } kpis { id } actions { id } }
  }`;
  const OWNERS_WITH_IDS = `query ($strategy: ID, $search: String) {
    owners(strategy: $strategy, search: $search) { id name aliases writtenAs themes { id } actions { id } }
  }`;
  const ids = (list: { id: string }[]) => list.map((x) => x.id);
  const themePlugin = (row: number) =>
    row <= 7 ? 'wmp-edhr-theme-1-service-delivery' : row <= 15 ? 'wmp-edhr-theme-2-people-culture' : 'wmp-edhr-theme-3-organisational-processes';
  const dp = (...n: number[]) => n.map((i) => `${themePlugin(i)}:dp-${String(i).padStart(2, '0')}`);

  it('lists every owner, one per person or role, by name, with what each owns, to the public, in five statements', async () => {
    const result = await run(OWNERS);
    expect(result.errors).toBeUndefined();
    const owners = (result.data as any).owners as any[];
    expect(owners).toHaveLength(33);
    expect(owners.slice(0, 4).map((o) => o.name)).toEqual([
      'ALL',
      'Business',
      'Chief Superintendent Sturman - Continuous Improvement Programme',
      'Chris Rowson',
    ]);
    // Ordered by name whatever the case: "CI Howatt" between "Chris Rowson" and "CS Jo Byrne".
    expect(owners.slice(4, 7).map((o) => o.name)).toEqual(['CI Howatt', 'CS Jo Byrne', 'CS Pete Munroe']);
    expect(owners.at(-1).name).toBe('Supt Westlake - Custody Estate Development');
    // Declared as one person by the delivery plan: "Chief Supt Byrne" and "Chief Superintendent Byrne" are CS Jo Byrne.
    expect(owners.filter((o) => o.name.endsWith('Byrne')).map((o) => o.name)).toEqual(['CS Jo Byrne']);
    expect(owners.find((o) => o.name === 'CS Jo Byrne').writtenAs).toEqual(['Chief Superintendent Byrne', 'Chief Supt Byrne']);
    expect(owners.filter((o) => o.name.startsWith('Supt Johnson')).map((o) => o.name)).toEqual(['Supt Johnson']);
    // Staff-survey contacts and local owners, and the DEI pillar leads, are owners too.
    for (const name of ['Chris Rowson', 'CS Pete Munroe', 'Head of Local Policing', 'Rachel Hartland-Lane', 'Grant Wills']) {
      expect(owners.map((o) => o.name)).toContain(name);
    }

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
    // One statement per kind of owned item (objectives, KPIs, actions, led themes, declared owners); nothing per owner or per field.
    expect(statements).toHaveLength(5);
  });

  it('resolves every written form of a person to one owner, keeping the forms as written, with the themes it leads', async () => {
    const { data, errors } = await run(OWNERS_WITH_IDS, { search: 'johnson' });
    expect(errors).toBeUndefined();
    expect((data as any).owners).toEqual([
      {
        id: 'wmp-edhr-theme-1-service-delivery:supt-johnson',
        name: 'Supt Johnson',
        aliases: ['Supt Johnson', 'Supt Johnson - SCI', 'Supt Johnson - Hate Crime Silver'],
        writtenAs: ['Supt Johnson', 'Supt Johnson - Hate Crime Silver', 'Supt Johnson - SCI'],
        themes: [],
        actions: dp(1, 5, 7).map((id) => ({ id })),
      },
    ]);
    // Any written form finds it.
    expect(((await run(OWNERS_WITH_IDS, { search: 'hate crime silver' })).data as any).owners.map((o: any) => o.id)).toEqual([
      'wmp-edhr-theme-1-service-delivery:supt-johnson',
    ]);
    const leads = await run(OWNERS_WITH_IDS, { search: 'grant wills' });
    expect((leads.data as any).owners).toEqual([
      {
        id: 'west-mercia-dei-strategy:grant-wills',
        name: 'Grant Wills',
        aliases: ['Grant Wills', 'Grant Wills, T/Assistant Chief Constable, Local Policing & Operations.'],
        writtenAs: ['Grant Wills, T/Assistant Chief Constable, Local Policing & Operations.'],
        themes: [{ id: 'west-mercia-dei-strategy:our-communities' }, { id: 'west-mercia-dei-strategy:our-partners' }],
        actions: [],
      },
    ]);
    // A contact the staff-survey plan names and nothing else: listed, owning nothing here.
    expect(((await run(OWNERS_WITH_IDS, { search: 'rowson' })).data as any).owners).toEqual([
      { id: 'wmp-edhr-delivery-plan:chris-rowson', name: 'Chris Rowson', aliases: ['Chris Rowson'], writtenAs: [], themes: [], actions: [] },
    ]);
    // By reference, as people-culture's staff-survey contacts point at owners.
    const entities = await run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Owner { id name } } }`,
      { r: [{ __typename: 'Owner', id: 'wmp-edhr-delivery-plan:cs-jo-byrne' }, { __typename: 'Owner', id: 'nope:nobody' }] },
    );
    expect((entities.data as any)._entities).toEqual([{ id: 'wmp-edhr-delivery-plan:cs-jo-byrne', name: 'CS Jo Byrne' }, null]);
  });

  it('narrows to a strategy (actions of plugins extending it included) and to a search', async () => {
    const wmp = await run(OWNERS, { strategy: 'wmp-edhr-strategy' });
    expect(wmp.errors).toBeUndefined();
    const names = ((wmp.data as any).owners as any[]).map((o) => o.name);
    expect(names).toHaveLength(27);
    expect(names).not.toContain('POD');
    expect(names).not.toContain('Grant Wills');
    expect(names).toContain('DCC Thompson');
    expect(names).toContain('Chris Rowson');
    // The strategy lookup and the disabled plugins, then one statement per kind.
    expect(statements).toHaveLength(7);

    const inclusion = await run(OWNERS, { strategy: 'di-strategy-2018-2021' });
    expect(((inclusion.data as any).owners as any[]).map((o) => o.name)).toEqual(['Business', 'D & I', 'D & I team', 'POD']);

    const searched = await run(OWNERS, { search: '  HEAD of   l' });
    expect(((searched.data as any).owners as any[]).map((o) => o.name)).toEqual([
      'Head of L&D',
      'Head of Learning & Development',
      'Head of Legal Services',
      'Head of Local Policing',
    ]);
    const both = await run(OWNERS, { strategy: 'di-strategy-2018-2021', search: 'd & i' });
    expect(((both.data as any).owners as any[]).map((o) => o.name)).toEqual(['D & I', 'D & I team']);

    expect((await run(OWNERS, { strategy: 'no-such-strategy' })).data).toEqual({ owners: [] });
    expect(((await run(OWNERS, { search: '' })).data as any).owners).toHaveLength(33);
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
    // The delivery plan declares "Head of HR", and declared forms are matched in every plugin: its name is the declared one.
    expect((small.data as any).owners).toEqual([
      {
        name: 'Head of HR',
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
    expect(owners.map((o) => o.name).slice(0, 3)).toEqual(['Head of HR', 'Owner 1', 'Owner 4']);
    expect(owners[0].objectives).toHaveLength(30);
    expect(owners[1]).toMatchObject({ writtenAs: ['Owner 1'], objectives: [{ id: 'owners-large:o1' }], kpis: [{ id: 'owners-large:k1' }], actions: [{ id: 'owners-large:a1' }] });
    expect(statements).toHaveLength(smallStatements);

    // Across all strategies, entries counted: "head of  hr" 6 + 60, "Head of HR" 3 + 30 + the seeds' 6, "HEAD OF HR" 3 + 30.
    const everywhere = await run(OWNERS, { search: 'head of hr' });
    const merged = (everywhere.data as any).owners as any[];
    expect(merged.map((o) => o.name)).toEqual(['Head of HR']);
    expect(merged[0].writtenAs).toEqual(['head of  hr', 'Head of HR', 'HEAD OF HR']);
    expect(ids(merged[0].actions).slice(-6)).toEqual(dp(8, 9, 10, 11, 13, 14));
    expect(merged[0].actions).toHaveLength(3 + 30 + 6);
    expect(statements).toHaveLength(5);

    // A disabled plugin's items are left out, and its owners with them.
    expect(((await run(OWNERS, { search: 'owner 28' })).data as any).owners.map((o: any) => o.name)).toEqual(['Owner 28']);
    await run(`mutation { setPluginEnabled(id: "owners-large", enabled: false) { enabled } }`, {}, ADMIN);
    expect((await run(OWNERS, { search: 'owner 28' })).data).toEqual({ owners: [] });
    expect(((await run(OWNERS, { search: 'head of hr' })).data as any).owners[0].actions).toHaveLength(3 + 6);
  });
});
