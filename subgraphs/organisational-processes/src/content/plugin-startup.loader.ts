import type { Clock, Logger } from '@edhr/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { validatePlugin, type PluginManifest } from '@edhr/plugin-sdk';
import { pluginModulesFromEnv } from './plugin-loading.config';
import { orderByDependencies } from './plugin-dependency-order';
import { PluginRegistrationService } from './plugin-registration.service';

interface ConfiguredPlugin {
  id: string;
  version: string;
  dependsOn: string[];
  specifier: string;
  exported: unknown;
}

/**
 * Registers the plugins named in EDHR_PLUGINS before the subgraph serves: imports and
 * validates every module first, then registers them dependencies first, whatever the listed
 * order. A cycle among them is refused before anything is registered; a dependency neither
 * configured nor already registered is refused by registration, naming both plugins.
 * A module older than the registered version is not registered: the registered (newer) version
 * is kept and a warning names both. Any failure stops start-up — serving without a configured
 * plugin would serve wrong data — the same version with other content included.
 */
export async function loadConfiguredPlugins(
  orm: MikroORM,
  logger: Logger,
  clock: Clock,
  env: Record<string, string | undefined> = process.env,
): Promise<void> {
  const configured: ConfiguredPlugin[] = [];
  for (const specifier of pluginModulesFromEnv(env)) configured.push(await importPlugin(specifier, configured));
  const service = new PluginRegistrationService(orm.em, clock);
  for (const { specifier, exported, version: moduleVersion } of orderByDependencies(configured)) {
    let result;
    try {
      // A module never reverts a newer registration (made through the API, or by a newer module): the newer version wins.
      result = await service.register(exported, { sourceKind: 'module', sourceRef: specifier }, { keepNewerRegistration: true });
    } catch (error) {
      throw new Error(`Plugin module "${specifier}" was not registered: ${(error as Error).message}`, { cause: error });
    }
    const { plugin, outcome } = result;
    if (outcome === 'kept') {
      logger.warn(
        { plugin: plugin.pluginId, module: specifier, moduleVersion, registeredVersion: plugin.version, registeredFrom: plugin.sourceRef },
        `plugin ${plugin.pluginId}: module ${specifier} has version ${moduleVersion}, older than the registered ${plugin.version} (from ${plugin.sourceRef}); keeping ${plugin.version}`,
      );
      continue;
    }
    logger.info(
      { plugin: plugin.pluginId, version: plugin.version, module: specifier, outcome, warnings: plugin.warnings.length },
      `plugin ${plugin.pluginId}@${plugin.version} ${outcome} (${plugin.warnings.length} warnings)`,
    );
  }
}

async function importPlugin(specifier: string, earlier: ConfiguredPlugin[]): Promise<ConfiguredPlugin> {
  let exported: unknown;
  try {
    exported = ((await import(specifier)) as { default?: unknown }).default;
  } catch (error) {
    throw new Error(`Plugin module "${specifier}" could not be imported: ${(error as Error).message}`, { cause: error });
  }
  if (exported === undefined) throw new Error(`Plugin module "${specifier}" has no default export`);
  let manifest: PluginManifest;
  try {
    // Validated here too, so an invalid module stops start-up before any plugin is written.
    manifest = validatePlugin(exported).manifest;
  } catch (error) {
    throw new Error(`Plugin module "${specifier}" was not registered: ${(error as Error).message}`, { cause: error });
  }
  const twin = earlier.find((p) => p.id === manifest.id);
  if (twin) throw new Error(`Plugin modules "${twin.specifier}" and "${specifier}" both declare plugin "${manifest.id}"`);
  return { id: manifest.id, version: manifest.version, dependsOn: manifest.dependsOn.map((d) => d.id), specifier, exported };
}
