import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { ObjectiveType } from '../objectives/objective.type';
import { objectiveByRowId } from '../objectives/objective.loader';
import { progressByAction } from './delivery-action.loader';
import { DeliveryActionType } from './delivery-action.type';
import { strategyKeyByRowId } from '../strategies/strategy-key.loader';
import { ProgressUpdateType } from './progress-update.type';

@Resolver(() => DeliveryActionType)
export class DeliveryActionResolver {
  @FieldResolver(() => String, {
    description: 'Key of the strategy the row belongs to (the Strategy id); for a plugin extending a strategy, the extended one.',
  })
  strategyKey(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): Promise<string> {
    return strategyKeyByRowId(context).load(action.strategyRowId);
  }

  @FieldResolver(() => [ProgressUpdateType], { description: 'In the order recorded.' })
  progress(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): Promise<ProgressUpdateType[]> {
    return progressByAction(context).load(action.rowId);
  }

  @FieldResolver(() => ObjectiveType, { nullable: true, description: 'The objective its reference resolved to, if any.' })
  async objective(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): Promise<ObjectiveType | null> {
    return action.objectiveId ? objectiveByRowId(context).load(action.objectiveId) : null;
  }
}
