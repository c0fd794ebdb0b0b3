import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { createLogger, type Identity } from '@edhr/kit';
import type { PluginManifestInput } from '@edhr/plugin-sdk';
import westMerciaDei from '@edhr/plugin-west-mercia-dei-strategy';
import { loadConfiguredPlugins } from '../src/plugins/plugin-startup.loader';
import { PluginRegistrationService } from '../src/plugins/plugin-registration.service';
import { buildOrganisationalProcessesSchema } from '../src/schema';
import { openRegistryDatabase, type RegistryDatabase } from './registry-database';

// The schema is built by @apollo/subgraph with the CommonJS build of graphql; vitest would
// resolve a bare import to the ESM build, a second copy that rejects that schema.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const logger = createLogger('organisational-processes-test', 'silent');
const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };

const FULL_STRATEGY = `
  query ($id: ID!) {
    strategy(id: $id) {
      id title values { name } organisation { id name }
      governance { name reportsTo { name } }
      objectives { code children { code } kpis { name } actions { reference } }
      kpis { name measurements { period value } latest { value } }
      actions(overdue: false) { reference }
      themes {
        code name
        objectives { code parent { code } children { code } kpis { name latest { value } } actions { reference progress { text } objective { code } } }
        kpis { name measurements { period } }
        actions { reference }
      }
    }
  }`;

/** A copy of a plugin under new ids with each theme (and everything in it) twice. */
function doubled(plugin: PluginManifestInput): PluginManifestInput {
  const copy = structuredClone(plugin);
  copy.id = 'dei-doubled';
  copy.strategy.key = 'dei-doubled';
  const again = structuredClone(copy.themes ?? []).map((theme) => ({
    ...theme,
    key: `${theme.key}-again`,
    objectives: (theme.objectives ?? []).map((o) => ({ ...o, key: `${o.key}-again`, parent: o.parent && `${o.parent}-again` })),
    kpis: (theme.kpis ?? []).map((k) => ({ ...k, key: `${k.key}-again`, objective: k.objective && `${k.objective}-again` })),
    actions: (theme.actions ?? []).map((a) => ({ ...a, key: `${a.key}-again` })),
  }));
  copy.themes = [...(copy.themes ?? []), ...again];
  return copy;
}

describe('strategy schema', { timeout: 120_000 }, () => {
  let db: RegistryDatabase;
  let schema: GraphQLSchema;
  let statements: string[] = [];

  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF) => {
    statements = [];
    const context = { em: db.orm.em.fork(), identity, requestId: 'test', logger, loaders: new Map() };
    return graphql({ schema, source, variableValues, contextValue: context });
  };

  beforeAll(async () => {
    db = await openRegistryDatabase((sql) => statements.push(sql));
    // Start-up loading with the default EDHR_PLUGINS: the five seed plugins.
    await loadConfiguredPlugins(db.orm, logger, {});
    schema = await buildOrganisationalProcessesSchema();
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
    await new PluginRegistrationService(db.orm.em).register(doubled(westMerciaDei), { sourceKind: 'module', sourceRef: 'test' });
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
    expect([wmp.themes, wmp.objectives]).toEqual([3, 16]);
    expect([dei.themes, dei.objectives]).toEqual([3, 34]);
    expect([dei2.themes, dei2.objectives]).toEqual([6, 68]);
    // One statement per kind of lookup and level of the query, whatever the number of themes and objectives.
    expect(dei2.statements).toBe(dei.statements);
    expect(dei.statements).toBeLessThanOrEqual(20);
    expect(wmp.statements).toBeLessThanOrEqual(dei.statements);
  });

  it('lists plugins with their warnings', async () => {
    const result = await run(`{ plugins { id version sourceKind sourceRef enabled } plugin(id: "wmp-edhr-delivery-plan") { warnings { path message } } }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    const configured = data.plugins.filter((p: any) => p.sourceRef.startsWith('@edhr/'));
    expect(configured.map((p: any) => p.id)).toEqual([
      'west-mercia-dei-strategy',
      'west-mercia-pcc-equality-objectives',
      'wmp-edhr-delivery-plan',
      'wmp-edhr-strategy',
      'wmp-inclusion-strategy-2018',
    ]);
    expect(configured[0]).toMatchObject({ sourceKind: 'module', sourceRef: '@edhr/plugin-west-mercia-dei-strategy', enabled: true });
    expect(data.plugin.warnings.some((w: any) => w.path === 'actions[16].reference')).toBe(true);
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
});
