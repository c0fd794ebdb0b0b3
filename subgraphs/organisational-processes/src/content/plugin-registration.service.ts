import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictReason, type Clock } from '@edhr/kit';
import {
  PLUGIN_API_VERSION,
  compareVersions,
  pluginContentHash,
  referenceViewSchema,
  satisfiesRange,
  validatePlugin,
  type PluginManifest,
  type PluginProblem,
  type PluginWarning,
} from '@edhr/plugin-sdk';
import { PluginEntity, type Plugin } from '../model/plugins/plugin.entity';
import { PluginConflictError, PluginRegistrationError } from './plugin-registration.error';
import { orderByDependencies, PluginDependencyCycleError } from './plugin-dependency-order';
import { brokenDependents, dependentsOf } from './plugin-dependents';
import { diffManifests, type RegistrationChanges } from './registration-changes';
import { writePluginContent } from './plugin-content.writer';
import { writeStaffSurveyOutbox } from '../model/outbox/plugin-outbox.writer';

export type PluginSourceKind = 'module' | 'manifest';

export interface PluginSource {
  sourceKind: PluginSourceKind;
  /** The module specifier, or `api`. */
  sourceRef: string;
}

export interface RegistrationOptions {
  /** Register a lower version than the registered one: an admin's explicit rollback. */
  rollback?: boolean;
  /** The id whose registration the caller confirms this manifest may take over (it must declare `replaces` too). */
  confirmReplaces?: string;
  /**
   * At start-up: when the registered version is newer than this one, keep it and write nothing
   * (outcome `kept`) instead of refusing the older one.
   */
  keepNewerRegistration?: boolean;
}

/**
 * `created`: a first registration; `updated`: a new version (or a confirmed rollback or takeover);
 * `unchanged`: this id, version and content were registered already; `kept`: the registered
 * version is newer and was kept (start-up only).
 */
export type RegistrationOutcome = 'created' | 'updated' | 'unchanged' | 'kept';

export interface RegistrationResult {
  plugin: Plugin;
  outcome: RegistrationOutcome;
  /** The version registered before, if any. */
  previousVersion: string | null;
  /** The content hash of what is now registered. */
  contentHash: string;
  /** Items added, changed and archived; all empty unless `created` or `updated`. */
  changes: RegistrationChanges;
  /** A lower version replaced a higher one, as asked. */
  rolledBack: boolean;
  /** Other content took over the id, as declared and confirmed. */
  replaced: boolean;
}

/**
 * Registers theme plugins, from a configured module or a manifest sent to the API, through
 * one path: validate, check against what is registered, then write everything in one
 * transaction, or nothing. What is registered wins over what is sent unless the sender says
 * otherwise: the same version must carry the same content, a lower version is a rollback only
 * when asked for, other content under a registered id is a takeover only when declared and
 * confirmed, and a new version must not break the plugins that depend on it.
 */
export class PluginRegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Throws `PluginValidationError` (invalid manifest), `PluginConflictError` or `PluginRegistrationError` (cannot attach). */
  async register(input: unknown, source: PluginSource, options: RegistrationOptions = {}): Promise<RegistrationResult> {
    const sentId = referenceViewSchema.parse(input).id ?? '';
    // One instant for everything this registration writes.
    const now = this.clock.now();
    return this.em.fork().transactional(async (em) => {
      // Serialises registrations of one plugin across replicas; the lock ends with the transaction.
      await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`edhr-plugin:${sentId}`]);
      const { manifest, warnings } = validatePlugin(input, { dependencies: await registeredDependencies(em, input) });
      const contentHash = pluginContentHash(manifest);
      const existing = await em.findOne(PluginEntity, { pluginId: manifest.id });
      const unchangedResult = (outcome: 'unchanged' | 'kept', plugin: Plugin): RegistrationResult => ({
        plugin,
        outcome,
        previousVersion: plugin.version,
        contentHash: pluginContentHash(plugin.manifest),
        changes: diffManifests(plugin.manifest, plugin.manifest),
        rolledBack: false,
        replaced: false,
      });
      let rolledBack = false;
      let replaced = false;
      if (existing) {
        const registeredHash = pluginContentHash(existing.manifest);
        const order = compareVersions(manifest.version, existing.version) ?? 0;
        if (order === 0) {
          if (registeredHash === contentHash) return unchangedResult('unchanged', existing);
          throw new PluginConflictError(
            manifest.id,
            ConflictReason.CONTENT_CHANGED,
            [
              {
                path: 'version',
                message: `version ${manifest.version} is already registered with other content (registered ${registeredHash}, sent ${contentHash}); give changed content a new version`,
              },
            ],
            { registeredHash, sentHash: contentHash, registeredVersion: existing.version },
          );
        }
        if (order < 0) {
          if (options.keepNewerRegistration) return unchangedResult('kept', existing);
          if (!options.rollback) {
            throw new PluginConflictError(
              manifest.id,
              ConflictReason.DOWNGRADE,
              [
                {
                  path: 'version',
                  message: `version ${manifest.version} is older than the registered ${existing.version}; a rollback must be asked for explicitly`,
                },
              ],
              { registeredVersion: existing.version, sentVersion: manifest.version },
            );
          }
          rolledBack = true;
        }
        replaced = checkTakeover(existing, manifest, options);
        const broken = brokenDependents(manifest, await dependentsOf(em, manifest.id));
        if (broken.length > 0) {
          throw new PluginConflictError(manifest.id, ConflictReason.DEPENDENTS, broken, {
            dependents: [...new Set(broken.map((p) => p.path.split('.')[1]!))],
          });
        }
      }

      await checkCompatibility(em, manifest);
      const linkWarnings = await writePluginContent(em, manifest, now);
      writeStaffSurveyOutbox(em, manifest, now);
      const changes = diffManifests(existing?.manifest, manifest);
      const data = {
        version: manifest.version,
        name: manifest.name,
        sourceKind: source.sourceKind,
        sourceRef: source.sourceRef,
        manifest,
        warnings: [...warnings, ...linkWarnings] as PluginWarning[],
        updatedAt: now,
      };
      const result = { contentHash, changes, rolledBack, replaced, previousVersion: existing?.version ?? null };
      if (existing) {
        em.assign(existing, data);
        return { plugin: existing, outcome: 'updated', ...result };
      }
      const plugin = em.create(PluginEntity, { id: randomUUID(), pluginId: manifest.id, enabled: true, registeredAt: now, ...data });
      return { plugin, outcome: 'created', ...result };
    });
  }
}

/** The registered manifests of the plugins the input declares it depends on; the ones not registered are refused later. */
async function registeredDependencies(em: EntityManager, input: unknown): Promise<PluginManifest[]> {
  const ids = referenceViewSchema
    .parse(input)
    .dependsOn.map((d) => d.id)
    .filter((id): id is string => id !== undefined);
  if (ids.length === 0) return [];
  return (await em.find(PluginEntity, { pluginId: { $in: ids } })).map((p) => p.manifest);
}

/** What a plugin is, beyond its id: the strategy it defines or extends, and whose it is. */
function identityOf(m: PluginManifest): string {
  return m.strategy.extends
    ? `adds to strategy "${m.strategy.key}" of plugin "${m.strategy.extends}" for organisation "${m.organisation.key}"`
    : `defines strategy "${m.strategy.key}" for organisation "${m.organisation.key}"`;
}

/**
 * A manifest under a registered id that is another plugin (another strategy or organisation)
 * would replace that plugin's content wholesale. Allowed only when the manifest declares
 * `replaces` with that id and the caller confirms the same id; returns whether it is a takeover.
 */
function checkTakeover(existing: Plugin, manifest: PluginManifest, options: RegistrationOptions): boolean {
  const registered = identityOf(existing.manifest);
  const sent = identityOf(manifest);
  if (registered === sent) return false;
  const declared = manifest.replaces === existing.pluginId;
  const confirmed = options.confirmReplaces === existing.pluginId;
  if (declared && confirmed) return true;
  const needed = [
    declared ? '' : `the manifest must declare replaces: "${existing.pluginId}"`,
    confirmed ? '' : `an admin must confirm it (confirmReplaces: "${existing.pluginId}")`,
  ].filter(Boolean);
  throw new PluginConflictError(
    manifest.id,
    ConflictReason.TAKEOVER,
    [
      {
        path: declared ? 'id' : 'replaces',
        message: `plugin "${existing.pluginId}" is registered as "${existing.name}" ${existing.version}, which ${registered}; this manifest ${sent}. To take that id over, ${needed.join(' and ')}`,
      },
    ],
    { registeredName: existing.name, registeredVersion: existing.version },
  );
}

/**
 * The plugin API range must admit this SDK, and every dependency must already be registered
 * (its version range and references into it are checked by `validatePlugin`). A first
 * registration therefore cannot close a dependency cycle (what it depends on was registered
 * before it, without it); a new version can, by depending on a plugin that already depends on
 * it, so that is refused too. Start-up orders its modules by dependency and refuses a cycle
 * among them before registering any (`plugin-startup.loader.ts`).
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
      if (!versions.has(dependency.id)) {
        problems.push({
          path: `dependsOn[${i}]`,
          message: `depends on plugin "${dependency.id}", which is not registered; register it first`,
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
