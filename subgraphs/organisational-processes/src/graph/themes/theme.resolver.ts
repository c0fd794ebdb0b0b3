import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { ObjectiveType } from '../../model/objectives/objective.type';
import { objectivesByTheme } from '../../model/objectives/objective.loader';
import { withCharacteristic } from '../../model/objectives/objective.mapping';
import { KpiType } from '../../model/kpis/kpi.type';
import { kpisByTheme } from '../../model/kpis/kpi.loader';
import { DeliveryActionType } from '../../model/delivery-actions/delivery-action.type';
import { actionsByTheme } from '../../model/delivery-actions/delivery-action.loader';
import { ThemeType } from '../../model/themes/theme.type';

@Resolver(() => ThemeType)
export class ThemeResolver {
  @FieldResolver(() => [ObjectiveType], { description: 'Every objective under the theme, in document order.' })
  async objectives(
    @Root() theme: ThemeType,
    @Ctx() context: SubgraphContext,
    @Arg('characteristic', () => String, { nullable: true, description: 'Only those with this protected characteristic in scope, e.g. RACE.' })
    characteristic?: string | null,
  ): Promise<ObjectiveType[]> {
    return withCharacteristic(await objectivesByTheme(context).load(theme.rowId), characteristic);
  }

  @FieldResolver(() => [KpiType])
  kpis(@Root() theme: ThemeType, @Ctx() context: SubgraphContext): Promise<KpiType[]> {
    return kpisByTheme(context).load(theme.rowId);
  }

  @FieldResolver(() => [DeliveryActionType], { description: 'Actions filed under the theme or linked to one of its objectives.' })
  actions(@Root() theme: ThemeType, @Ctx() context: SubgraphContext): Promise<DeliveryActionType[]> {
    return actionsByTheme(context).load(theme.rowId);
  }
}
