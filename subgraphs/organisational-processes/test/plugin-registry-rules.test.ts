import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PluginValidationError, type PluginManifestInput } from '@edhr/plugin-sdk';
import { fixedClock } from '@edhr/kit';
import { PluginRegistrationService, type RegistrationOptions } from '../src/content/plugin-registration.service';
import { PluginConflictError } from '../src/content/plugin-registration.error';
import { setPluginEnabled } from '../src/content/plugin-enablement.service';
import { count, openRegistryDatabase, snapshot, type RegistryDatabase } from './registry-database';
import { strategyPlugin, themePlugin } from './fixtures/registry-plugins';

const clock = fixedClock('2026-11-15T10:00:00Z');
const S = '"organisational_processes"';

describe('plugin registry rules', { timeout: 120_000 }, () => {
  let db: RegistryDatabase;
  let service: PluginRegistrationService;
  const register = (input: unknown, options?: RegistrationOptions) =>
    service.register(input, { sourceKind: 'manifest', sourceRef: 'api' }, options);
  /** The error a registration is refused with, and proof that it wrote nothing. */
  const refusal = async (input: unknown, options?: RegistrationOptions) => {
    const before = await snapshot(db.orm);
    const error = await register(input, options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, 'expected the registration to be refused').toBeInstanceOf(Error);
    expect(await snapshot(db.orm)).toEqual(before);
    return error as Error;
  };
  const conflict = async (input: unknown, options?: RegistrationOptions) => {
    const error = await refusal(input, options);
    expect(error).toBeInstanceOf(PluginConflictError);
    return error as PluginConflictError;
  };

  beforeAll(async () => {
    db = await openRegistryDatabase();
    service = new PluginRegistrationService(db.orm.em, clock);
    expect((await register(strategyPlugin('rules-base'))).outcome).toBe('created');
    expect((await register(themePlugin('rules-theme', 'rules-base'))).outcome).toBe('created');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('answers created with every item added, and unchanged for the same id, version and content', async () => {
    const first = await register(strategyPlugin('rules-fresh'));
    expect(first).toMatchObject({ outcome: 'created', previousVersion: null, rolledBack: false, replaced: false });
    expect(first.changes.themes.added).toEqual(['fair', 'people']);
    expect(first.changes.kpis.added).toEqual(['stop-search-ratio', 'share']);
    expect(first.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = await register(strategyPlugin('rules-fresh'));
    expect(again).toMatchObject({ outcome: 'unchanged', previousVersion: '1.0.0', contentHash: first.contentHash });
    expect(again.changes.themes).toEqual({ added: [], changed: [], archived: [] });
  });

  it('refuses unknown keys, naming the nearest known one, and writes nothing', async () => {
    const misspelt = strategyPlugin('rules-base', '1.1.0') as Record<string, any>;
    misspelt.themes[1].kpis[0].targt = { value: 50 };
    misspelt.themes[0].objectives[0].owner = ['Supt Example'];
    const error = await refusal(misspelt);
    expect(error).toBeInstanceOf(PluginValidationError);
    expect((error as PluginValidationError).problems).toEqual([
      { path: 'themes[0].objectives[0].owner', message: 'unknown key `owner` at themes[0].objectives[0] — did you mean `owners`?' },
      { path: 'themes[1].kpis[0].targt', message: 'unknown key `targt` at themes[1].kpis[0] — did you mean `target`?' },
    ]);
  });

  it('refuses a KPI query that is broken, asks for an unknown field or is a mutation', async () => {
    const broken = strategyPlugin('rules-base', '1.1.0');
    const kpi = broken.themes![0]!.kpis![0]!;
    kpi.measuredBy = { kind: 'query', query: '{ disparity(', selector: 'x' };
    expect((await refusal(broken)).message).toContain('themes[0].kpis[0].measuredBy.query: is not valid GraphQL: Syntax Error');
    kpi.measuredBy = { kind: 'query', query: '{ stopSearchCount { value } }', selector: 'stopSearchCount.value' };
    expect((await refusal(broken)).message).toContain('themes[0].kpis[0].measuredBy.query: Cannot query field "stopSearchCount" on type "Query"');
    kpi.measuredBy = { kind: 'query', query: 'mutation { setPluginEnabled(id: "rules-base", enabled: false) { id } }', selector: 'x' };
    expect((await refusal(broken)).message).toContain('is a mutation; a KPI is measured by a query, which only reads');
  });

  it('refuses the same version with other content, showing both content hashes', async () => {
    const registered = (await register(strategyPlugin('rules-base'))).contentHash;
    const edited = strategyPlugin('rules-base');
    edited.themes![0]!.name = 'Fairness';
    const error = await conflict(edited);
    expect(error.reason).toBe('CONTENT_CHANGED');
    expect(error.details.registeredHash).toBe(registered);
    expect(error.details.sentHash).toMatch(/^sha256:/);
    expect(error.details.sentHash).not.toBe(registered);
    expect(error.message).toContain(`version 1.0.0 is already registered with other content (registered ${registered}, sent ${error.details.sentHash as string})`);
  });

  it('refuses a lower version unless a rollback is asked for, and then says so', async () => {
    const newer = strategyPlugin('rules-rollback', '1.2.0');
    await register(strategyPlugin('rules-rollback', '1.0.0'));
    const upgraded = await register(newer);
    expect(upgraded).toMatchObject({ outcome: 'updated', previousVersion: '1.0.0' });

    const older = strategyPlugin('rules-rollback', '1.1.0');
    older.themes = older.themes!.slice(0, 1);
    const error = await conflict(older);
    expect(error.reason).toBe('DOWNGRADE');
    expect(error.message).toContain('version: version 1.1.0 is older than the registered 1.2.0; a rollback must be asked for explicitly');
    // Start-up keeps the newer registration instead, writing nothing.
    const before = await snapshot(db.orm);
    expect((await register(older, { keepNewerRegistration: true })).outcome).toBe('kept');
    expect(await snapshot(db.orm)).toEqual(before);

    const rolledBack = await register(older, { rollback: true });
    expect(rolledBack).toMatchObject({ outcome: 'updated', previousVersion: '1.2.0', rolledBack: true });
    expect(rolledBack.plugin.version).toBe('1.1.0');
    expect(rolledBack.changes.themes.archived).toEqual(['people']);
    expect(rolledBack.changes.kpis.archived).toEqual(['share']);
  });

  it('summarises what an update adds, changes and archives', async () => {
    const next = strategyPlugin('rules-fresh', '1.1.0');
    next.themes![0]!.objectives![1]!.statement = 'Explain every disparity';
    next.themes![0]!.objectives!.push({ key: 'fair-3', code: '1.3', kind: 'key-action', statement: 'Publish the figures' });
    next.themes![1]!.kpis = [];
    const result = await register(next);
    expect(result.outcome).toBe('updated');
    expect(result.changes).toEqual({
      themes: { added: [], changed: [], archived: [] },
      objectives: { added: ['fair-3'], changed: ['fair-2'], archived: [] },
      kpis: { added: [], changed: [], archived: ['share'] },
      actions: { added: [], changed: [], archived: [] },
    });
  });

  it("refuses another plugin's content under a registered id unless it declares replaces and an admin confirms", async () => {
    const intruder: PluginManifestInput = { ...strategyPlugin('other-strategy'), id: 'rules-base', version: '9.0.0' };
    const before = await count(db.orm, `select count(*) as n from ${S}.theme where plugin_id = 'rules-base' and not archived`);
    const undeclared = await conflict(intruder);
    expect(undeclared.reason).toBe('TAKEOVER');
    expect(undeclared.message).toContain(
      'replaces: plugin "rules-base" is registered as "Strategy rules-base" 1.0.0, which defines strategy "rules-base-strategy" for organisation "rules-force"; this manifest defines strategy "other-strategy-strategy" for organisation "rules-force". To take that id over, the manifest must declare replaces: "rules-base" and an admin must confirm it (confirmReplaces: "rules-base")',
    );
    expect((await conflict({ ...intruder, replaces: 'rules-base' })).message).toContain('an admin must confirm it (confirmReplaces: "rules-base")');
    expect((await conflict(intruder, { confirmReplaces: 'rules-base' })).message).toContain('the manifest must declare replaces: "rules-base"');
    expect(await count(db.orm, `select count(*) as n from ${S}.theme where plugin_id = 'rules-base' and not archived`)).toBe(before);
    // Declared and confirmed, it still cannot break the theme plugin that extends the strategy.
    const breaking = await conflict({ ...intruder, replaces: 'rules-base' }, { confirmReplaces: 'rules-base' });
    expect(breaking.reason).toBe('DEPENDENTS');
  });

  it('takes over an id when declared and confirmed', async () => {
    await register(strategyPlugin('rules-takeover'));
    const replacement: PluginManifestInput = { ...strategyPlugin('brand-new'), id: 'rules-takeover', version: '2.0.0', replaces: 'rules-takeover' };
    const result = await register(replacement, { confirmReplaces: 'rules-takeover' });
    expect(result).toMatchObject({ outcome: 'updated', replaced: true, previousVersion: '1.0.0' });
    expect(result.plugin.manifest.strategy.key).toBe('brand-new-strategy');
  });

  it('refuses a new version that breaks the plugins depending on it, naming them', async () => {
    const dropsObjective = strategyPlugin('rules-base', '1.1.0');
    dropsObjective.themes![0]!.objectives = dropsObjective.themes![0]!.objectives!.filter((o) => o.key !== 'fair-1');
    const error = await conflict(dropsObjective);
    expect(error.reason).toBe('DEPENDENTS');
    expect(error.details.dependents).toEqual(['rules-theme']);
    expect(error.problems).toEqual([
      {
        path: 'dependents.rules-theme.themes[0].kpis[0].objective',
        message: 'plugin "rules-theme" 1.0.0 depends on this plugin: plugin "rules-base" 1.1.0 declares no objective "fair-1"',
      },
      {
        path: 'dependents.rules-theme.actions[0].objective',
        message: 'plugin "rules-theme" 1.0.0 depends on this plugin: plugin "rules-base" 1.1.0 declares no objective "fair-1"',
      },
    ]);
    const major = await conflict(strategyPlugin('rules-base', '2.0.0'));
    expect(major.problems).toEqual([
      {
        path: 'dependents.rules-theme.dependsOn[0].version',
        message: 'plugin "rules-theme" 1.0.0 depends on this plugin: depends on plugin "rules-base" ^1.0.0, but its version is 2.0.0',
      },
    ]);
    // A version that keeps what the dependents use is fine.
    expect((await register(strategyPlugin('rules-base', '1.2.0'))).outcome).toBe('updated');
  });

  it("refuses a reference to an objective its dependency does not declare", async () => {
    const dangling = themePlugin('rules-dangling', 'rules-base');
    dangling.themes![0]!.kpis![0]!.objective = 'rules-base:fair-9';
    const error = await refusal(dangling);
    expect(error).toBeInstanceOf(PluginValidationError);
    expect(error.message).toContain('themes[0].kpis[0].objective: plugin "rules-base" 1.2.0 declares no objective "fair-9"');
  });

  it('refuses to disable a plugin that enabled plugins depend on, and to enable one whose dependency is disabled', async () => {
    const disabling = await setPluginEnabled(db.orm.em.fork(), 'rules-base', false).catch((e: unknown) => e);
    expect(disabling).toBeInstanceOf(PluginConflictError);
    expect((disabling as PluginConflictError).message).toBe(
      'Plugin "rules-base" cannot be disabled:\n  - enabled: enabled plugins depend on it: "rules-theme"; disable them first',
    );
    await setPluginEnabled(db.orm.em.fork(), 'rules-theme', false);
    expect((await setPluginEnabled(db.orm.em.fork(), 'rules-base', false)).enabled).toBe(false);
    const enabling = await setPluginEnabled(db.orm.em.fork(), 'rules-theme', true).catch((e: unknown) => e);
    expect((enabling as PluginConflictError).reason).toBe('DEPENDENCIES');
    expect((enabling as Error).message).toContain('it depends on disabled plugins: "rules-base"; enable them first');
    await setPluginEnabled(db.orm.em.fork(), 'rules-base', true);
    expect((await setPluginEnabled(db.orm.em.fork(), 'rules-theme', true)).enabled).toBe(true);
  });
});
