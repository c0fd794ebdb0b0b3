import type { SubgraphContext } from '@edhr/kit';
import { currentKpiByQualifiedId } from '../../model/kpis/kpi.loader';
import type { KpiType } from '../../model/kpis/kpi.type';
import { strategyByRowId } from '../../model/strategies/strategy.loader';
import { themeByRowId } from '../../model/themes/theme.loader';

/**
 * The KPI as `strategy(id)` shows it, or null where that would not list it: archived, or of a
 * disabled plugin, or under a strategy or theme of a disabled plugin (an archived theme still
 * lists its current KPIs with `includeArchived`). Each step is a batched loader, so several ids
 * in one request cost the same statements as one.
 */
export async function visibleKpi(context: SubgraphContext, id: string): Promise<KpiType | null> {
  const [kpi] = await currentKpiByQualifiedId(context).load(id);
  if (!kpi) return null;
  const [strategy, theme] = await Promise.all([
    strategyByRowId(context).load(kpi.strategyRowId),
    kpi.themeRowId ? themeByRowId(context).load(kpi.themeRowId) : 'filed under no theme',
  ]);
  return strategy && theme ? kpi : null;
}
