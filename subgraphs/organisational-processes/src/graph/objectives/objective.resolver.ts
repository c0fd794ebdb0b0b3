import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { DeliveryActionType } from '../../model/delivery-actions/delivery-action.type';
import { actionsByObjective } from '../../model/delivery-actions/delivery-action.loader';
import { KpiType } from '../../model/kpis/kpi.type';
import { kpisByObjective } from '../../model/kpis/kpi.loader';
import { objectiveByQualifiedId, objectiveChildren } from '../../model/objectives/objective.loader';
import { ObjectiveType } from '../../model/objectives/objective.type';
import { strategyKeyByRowId } from '../../model/strategies/strategy-key.loader';
import { actionsByStrategy } from '../../model/delivery-actions/delivery-action.loader';
import { planReferences } from '../../model/objectives/plan-references';

@Resolver(() => ObjectiveType)
export class ObjectiveResolver {
  @FieldResolver(() => String, { description: 'Key of the strategy the objective belongs to (the Strategy id).' })
  strategyKey(@Root() objective: ObjectiveType, @Ctx() context: SubgraphContext): Promise<string> {
    return strategyKeyByRowId(context).load(objective.strategyRowId);
  }

  @FieldResolver(() => [String], {
    description:
      'The key-action references the strategy\'s delivery plan (and its staff-survey plan) writes for this objective, in the plan\'s numbering: those of the plan rows linked to it, and its own code unless a plan row is written with that code and linked elsewhere or nowhere. WMP: 3.2 (EQIA) → ["3.3"].',
  })
  async planReferences(@Root() objective: ObjectiveType, @Ctx() context: SubgraphContext): Promise<string[]> {
    // The strategy's current rows, those of extending plugins included: one statement per request.
    return planReferences(objective, await actionsByStrategy(context).load(objective.strategyRowId));
  }

  @FieldResolver(() => ObjectiveType, { nullable: true })
  async parent(@Root() objective: ObjectiveType, @Ctx() context: SubgraphContext): Promise<ObjectiveType | null> {
    if (!objective.parentKey) return null;
    const found = await objectiveByQualifiedId(context).load(`${objective.pluginId}:${objective.parentKey}`);
    return found[0] ?? null;
  }

  @FieldResolver(() => [ObjectiveType])
  children(@Root() objective: ObjectiveType, @Ctx() context: SubgraphContext): Promise<ObjectiveType[]> {
    return objectiveChildren(context).load(objective.id);
  }

  @FieldResolver(() => [DeliveryActionType])
  actions(@Root() objective: ObjectiveType, @Ctx() context: SubgraphContext): Promise<DeliveryActionType[]> {
    return actionsByObjective(context).load(objective.rowId);
  }

  @FieldResolver(() => [KpiType])
  kpis(@Root() objective: ObjectiveType, @Ctx() context: SubgraphContext): Promise<KpiType[]> {
    return kpisByObjective(context).load(objective.id);
  }
}
