
import wmpEdhrPeopleCulture from '@edhr/plugin-wmp-edhr-theme-2-people-culture';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, createLogger, fixedClock, type Logger } from '@edhr/kit';
import { DEFAULT_PLUGIN_MODULES, pluginModulesFromEnv } from '../src/content/plugin-loading.config';
import { loadConfiguredPlugins } from '../src/content/plugin-startup.loader';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { openRegistryDatabase, snapshot, type RegistryDatabase } from './registry-database';
import { cyclePlugin } from './fixtures/cycle-plugins';

// Nothing here depends on the date; a fixed one keeps it that way.
const clock = fixedClock('2026-11-15T10:00:00Z');

describe('plugin start-up configuration', () => {
  it('defaults to the five seed plugins in dependency order', () => {
    expect(pluginModulesFromEnv({})).toEqual(DEFAULT_PLUGIN_MODULES);
    expect(DEFAULT_PLUGIN_MODULES.indexOf('@edhr/plugin-wmp-edhr-strategy')).toBeLessThan(
      DEFAULT_PLUGIN_MODULES.indexOf('@edhr/plugin-wmp-edhr-delivery-plan'),
    );
    expect(pluginModulesFromEnv({ EDHR_PLUGINS: ' @edhr/plugin-wmp-edhr-strategy , ./local.ts ' })).toEqual([
      '@edhr/plugin-wmp-edhr-strategy',
      './local.ts',
    ]);
  });

  it('names the variable when the value is malformed', () => {
    expect(() => pluginModulesFromEnv({ EDHR_PLUGINS: 'a,,b' })).toThrow(ConfigError);
    expect(() => pluginModulesFromEnv({ EDHR_PLUGINS: 'a,,b' })).toThrow(/EDHR_PLUGINS="a,,b" is invalid: must not contain an empty module name/);
  });

  it('stops start-up naming a module that cannot be imported', async () => {
    const orm = { em: {} } as unknown as MikroORM;
    await expect(
      loadConfiguredPlugins(orm, createLogger('test', 'silent'), clock, { EDHR_PLUGINS: '@edhr/plugin-does-not-exist' }),
    ).rejects.toThrow(/^Plugin module "@edhr\/plugin-does-not-exist" could not be imported/);
  });
});

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}.plugin.ts`, import.meta.url));

/** A logger that keeps the messages, to see the order plugins were registered in (warnings prefixed `WARN `). */
function recordingLogger(messages: string[]): Logger {
  const silent = createLogger('test', 'silent');
  return Object.assign(Object.create(silent) as Logger, {
    info: (_: unknown, message: string) => messages.push(message),
    warn: (_: unknown, message: string) => messages.push(`WARN ${message}`),
  });
}

describe('plugin start-up ordering', { timeout: 120_000 }, () => {
  let db: RegistryDatabase;
  beforeAll(async () => {
    db = await openRegistryDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  it('refuses a cycle among configured plugins, naming it, before registering anything', async () => {
    const before = await snapshot(db.orm);
    const modules = ['@edhr/plugin-wmp-edhr-strategy', fixture('cycle-a'), fixture('cycle-b')].join(',');
    await expect(loadConfiguredPlugins(db.orm, createLogger('test', 'silent'), clock, { EDHR_PLUGINS: modules })).rejects.toThrow(
      /^plugin dependency cycle: cycle-a → cycle-b → cycle-a$/,
    );
    // Not even the plugin listed before the cycle, which depends on nothing.
    expect(await snapshot(db.orm)).toEqual(before);
    expect(before.plugin).toBe('0:');
  });

  it('refuses a dependency neither configured nor registered, naming both plugins', async () => {
    await expect(
      loadConfiguredPlugins(db.orm, createLogger('test', 'silent'), clock, { EDHR_PLUGINS: '@edhr/plugin-wmp-edhr-delivery-plan' }),
    ).rejects.toThrow(
      'Plugin module "@edhr/plugin-wmp-edhr-delivery-plan" was not registered: Plugin "wmp-edhr-delivery-plan" cannot be registered:\n' +
        '  - dependsOn[0]: depends on plugin "wmp-edhr-strategy", which is not registered; register it first',
    );
  });

  it('registers a plugin listed before its dependency after it', async () => {
    const messages: string[] = [];
    const modules = '@edhr/plugin-wmp-edhr-delivery-plan,@edhr/plugin-wmp-edhr-strategy';
    await loadConfiguredPlugins(db.orm, recordingLogger(messages), clock, { EDHR_PLUGINS: modules });
    expect(messages.map((m) => m.replace(/ \(\d+ warnings\)$/, ''))).toEqual([
      expect.stringMatching(/^plugin wmp-edhr-strategy@\S+ created$/),
      expect.stringMatching(/^plugin wmp-edhr-delivery-plan@\S+ created$/),
    ]);
    const rows = await db.orm.em.fork().getConnection().execute<{ plugin_id: string; source_ref: string }[]>(
      `select plugin_id, source_ref from organisational_processes.plugin order by plugin_id`,
    );
    expect(rows).toEqual([
      { plugin_id: 'wmp-edhr-delivery-plan', source_ref: '@edhr/plugin-wmp-edhr-delivery-plan' },
      { plugin_id: 'wmp-edhr-strategy', source_ref: '@edhr/plugin-wmp-edhr-strategy' },
    ]);

    // A dependency already registered need not be configured again.
    const again: string[] = [];
    await loadConfiguredPlugins(db.orm, recordingLogger(again), clock, { EDHR_PLUGINS: '@edhr/plugin-wmp-edhr-delivery-plan' });
    expect(again).toEqual([expect.stringMatching(/^plugin wmp-edhr-delivery-plan@\S+ unchanged/)]);
  });

  it('never reverts a newer registration made through the API: keeps it and says so with both versions', async () => {
    const registry = new PluginRegistrationService(db.orm.em, clock);
    const newer = structuredClone(wmpEdhrPeopleCulture);
    newer.version = '1.99.0';
    newer.themes = newer.themes!.map((t) => (t.key === 'people-culture' ? { ...t, objectives: [...t.objectives!, { key: 'pc-api', kind: 'key-action' as const, statement: 'Added through the API' }] } : t));
    // Registered through the API first in this database, so created.
    expect((await registry.register(newer, { sourceKind: 'manifest', sourceRef: 'api' })).outcome).toBe('created');
    const before = await snapshot(db.orm);
    const messages: string[] = [];
    await loadConfiguredPlugins(db.orm, recordingLogger(messages), clock, { EDHR_PLUGINS: '@edhr/plugin-wmp-edhr-theme-2-people-culture' });
    expect(messages).toEqual([
      `WARN plugin wmp-edhr-theme-2-people-culture: module @edhr/plugin-wmp-edhr-theme-2-people-culture has version ${wmpEdhrPeopleCulture.version}, older than the registered 1.99.0 (from api); keeping 1.99.0`,
    ]);
    expect(await snapshot(db.orm)).toEqual(before);
    const rows = await db.orm.em.fork().getConnection().execute<{ version: string; archived: boolean }[]>(
      `select p.version, o.archived from organisational_processes.plugin p join organisational_processes.objective o on o.plugin_id = p.plugin_id
       where p.plugin_id = 'wmp-edhr-theme-2-people-culture' and o.key = 'pc-api'`,
    );
    expect(rows).toEqual([{ version: '1.99.0', archived: false }]);
  });

  it('stops start-up when a module has the registered version with other content, showing both hashes', async () => {
    const registry = new PluginRegistrationService(db.orm.em, clock);
    await registry.register(cyclePlugin('same-version', []), { sourceKind: 'manifest', sourceRef: 'api' });
    const edited = { ...cyclePlugin('same-version', []), name: 'Edited without a new version' };
    await expect(registry.register(edited, { sourceKind: 'module', sourceRef: 'test' }, { keepNewerRegistration: true })).rejects.toThrow(
      /version: version 1\.0\.0 is already registered with other content \(registered sha256:[0-9a-f]{64}, sent sha256:[0-9a-f]{64}\)/,
    );
  });

  it('refuses a new version that would close a cycle through registered plugins, and writes nothing', async () => {
    const registry = new PluginRegistrationService(db.orm.em, clock);
    await registry.register(cyclePlugin('upgrade-a', []), { sourceKind: 'manifest', sourceRef: 'api' });
    await registry.register(cyclePlugin('upgrade-b', ['upgrade-a']), { sourceKind: 'manifest', sourceRef: 'api' });
    const before = await snapshot(db.orm);
    await expect(
      registry.register(cyclePlugin('upgrade-a', ['upgrade-b'], '1.1.0'), { sourceKind: 'manifest', sourceRef: 'api' }),
    ).rejects.toThrow(
      'Plugin "upgrade-a" cannot be registered:\n  - dependsOn[0]: would close a plugin dependency cycle: upgrade-a → upgrade-b → upgrade-a',
    );
    expect(await snapshot(db.orm)).toEqual(before);
  });
});
