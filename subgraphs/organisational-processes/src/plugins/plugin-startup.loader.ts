import type { Logger } from '@edhr/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pluginModulesFromEnv } from './plugin-loading.config';
import { PluginRegistrationService } from './plugin-registration.service';

/**
 * Registers the plugins named in EDHR_PLUGINS, in order, before the subgraph serves.
 * Any failure stops start-up: serving without a configured plugin would serve wrong data.
 */
export async function loadConfiguredPlugins(
  orm: MikroORM,
  logger: Logger,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const service = new PluginRegistrationService(orm.em);
  for (const specifier of pluginModulesFromEnv(env)) {
    let exported: unknown;
    try {
      exported = ((await import(specifier)) as { default?: unknown }).default;
    } catch (error) {
      throw new Error(`Plugin module "${specifier}" could not be imported: ${(error as Error).message}`, { cause: error });
    }
    if (exported === undefined) throw new Error(`Plugin module "${specifier}" has no default export`);
    let result;
    try {
      result = await service.register(exported, { sourceKind: 'module', sourceRef: specifier });
    } catch (error) {
      throw new Error(`Plugin module "${specifier}" was not registered: ${(error as Error).message}`, { cause: error });
    }
    const { plugin, outcome } = result;
    logger.info(
      { plugin: plugin.pluginId, version: plugin.version, module: specifier, outcome, warnings: plugin.warnings.length },
      `plugin ${plugin.pluginId}@${plugin.version} ${outcome} (${plugin.warnings.length} warnings)`,
    );
  }
}
