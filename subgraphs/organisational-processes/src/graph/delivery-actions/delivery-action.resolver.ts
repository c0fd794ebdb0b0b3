import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ukDate, type SubgraphContext } from '@edhr/kit';
import { ObjectiveType } from '../../model/objectives/objective.type';
import { objectiveByRowId } from '../../model/objectives/objective.loader';
import { progressByAction } from '../../model/delivery-actions/delivery-action.loader';
import { isOverdue } from '../../model/delivery-actions/delivery-action.mapping';
import { DeliveryActionType } from '../../model/delivery-actions/delivery-action.type';
import { strategyKeyByRowId } from '../../model/strategies/strategy-key.loader';
import { ProgressUpdateType } from '../../model/delivery-actions/progress-update.type';
import { visibleAction } from './visible-action';

@Resolver(() => DeliveryActionType)
export class DeliveryActionResolver {
  @Query(() => DeliveryActionType, {
    nullable: true,
    description: 'One delivery action by id ("pluginId:key"), as its strategy\'s `actions` shows it; null when unknown or when that would not list it (archived, disabled plugin).',
  })
  deliveryAction(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<DeliveryActionType | null> {
    return visibleAction(context, id);
  }

  @FieldResolver(() => String, {
    description: 'Key of the strategy the row belongs to (the Strategy id); for a plugin extending a strategy, the extended one.',
  })
  strategyKey(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): Promise<string> {
    return strategyKeyByRowId(context).load(action.strategyRowId);
  }

  @FieldResolver(() => [ProgressUpdateType], { description: 'In the order recorded, oldest first.' })
  progress(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): Promise<ProgressUpdateType[]> {
    return progressByAction(context).load(action.rowId);
  }

  @FieldResolver(() => [ProgressUpdateType], {
    description: 'The progress history, newest first (the order `progress` gives, reversed), each with who recorded it and when.',
  })
  async history(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): Promise<ProgressUpdateType[]> {
    return [...(await progressByAction(context).load(action.rowId))].reverse();
  }

  @FieldResolver(() => Boolean, {
    description: 'Not COMPLETE and past any of its dueDates (today\'s UK date by the service clock); false with no derivable date.',
  })
  overdue(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): boolean {
    return isOverdue(action, ukDate(context.clock.now()));
  }

  @FieldResolver(() => ObjectiveType, { nullable: true, description: 'The objective its reference resolved to, if any.' })
  async objective(@Root() action: DeliveryActionType, @Ctx() context: SubgraphContext): Promise<ObjectiveType | null> {
    return action.objectiveId ? objectiveByRowId(context).load(action.objectiveId) : null;
  }
}
