import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { STAFF_READ_ROLES } from '../common/people-culture-roles';
import { actionsByStrategyNumber, strategyNumberKey } from '../staff-survey/staff-survey-action.loader';
import { StaffSurveyActionType } from '../staff-survey/staff-survey-action.type';
import { DeliveryActionReference } from './delivery-action.type';

@Resolver(() => DeliveryActionReference)
export class DeliveryActionStaffSurveyResolver {
  // Nullable: a caller who may not read it gets null and the error here, and the rest of the answer.
  @FieldResolver(() => [StaffSurveyActionType], {
    nullable: true,
    description: 'The staff-survey actions this row links to, in the order written; numbers with no current action are left out. Staff only: null, with a FORBIDDEN error, for anyone else.',
  })
  // By strategy, not plugin: a theme plugin's rows name the actions of the staff-survey plan its strategy has.
  @Directive('@requires(fields: "strategyKey staffSurveyActionNumbers")')
  async staffSurveyActions(@Root() action: DeliveryActionReference, @Ctx() context: SubgraphContext): Promise<StaffSurveyActionType[] | null> {
    requireRole(context, ...STAFF_READ_ROLES);
    const numbers = action.staffSurveyActionNumbers ?? [];
    if (!action.strategyKey || numbers.length === 0) return [];
    const found = await actionsByStrategyNumber(context).loadMany(numbers.map((n) => strategyNumberKey(action.strategyKey, n)));
    return found.flatMap((list) => (list instanceof Error ? [] : list));
  }
}

export const deliveryActionReference = {
  __resolveReference: (reference: DeliveryActionReference) => reference,
};
