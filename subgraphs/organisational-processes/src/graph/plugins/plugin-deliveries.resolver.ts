import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { PluginType } from '../../model/plugins/plugin.type';
import { deliveriesByPlugin } from '../../model/outbox/plugin-delivery.loader';
import { PluginDeliveryType } from '../../model/outbox/plugin-delivery.type';

@Resolver(() => PluginType)
export class PluginDeliveriesResolver {
  @FieldResolver(() => [PluginDeliveryType], { description: 'What registration queued for other subgraphs (e.g. staff-survey actions for people-culture), oldest first.' })
  deliveries(@Root() plugin: PluginType, @Ctx() context: SubgraphContext): Promise<PluginDeliveryType[]> {
    return deliveriesByPlugin(context).load(plugin.id);
  }
}
