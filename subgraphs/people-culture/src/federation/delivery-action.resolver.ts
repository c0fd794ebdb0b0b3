import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { STAFF_READ_ROLES } from '../common/people-culture-roles';
import { actionsByPluginNumber, pluginNumberKey } from '../staff-survey/staff-survey-action.loader';
import { StaffSurveyActionType } from '../staff-survey/staff-survey-action.type';
import { DeliveryActionReference } from './delivery-action.type';

@Resolver(() => DeliveryActionReference)
export class DeliveryActionStaffSurveyResolver {
  // Nullable: a caller who may not read it gets null and the error here, and the rest of the answer.
  @FieldResolver(() => [StaffSurveyActionType], {
    nullable: true,
    description: 'The staff-survey actions this row links to, in the order written; numbers with no current action are left out. Staff only: null, with a FORBIDDEN error, for anyone else.',
  })
  @Directive('@requires(fields: "pluginId staffSurveyActionNumbers")')
  async staffSurveyActions(@Root() action: DeliveryActionReference, @Ctx() context: SubgraphContext): Promise<StaffSurveyActionType[] | null> {
    requireRole(context, ...STAFF_READ_ROLES);
    const numbers = action.staffSurveyActionNumbers ?? [];
    if (!action.pluginId || numbers.length === 0) return [];
    const found = await actionsByPluginNumber(context).loadMany(numbers.map((n) => pluginNumberKey(action.pluginId, n)));
    return found.filter((a): a is StaffSurveyActionType => a !== null && !(a instanceof Error));
  }
}

export const deliveryActionReference = {
  __resolveReference: (reference: DeliveryActionReference) => reference,
};
