import { notFound, type SubgraphContext } from '@edhr/kit';
import { GovernanceBodyEntity, type GovernanceBody } from '../governance/governance-body.entity';
import { PluginEntity } from '../plugins/plugin.entity';

/** The current (not archived, plugin enabled) governance body with GraphQL id `pluginId:key`, or NOT_FOUND naming `field`. */
export async function currentBody(context: SubgraphContext, id: string, field: string): Promise<GovernanceBody> {
  const colon = id.indexOf(':');
  const body = colon < 0 ? null : await context.em.findOne(GovernanceBodyEntity, { pluginId: id.slice(0, colon), key: id.slice(colon + 1), archived: false });
  const plugin = body ? await context.em.findOne(PluginEntity, { pluginId: body.pluginId }, { fields: ['enabled'] }) : null;
  if (!body || !plugin?.enabled) throw notFound(`No current governance body "${id}".`, { field });
  return body;
}
