import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tokenFor, type Harness } from './harness';

/** What a newcomer does with the plugin guide, and what the seed plugins put in the graph, all through the gateway. */
describe('theme plugins through the gateway', { timeout: 180_000 }, () => {
  let harness: Harness;
  let admin: string;
  let staff: string;
  beforeAll(async () => {
    harness = await startHarness();
    admin = await tokenFor(['admin']);
    staff = await tokenFor(['staff']);
  });
  afterAll(async () => {
    await harness?.stop();
  });

  const newTheme = {
    id: 'knife-crime-reduction',
    version: '1.0.0',
    name: 'Knife crime reduction',
    source: { title: 'Knife crime plan 2026', publisher: 'West Midlands Police' },
    organisation: { key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force' },
    strategy: { key: 'knife-crime-2026', title: 'Knife crime plan 2026' },
    themes: [
      {
        key: 'prevention',
        name: 'Prevention',
        domain: 'service-delivery',
        objectives: [{ key: 'p1', code: '1', kind: 'key-action', statement: 'Reduce knife crime among under-25s', owners: ['Supt Example'] }],
        kpis: [{ key: 'k1', name: 'Knife crime offences, under-25s', unit: 'count', direction: 'down', objective: 'p1', owners: ['Supt Example'] }],
      },
    ],
  };
  const REGISTER = 'mutation ($m: JSON!) { registerPlugin(manifest: $m) { id version sourceKind warnings { path message } } }';
  const NEW_STRATEGY =
    '{ strategy(id: "knife-crime-2026") { title themes { name objectives { code statement owners kpis { name owners } } } } }';

  it('registers a new theme while running: its objectives, KPIs and owners appear at once', async () => {
    expect((await harness.query(NEW_STRATEGY)).body.data.strategy).toBeNull();
    const registered = await harness.query(REGISTER, { token: admin, variables: { m: newTheme } });
    expect(registered.body.errors).toBeUndefined();
    expect(registered.body.data.registerPlugin).toEqual({ id: 'knife-crime-reduction', version: '1.0.0', sourceKind: 'manifest', warnings: [] });
    const { body } = await harness.query(NEW_STRATEGY);
    expect(body.data.strategy).toEqual({
      title: 'Knife crime plan 2026',
      themes: [
        {
          name: 'Prevention',
          objectives: [
            {
              code: '1',
              statement: 'Reduce knife crime among under-25s',
              owners: ['Supt Example'],
              kpis: [{ name: 'Knife crime offences, under-25s', owners: ['Supt Example'] }],
            },
          ],
        },
      ],
    });
  });

  it('registering the same plugin again changes nothing', async () => {
    const before = await harness.query('{ plugin(id: "knife-crime-reduction") { version registeredAt updatedAt } }', { token: staff });
    const again = await harness.query(REGISTER, { token: admin, variables: { m: newTheme } });
    expect(again.body.errors).toBeUndefined();
    const after = await harness.query('{ plugin(id: "knife-crime-reduction") { version registeredAt updatedAt } }', { token: staff });
    expect(after.body.data).toEqual(before.body.data);
  });

  it('refuses an invalid manifest with the plugin, the field path and the reason, writing nothing', async () => {
    const broken = { ...newTheme, id: 'broken-theme', strategy: { key: 'broken-2026', title: 'Broken' } };
    broken.themes = [{ ...newTheme.themes[0]!, kpis: [{ ...newTheme.themes[0]!.kpis[0]!, unit: 'furlongs' }] }];
    const { body } = await harness.query(REGISTER, { token: admin, variables: { m: broken } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.pluginId).toBe('broken-theme');
    expect(body.errors?.[0]?.extensions?.problems).toEqual([
      { path: 'themes[0].kpis[0].unit', message: expect.stringMatching(/percent.*count/) },
    ]);
    const after = await harness.query('{ plugin(id: "broken-theme") { id } strategy(id: "broken-2026") { id } }', { token: staff });
    expect(after.body.data).toEqual({ plugin: null, strategy: null });
  });

  it('lets only admins register plugins', async () => {
    for (const token of [undefined, staff, await tokenFor(['theme-owner'])]) {
      const { body } = await harness.query(REGISTER, { token, variables: { m: { ...newTheme, version: '9.9.9' } } });
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('serves every seed document whole, with the counts of the sources', async () => {
    const { body } = await harness.query(
      `{
        wmp: strategy(id: "wmp-edhr-strategy") { vision values { name } themes { code aims objectives { code } } governance { kind } actions { reference } }
        dei: strategy(id: "dei-interim-strategy-2024-25") { themes { name lead objectives { kind } } objectives { kind } }
        plugins { id warnings { path message } }
      }`,
      { token: staff },
    );
    expect(body.errors).toBeUndefined();
    const { wmp, dei, plugins } = body.data;
    expect(wmp.vision).toBeTruthy();
    expect(wmp.values).toHaveLength(4);
    expect(wmp.themes.map((t: { objectives: unknown[] }) => t.objectives.length)).toEqual([5, 6, 5]);
    expect(wmp.themes.every((t: { aims: string[] }) => t.aims.length > 0)).toBe(true);
    expect(wmp.governance.filter((g: { kind: string }) => g.kind === 'staff-network')).toHaveLength(8);
    expect(wmp.actions).toHaveLength(22);

    expect(dei.themes.map((t: { lead: string }) => t.lead).every(Boolean)).toBe(true);
    const deiKinds = dei.themes.flatMap((t: { objectives: { kind: string }[] }) => t.objectives.map((o) => o.kind));
    expect(deiKinds.filter((k: string) => k === 'area')).toHaveLength(9);
    expect(deiKinds.filter((k: string) => k === 'commitment')).toHaveLength(25);
    expect(dei.objectives.filter((o: { kind: string }) => o.kind === 'equality-objective')).toHaveLength(9);

    const warningsOf = (id: string) => plugins.find((p: { id: string }) => p.id === id).warnings as { path: string; message: string }[];
    expect(warningsOf('wmp-edhr-strategy').some((w) => /eight protected characteristics/i.test(w.message))).toBe(true);
    expect(warningsOf('wmp-edhr-theme-3-organisational-processes').find((w) => w.path === 'themes[0].actions[1].reference')?.message).toMatch(/3\.2/);
  });

  it('serves the PCC objectives 7 / 7 / 4 and the 2018 workforce figures as measurements with their source', async () => {
    const { body } = await harness.query(
      `{ strategies { id themes { objectives { id } } objectives { kind } kpis { name measurements { period value source } } } }`,
      { token: staff },
    );
    const byId = (id: string) => body.data.strategies.find((s: { id: string }) => s.id === id);
    const pcc = body.data.strategies.find((s: { themes: { objectives: unknown[] }[] }) =>
      JSON.stringify(s.themes.map((t) => t.objectives.length)) === '[7,7,4]',
    );
    expect(pcc).toBeTruthy();
    const d2018 = byId('di-strategy-2018-2021');
    const values = d2018.kpis.flatMap((k: { measurements: { value: number; source: string }[] }) => k.measurements);
    for (const figure of [12, 30, 42]) expect(values.some((m: { value: number }) => m.value === figure)).toBe(true);
    expect(values.every((m: { source: string }) => m.source.length > 0)).toBe(true);
    expect(d2018.objectives.filter((o: { kind: string }) => o.kind === 'goal')).toHaveLength(4);
    expect(d2018.objectives.filter((o: { kind: string }) => o.kind === 'learning-module')).toHaveLength(10);
  });
});
