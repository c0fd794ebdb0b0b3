import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tokenFor, type Harness } from './harness';

/** The registry's rules as an attacker and a careless plugin author meet them, through the gateway. */
describe('plugin registry rules through the gateway', { timeout: 180_000 }, () => {
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

  const REGISTER = `mutation ($m: JSON!, $rollback: Boolean, $confirm: ID) {
    registerPlugin(manifest: $m, rollback: $rollback, confirmReplaces: $confirm) {
      outcome previousVersion contentHash rolledBack replaced summary
      changes { themes { added changed archived } objectives { added changed archived } kpis { added changed archived } actions { added changed archived } }
      plugin { id version contentHash }
    }
  }`;
  const register = (m: unknown, extra: { rollback?: boolean; confirm?: string } = {}) =>
    harness.query(REGISTER, { token: admin, variables: { m, ...extra } });
  const errorOf = (response: Awaited<ReturnType<typeof register>>) => {
    expect(response.body.data?.registerPlugin ?? null).toBeNull();
    return response.body.errors![0]!;
  };

  const plan = (version = '1.0.0') => ({
    id: 'hate-crime-plan',
    version,
    name: 'Hate crime plan',
    source: { title: 'Hate crime plan 2026', publisher: 'West Midlands Police' },
    organisation: { key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force' },
    dependsOn: [
      { id: 'wmp-edhr-strategy', version: '^2.0.0' },
      { id: 'wmp-edhr-theme-1-service-delivery', version: '^1.0.0' },
    ],
    strategy: { key: 'hate-crime-2026', title: 'Hate crime plan 2026' },
    themes: [
      {
        key: 'reporting',
        name: 'Reporting',
        domain: 'service-delivery',
        objectives: [{ key: 'r1', code: '1', kind: 'key-action', statement: 'Make hate crime easier to report' }],
        kpis: [
          {
            key: 'satisfaction',
            name: 'Victim satisfaction',
            unit: 'percent',
            direction: 'up',
            objective: 'wmp-edhr-theme-1-service-delivery:sd-ka-1',
            target: { value: 80 },
          },
        ],
      },
    ],
  });

  it('answers CREATED, then UNCHANGED for the same content, then UPDATED with what changed', async () => {
    const created = await register(plan());
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.registerPlugin).toMatchObject({
      outcome: 'CREATED',
      previousVersion: null,
      rolledBack: false,
      replaced: false,
      summary: 'themes: 1 added; objectives: 1 added; KPIs: 1 added',
      plugin: { id: 'hate-crime-plan', version: '1.0.0' },
    });
    const hash = created.body.data.registerPlugin.contentHash as string;
    expect(hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(created.body.data.registerPlugin.plugin.contentHash).toBe(hash);

    const again = await register(plan());
    expect(again.body.data.registerPlugin).toMatchObject({ outcome: 'UNCHANGED', previousVersion: '1.0.0', contentHash: hash });

    const next = plan('1.1.0');
    next.themes[0]!.objectives.push({ key: 'r2', code: '2', kind: 'key-action', statement: 'Publish the outcomes' });
    next.themes[0]!.kpis[0]!.target = { value: 85 };
    const updated = await register(next);
    expect(updated.body.data.registerPlugin).toMatchObject({
      outcome: 'UPDATED',
      previousVersion: '1.0.0',
      summary: 'objectives: 1 added; KPIs: 1 changed',
      changes: { objectives: { added: ['r2'], changed: [], archived: [] }, kpis: { added: [], changed: ['satisfaction'], archived: [] } },
    });
  });

  it('refuses an unknown key naming the nearest known one', async () => {
    const misspelt = plan('1.2.0') as Record<string, any>;
    misspelt.themes[0].kpis[0].targt = misspelt.themes[0].kpis[0].target;
    delete misspelt.themes[0].kpis[0].target;
    const error = errorOf(await register(misspelt));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', pluginId: 'hate-crime-plan' });
    expect(error.extensions!.problems).toEqual([
      { path: 'themes[0].kpis[0].targt', message: 'unknown key `targt` at themes[0].kpis[0] — did you mean `target`?' },
    ]);
  });

  it('refuses a KPI query the public API cannot answer, and a dependency objective that does not exist, in one answer', async () => {
    const broken = plan('1.2.0') as Record<string, any>;
    broken.themes[0].kpis[0].measuredBy = { kind: 'query', query: '{ hateCrimes { total } }', selector: 'hateCrimes.total' };
    broken.themes[0].kpis[0].objective = 'wmp-edhr-theme-1-service-delivery:sd-ka-99';
    const error = errorOf(await register(broken));
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect((error.extensions!.problems as { path: string; message: string }[]).map((p) => `${p.path}: ${p.message}`)).toEqual([
      expect.stringMatching(/^themes\[0\]\.kpis\[0\]\.measuredBy\.query: Cannot query field "hateCrimes" on type "Query"\./),
      expect.stringMatching(/^themes\[0\]\.kpis\[0\]\.objective: plugin "wmp-edhr-theme-1-service-delivery" \S+ declares no objective "sd-ka-99"$/),
    ]);
  });

  it('refuses the same version with other content, with both hashes', async () => {
    const registered = (await harness.query('{ plugin(id: "hate-crime-plan") { version contentHash } }', { token: staff })).body.data.plugin;
    const edited = plan('1.1.0');
    edited.name = 'Hate crime plan, edited';
    const error = errorOf(await register(edited));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONTENT_CHANGED', registeredHash: registered.contentHash });
    expect(error.extensions!.sentHash).toMatch(/^sha256:/);
    expect(error.message).toContain(`registered ${registered.contentHash}, sent ${error.extensions!.sentHash}`);
  });

  it('refuses a downgrade unless rollback is asked for', async () => {
    const error = errorOf(await register(plan('1.0.0')));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOWNGRADE', registeredVersion: '1.1.0', sentVersion: '1.0.0' });
    const rolledBack = await register(plan('1.0.0'), { rollback: true });
    expect(rolledBack.body.data.registerPlugin).toMatchObject({
      outcome: 'UPDATED',
      previousVersion: '1.1.0',
      rolledBack: true,
      plugin: { version: '1.0.0' },
      changes: { objectives: { archived: ['r2'] } },
    });
  });

  it("refuses a manifest that takes over a seed plugin's id, and the strategy keeps its themes", async () => {
    const intruder = { ...plan('9.0.0'), id: 'wmp-edhr-strategy', dependsOn: [] };
    intruder.themes[0]!.kpis[0]!.objective = 'r1';
    const error = errorOf(await register(intruder));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TAKEOVER', pluginId: 'wmp-edhr-strategy' });
    expect(error.message).toContain('the manifest must declare replaces: "wmp-edhr-strategy" and an admin must confirm it');
    const { body } = await harness.query('{ strategy(id: "wmp-edhr-strategy") { themes { code } } }');
    expect(body.data.strategy.themes.map((t: { code: string }) => t.code)).toEqual(['1', '2', '3']);
  });

  it('refuses to disable a plugin others depend on, naming them', async () => {
    const { body } = await harness.query('mutation { setPluginEnabled(id: "wmp-edhr-strategy", enabled: false) { enabled } }', { token: admin });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DEPENDENTS',
      dependents: [
        'hate-crime-plan',
        'wmp-edhr-delivery-plan',
        'wmp-edhr-theme-1-service-delivery',
        'wmp-edhr-theme-2-people-culture',
        'wmp-edhr-theme-3-organisational-processes',
      ],
    });
    const still = await harness.query('{ plugin(id: "wmp-edhr-strategy") { enabled } }', { token: staff });
    expect(still.body.data.plugin.enabled).toBe(true);
  });
});
