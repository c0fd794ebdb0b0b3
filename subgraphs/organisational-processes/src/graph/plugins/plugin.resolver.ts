import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { notFound, requireRole, type Role, type SubgraphContext } from '@edhr/kit';
import { PluginEntity } from '../../model/plugins/plugin.entity';
import { toPluginType } from '../../model/plugins/plugin.mapping';
import { PluginType } from '../../model/plugins/plugin.type';
import { PluginRegistrationService, type RegistrationResult } from '../../content/plugin-registration.service';
import { PluginRegistrationOutcome, PluginRegistrationType } from '../../model/plugins/plugin-registration.type';
import { summariseChanges } from '../../content/registration-changes';
import { setPluginEnabled, UnknownPluginError } from '../../content/plugin-enablement.service';
import { toGraphQLError } from './plugin-error.mapping';

/**
 * The registry (module paths, delivery errors) is internal, not published: the force's staff,
 * theme owners and admins read it, and services for their own bookkeeping. The strategies the
 * plugins hold stay public through the strategy queries.
 */
const REGISTRY_READERS: Role[] = ['staff', 'theme-owner', 'admin', 'service'];

const OUTCOMES: Record<RegistrationResult['outcome'], PluginRegistrationOutcome> = {
  created: PluginRegistrationOutcome.CREATED,
  updated: PluginRegistrationOutcome.UPDATED,
  unchanged: PluginRegistrationOutcome.UNCHANGED,
  kept: PluginRegistrationOutcome.UNCHANGED,
};

@Resolver(() => PluginType)
export class PluginResolver {
  @Query(() => [PluginType], { description: 'Every registered plugin, by id.' })
  async plugins(@Ctx() context: SubgraphContext): Promise<PluginType[]> {
    requireRole(context, ...REGISTRY_READERS);
    const rows = await context.em.find(PluginEntity, {}, { orderBy: { pluginId: 'asc' } });
    return rows.map(toPluginType);
  }

  @Query(() => PluginType, { nullable: true })
  async plugin(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<PluginType | null> {
    requireRole(context, ...REGISTRY_READERS);
    const row = await context.em.findOne(PluginEntity, { pluginId: id });
    return row ? toPluginType(row) : null;
  }

  @Mutation(() => PluginRegistrationType, {
    description:
      'Registers (or upgrades) a plugin from a JSON manifest (admin) and says what happened. The same id, version and content again changes nothing; the same version with other content, a lower version without rollback, another plugin\'s id without replaces and confirmReplaces, and a version that breaks the plugins depending on it are refused with CONFLICT.',
  })
  async registerPlugin(
    @Arg('manifest', () => GraphQLJSON) manifest: unknown,
    @Arg('rollback', () => Boolean, { defaultValue: false, description: 'Allow a lower version than the registered one; logged.' })
    rollback: boolean,
    @Arg('confirmReplaces', () => ID, {
      nullable: true,
      description: 'Confirms that this manifest, which declares replaces with this id, may take over that registered plugin; logged.',
    })
    confirmReplaces: string | null | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<PluginRegistrationType> {
    requireRole(context, 'admin');
    let result: RegistrationResult;
    try {
      result = await new PluginRegistrationService(context.em, context.clock).register(
        manifest,
        { sourceKind: 'manifest', sourceRef: 'api' },
        { rollback, confirmReplaces: confirmReplaces ?? undefined },
      );
    } catch (error) {
      throw toGraphQLError(error);
    }
    const { plugin, outcome, previousVersion, rolledBack, replaced } = result;
    const facts = { plugin: plugin.pluginId, version: plugin.version, previousVersion, outcome, by: context.identity.subject };
    if (rolledBack) context.logger.warn(facts, `plugin ${plugin.pluginId} rolled back from ${previousVersion} to ${plugin.version} by ${context.identity.subject}`);
    if (replaced) context.logger.warn(facts, `plugin ${plugin.pluginId} taken over by other content (${previousVersion} → ${plugin.version}), confirmed by ${context.identity.subject}`);
    context.logger.info(facts, 'plugin registered through the API');
    const type = toPluginType(plugin);
    return {
      outcome: OUTCOMES[outcome],
      plugin: type,
      previousVersion,
      contentHash: result.contentHash,
      rolledBack,
      replaced,
      changes: result.changes,
      summary: summariseChanges(result.changes),
      id: type.id,
      version: type.version,
      name: type.name,
      sourceKind: type.sourceKind,
      sourceRef: type.sourceRef,
      enabled: type.enabled,
      registeredAt: type.registeredAt,
      updatedAt: type.updatedAt,
      warnings: type.warnings,
    };
  }

  @Mutation(() => PluginType, {
    description: 'Shows or hides the content of a plugin (admin). Hiding one that enabled plugins depend on, or showing one whose dependencies are hidden, is refused with CONFLICT naming them.',
  })
  async setPluginEnabled(
    @Arg('id', () => ID) id: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() context: SubgraphContext,
  ): Promise<PluginType> {
    requireRole(context, 'admin');
    try {
      const row = await setPluginEnabled(context.em, id, enabled);
      context.logger.info({ plugin: id, enabled, by: context.identity.subject }, `plugin ${id} ${enabled ? 'enabled' : 'disabled'}`);
      return toPluginType(row);
    } catch (error) {
      if (error instanceof UnknownPluginError) throw notFound(error.message, { field: 'id' });
      throw toGraphQLError(error);
    }
  }
}
