import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '@edhr/kit';
import { PLUGIN_API_VERSION, satisfiesRange, validatePlugin, type PluginManifest, type PluginProblem } from '@edhr/plugin-sdk';
import { PluginEntity, type Plugin } from './plugin.entity';
import { PluginRegistrationError } from './plugin-registration.error';

import { orderByDependencies, PluginDependencyCycleError } from './plugin-dependency-order';
import { writePluginContent } from './content/plugin-content.writer';
import { writeStaffSurveyOutbox } from './outbox/plugin-outbox.writer';

export type PluginSourceKind = 'module' | 'manifest';

export interface PluginSource {
  sourceKind: PluginSourceKind;
  /** The module specifier, or `api`. */
  sourceRef: string;
}

/** `unchanged` when this id and version were already registered and nothing was written. */
export type RegistrationOutcome = 'registered' | 'updated' | 'unchanged';

export interface RegistrationResult {
  plugin: Plugin;
  outcome: RegistrationOutcome;
}

/**
 * Registers theme plugins, from a configured module or a manifest sent to the API, through
 * one path: validate, then write everything in one transaction, or nothing.
 */
export class PluginRegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Throws `PluginValidationError` (invalid manifest) or `PluginRegistrationError` (cannot attach). */
  async register(input: unknown, source: PluginSource): Promise<RegistrationResult> {
    const { manifest, warnings } = validatePlugin(input);
    // One instant for everything this registration writes.
    const now = this.clock.now();
    return this.em.fork().transactional(async (em) => {
      // Serialises registrations of one plugin across replicas; the lock ends with the transaction.
      await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`edhr-plugin:${manifest.id}`]);
      const existing = await em.findOne(PluginEntity, { pluginId: manifest.id });
      if (existing && existing.version === manifest.version) return { plugin: existing, outcome: 'unchanged' };

      await checkCompatibility(em, manifest);
      const linkWarnings = await writePluginContent(em, manifest, now);
      writeStaffSurveyOutbox(em, manifest, now);
      const data = {
        version: manifest.version,
        name: manifest.name,
        sourceKind: source.sourceKind,
        sourceRef: source.sourceRef,
        manifest,
        warnings: [...warnings, ...linkWarnings],
        updatedAt: now,
      };
      if (existing) {
        em.assign(existing, data);
        return { plugin: existing, outcome: 'updated' };
      }
      const plugin = em.create(PluginEntity, { id: randomUUID(), pluginId: manifest.id, enabled: true, registeredAt: now, ...data });
      return { plugin, outcome: 'registered' };
    });
  }
}

/**
 * The plugin API range must admit this SDK, and every dependency must already be registered in
 * a fitting version. A first registration therefore cannot close a dependency cycle (what it
 * depends on was registered before it, without it); a new version can, by depending on a plugin
 * that already depends on it, so that is refused too. Start-up orders its modules by dependency
 * and refuses a cycle among them before registering any (`plugin-startup.loader.ts`).
 */
async function checkCompatibility(em: EntityManager, manifest: PluginManifest): Promise<void> {
  const problems: PluginProblem[] = [];
  if (!satisfiesRange(PLUGIN_API_VERSION, manifest.pluginApi)) {
    problems.push({
      path: 'pluginApi',
      message: `needs plugin API "${manifest.pluginApi}", but this registry implements ${PLUGIN_API_VERSION}`,
    });
  }
  if (manifest.dependsOn.length > 0) {
    const registered = await em.find(PluginEntity, { pluginId: { $in: manifest.dependsOn.map((d) => d.id) } });
    const versions = new Map(registered.map((p) => [p.pluginId, p.version]));
    manifest.dependsOn.forEach((dependency, i) => {
      const version = versions.get(dependency.id);
      if (version === undefined) {
        problems.push({
          path: `dependsOn[${i}]`,
          message: `depends on plugin "${dependency.id}", which is not registered; register it first`,
        });
      } else if (!satisfiesRange(version, dependency.version)) {
        problems.push({
          path: `dependsOn[${i}]`,
          message: `depends on plugin "${dependency.id}" ${dependency.version}, but version ${version} is registered`,
        });
      }
    });
    const cycle = await dependencyCycle(em, manifest);
    if (cycle) {
      const i = manifest.dependsOn.findIndex((d) => d.id === cycle[1]);
      problems.push({ path: `dependsOn[${i}]`, message: `would close a plugin dependency cycle: ${cycle.join(' → ')}` });
    }
  }
  if (problems.length > 0) throw new PluginRegistrationError(manifest.id, problems);
}

/** The cycle the manifest would close among the registered plugins, starting from it, if any. */
async function dependencyCycle(em: EntityManager, manifest: PluginManifest): Promise<string[] | undefined> {
  // One lock for every registration with dependencies: two new versions, each depending on the
  // other's plugin, would otherwise both pass this check and close a cycle together.
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, ['edhr-plugin-dependencies']);
  const registered = await em.find(PluginEntity, { pluginId: { $ne: manifest.id } });
  const nodes = [
    { id: manifest.id, dependsOn: manifest.dependsOn.map((d) => d.id) },
    ...registered.map((p) => ({ id: p.pluginId, dependsOn: (p.manifest.dependsOn ?? []).map((d) => d.id) })),
  ];
  try {
    orderByDependencies(nodes);
    return undefined;
  } catch (error) {
    if (!(error instanceof PluginDependencyCycleError)) throw error;
    // Every cycle found here runs through the new manifest (the registry had none): start it there.
    const cycle = error.cycle.slice(0, -1);
    const from = cycle.indexOf(manifest.id);
    return from < 0 ? error.cycle : [...cycle.slice(from), ...cycle.slice(0, from), manifest.id];
  }
}
