import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { requireRole, type Role, type SubgraphContext } from '@edhr/kit';
import { PluginEntity } from './plugin.entity';
import { toPluginType } from './plugin.mapping';
import { PluginType } from './plugin.type';
import { PluginRegistrationService } from './plugin-registration.service';
import { toGraphQLError } from './plugin-error.mapping';

/**
 * The registry (module paths, delivery errors) is internal, not published: the force's staff,
 * theme owners and admins read it, and services for their own bookkeeping. The strategies the
 * plugins hold stay public through the strategy queries.
 */
const REGISTRY_READERS: Role[] = ['staff', 'theme-owner', 'admin', 'service'];

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

  @Mutation(() => PluginType, {
    description: 'Registers (or upgrades) a plugin from a JSON manifest; registering the same id and version again changes nothing.',
  })
  async registerPlugin(
    @Arg('manifest', () => GraphQLJSON) manifest: unknown,
    @Ctx() context: SubgraphContext,
  ): Promise<PluginType> {
    requireRole(context, 'admin');
    try {
      const { plugin, outcome } = await new PluginRegistrationService(context.em, context.clock).register(manifest, {
        sourceKind: 'manifest',
        sourceRef: 'api',
      });
      context.logger.info({ plugin: plugin.pluginId, version: plugin.version, outcome }, 'plugin registered through the API');
      return toPluginType(plugin);
    } catch (error) {
      throw toGraphQLError(error);
    }
  }

  @Mutation(() => PluginType, { description: 'Shows or hides the content of a plugin.' })
  async setPluginEnabled(
    @Arg('id', () => ID) id: string,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() context: SubgraphContext,
  ): Promise<PluginType> {
    requireRole(context, 'admin');
    const row = await context.em.findOne(PluginEntity, { pluginId: id });
    if (!row) throw new GraphQLError(`No plugin "${id}" is registered.`, { extensions: { code: 'NOT_FOUND' } });
    row.enabled = enabled;
    await context.em.flush();
    return toPluginType(row);
  }
}
