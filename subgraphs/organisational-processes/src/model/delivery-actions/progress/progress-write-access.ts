import { forbidden, hasRole, notFound, requireRole, type SubgraphContext } from '@edhr/kit';
import { PluginEntity } from '../../plugins/plugin.entity';
import { ThemeEntity } from '../../themes/theme.entity';
import { DeliveryActionEntity, type DeliveryAction } from '../delivery-action.entity';

/**
 * The delivery action `id` ("pluginId:key") if the caller may record its progress: an admin, or a
 * theme owner whose identity lists the action's theme ("pluginId:themeKey"), the theme it is filed
 * under or that of the objective its reference resolved to. An action under no theme is admin-only.
 */
export async function actionForWriting(context: SubgraphContext, id: string): Promise<DeliveryAction> {
  requireRole(context, 'admin', 'theme-owner');
  const colon = id.indexOf(':');
  const action =
    colon < 0 ? null : await context.em.findOne(DeliveryActionEntity, { pluginId: id.slice(0, colon), key: id.slice(colon + 1), archived: false });
  const plugin = action ? await context.em.findOne(PluginEntity, { pluginId: action.pluginId }, { fields: ['enabled'] }) : null;
  if (!action || !plugin?.enabled) {
    throw notFound(`No current delivery action "${id}".`, { field: 'action' });
  }
  if (hasRole(context.identity, 'admin')) return action;
  const theme = action.themeId ? await context.em.findOne(ThemeEntity, { id: action.themeId }, { fields: ['pluginId', 'key'] }) : null;
  const themeId = theme ? `${theme.pluginId}:${theme.key}` : null;
  if (themeId && (context.identity.themes ?? []).includes(themeId)) return action;
  throw forbidden(
    themeId
      ? `Only an admin or an owner of theme "${themeId}" may record progress on delivery action "${id}".`
      : `Delivery action "${id}" belongs to no theme: only an admin may record its progress.`,
  );
}
