import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { measurementsByKpi } from './kpi.loader';
import { KpiType } from './kpi.type';
import { MeasurementType } from './measurement.type';

@Resolver(() => KpiType)
export class KpiResolver {
  @FieldResolver(() => [MeasurementType], { description: 'Ordered by period.' })
  measurements(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<MeasurementType[]> {
    return measurementsByKpi(context).load(kpi.rowId);
  }

  @FieldResolver(() => MeasurementType, { nullable: true, description: 'The value of the latest period.' })
  async latest(@Root() kpi: KpiType, @Ctx() context: SubgraphContext): Promise<MeasurementType | null> {
    const all = await measurementsByKpi(context).load(kpi.rowId);
    return all.at(-1) ?? null;
  }
}
