import { forbidden, hasRole, notFound, requireRole, type SubgraphContext } from '@edhr/kit';
import { PluginEntity } from '../plugins/plugin.entity';
import { ThemeEntity } from '../themes/theme.entity';
import { KpiEntity, type Kpi } from './kpi.entity';

/**
 * The KPI `id` ("pluginId:key") if the caller may record values for it: an admin, or a theme
 * owner whose identity lists the KPI's theme ("pluginId:themeKey"). Strategy-level KPIs,
 * filed under no theme, are admin-only.
 */
export async function kpiForWriting(context: SubgraphContext, id: string): Promise<Kpi> {
  requireRole(context, 'admin', 'theme-owner');
  const colon = id.indexOf(':');
  const kpi =
    colon < 0 ? null : await context.em.findOne(KpiEntity, { pluginId: id.slice(0, colon), key: id.slice(colon + 1), archived: false });
  const plugin = kpi ? await context.em.findOne(PluginEntity, { pluginId: kpi.pluginId }, { fields: ['enabled'] }) : null;
  if (!kpi || !plugin?.enabled) {
    throw notFound(`No current KPI "${id}".`, { field: 'kpi' });
  }
  if (hasRole(context.identity, 'admin')) return kpi;
  const theme = kpi.themeId ? await context.em.findOne(ThemeEntity, { id: kpi.themeId }, { fields: ['pluginId', 'key'] }) : null;
  const themeId = theme ? `${theme.pluginId}:${theme.key}` : null;
  if (themeId && (context.identity.themes ?? []).includes(themeId)) return kpi;
  throw forbidden(
    themeId
      ? `Only an admin or an owner of theme "${themeId}" may record values for KPI "${id}".`
      : `KPI "${id}" belongs to no theme: only an admin may record its values.`,
  );
}
