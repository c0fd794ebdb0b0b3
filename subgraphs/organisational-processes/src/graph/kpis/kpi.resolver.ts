import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { measurementsByKpi } from '../../model/kpis/kpi.loader';
import { KpiType } from '../../model/kpis/kpi.type';
import { MeasurementType } from '../../model/kpis/measurement.type';
import { KpiTrendType, RagStatusValue, type TrendDirectionValue } from '../../model/kpis/kpi-status.type';
import { assessKpi, inPeriodOrder, type KpiAssessment } from '../../model/kpis/rag-status';
import { strategyKeyByRowId } from '../../model/strategies/strategy-key.loader';
import { themeByRowId } from '../../model/themes/theme.loader';
import { ThemeType } from '../../model/themes/theme.type';
import { visibleKpi } from './visible-kpi';

@Resolver(() => KpiType)
export class KpiResolver {
  @Query(() => KpiType, {
    nullable: true,
    description: 'One KPI by id ("pluginId:key"), as its strategy shows it; null when unknown or when the strategy would not show it (archived, disabled plugin).',
  })
  kpi(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<KpiType | null> {
    return visibleKpi(context, id);
  }

  @FieldResolver(() => String, { description: 'Key of the strategy it belongs to (the Strategy id); for a plugin extending a strategy, the extended one.' })
  strategyKey(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<string> {
    return strategyKeyByRowId(context).load(kpi.strategyRowId);
  }

  @FieldResolver(() => ThemeType, { nullable: true, description: 'The theme it is filed under; null for a strategy-level KPI.' })
  theme(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<ThemeType | null> {
    return kpi.themeRowId ? themeByRowId(context).load(kpi.themeRowId) : Promise.resolve(null);
  }

  @FieldResolver(() => [MeasurementType], { description: 'Current values, in period order; corrected ones list their revisions.' })
  async measurements(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<MeasurementType[]> {
    return inPeriodOrder(await measurementsByKpi(context).load(kpi.rowId));
  }

  @FieldResolver(() => MeasurementType, { nullable: true, description: 'The value of the latest period.' })
  async latest(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<MeasurementType | null> {
    return inPeriodOrder(await measurementsByKpi(context).load(kpi.rowId)).at(-1) ?? null;
  }

  @FieldResolver(() => RagStatusValue, { description: 'From the latest value, the target, the direction and amberTolerance; STALE when overdue.' })
  async rag(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<RagStatusValue> {
    return (await assess(kpi, context)).rag as RagStatusValue;
  }

  @FieldResolver(() => KpiTrendType, { description: 'Direction of the latest five values.' })
  async trend(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<KpiTrendType> {
    const { trend } = await assess(kpi, context);
    return { direction: trend.direction as TrendDirectionValue, change: trend.change, latestChange: trend.latestChange, improving: trend.improving };
  }

  @FieldResolver(() => Boolean, { description: 'True when the latest value is older than the KPI\'s frequency allows.' })
  async stale(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<boolean> {
    return (await assess(kpi, context)).stale;
  }
}

async function assess(kpi: KpiType, context: SubgraphContext): Promise<KpiAssessment> {
  const measurements = await measurementsByKpi(context).load(kpi.rowId);
  return assessKpi({ ...kpi, measurements }, context.clock.now());
}
