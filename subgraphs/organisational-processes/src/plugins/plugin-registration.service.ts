import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PLUGIN_API_VERSION, validatePlugin, type PluginManifest, type PluginProblem } from '@edhr/plugin-sdk';
import { PluginEntity, type Plugin } from './plugin.entity';
import { PluginRegistrationError } from './plugin-registration.error';
import { satisfiesRange } from './version-range';
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
  constructor(private readonly em: EntityManager) {}

  /** Throws `PluginValidationError` (invalid manifest) or `PluginRegistrationError` (cannot attach). */
  async register(input: unknown, source: PluginSource): Promise<RegistrationResult> {
    const { manifest, warnings } = validatePlugin(input);
    return this.em.fork().transactional(async (em) => {
      // Serialises registrations of one plugin across replicas; the lock ends with the transaction.
      await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`edhr-plugin:${manifest.id}`]);
      const existing = await em.findOne(PluginEntity, { pluginId: manifest.id });
      if (existing && existing.version === manifest.version) return { plugin: existing, outcome: 'unchanged' };

      await checkCompatibility(em, manifest);
      const linkWarnings = await writePluginContent(em, manifest);
      writeStaffSurveyOutbox(em, manifest);
      const data = {
        version: manifest.version,
        name: manifest.name,
        sourceKind: source.sourceKind,
        sourceRef: source.sourceRef,
        manifest,
        warnings: [...warnings, ...linkWarnings],
      };
      if (existing) {
        em.assign(existing, data);
        return { plugin: existing, outcome: 'updated' };
      }
      const plugin = em.create(PluginEntity, { id: randomUUID(), pluginId: manifest.id, enabled: true, ...data });
      return { plugin, outcome: 'registered' };
    });
  }
}

/** The plugin API range must admit this SDK, and every dependency must already be registered in a fitting version. */
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
  }
  if (problems.length > 0) throw new PluginRegistrationError(manifest.id, problems);
}
