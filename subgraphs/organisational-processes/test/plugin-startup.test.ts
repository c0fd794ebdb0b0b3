import { describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, createLogger } from '@edhr/kit';
import { DEFAULT_PLUGIN_MODULES, pluginModulesFromEnv } from '../src/plugins/plugin-loading.config';
import { loadConfiguredPlugins } from '../src/plugins/plugin-startup.loader';

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
      loadConfiguredPlugins(orm, createLogger('test', 'silent'), { EDHR_PLUGINS: '@edhr/plugin-does-not-exist' }),
    ).rejects.toThrow(/^Plugin module "@edhr\/plugin-does-not-exist" could not be imported/);
  });
});
