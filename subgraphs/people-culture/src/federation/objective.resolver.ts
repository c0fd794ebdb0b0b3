import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { STAFF_READ_ROLES } from '../common/people-culture-roles';
import { actionsByKeyAction, keyActionKey } from '../staff-survey/staff-survey-action.loader';
import { StaffSurveyActionType } from '../staff-survey/staff-survey-action.type';
import { ObjectiveReference } from './objective.type';

@Resolver(() => ObjectiveReference)
export class ObjectiveStaffSurveyResolver {
  // Nullable: a caller who may not read it gets null and the error here, and the rest of the answer.
  @FieldResolver(() => [StaffSurveyActionType], {
    nullable: true,
    description:
      'Current staff-survey actions of this strategy that name this key action, in the delivery plan\'s numbering (`planReferences`), or "ALL". Staff only: null, with a FORBIDDEN error, for anyone else.',
  })
  @Directive('@requires(fields: "code strategyKey planReferences")')
  async staffSurveyActions(@Root() objective: ObjectiveReference, @Ctx() context: SubgraphContext): Promise<StaffSurveyActionType[] | null> {
    requireRole(context, ...STAFF_READ_ROLES);
    if (!objective.strategyKey) return [];
    // Staff-survey actions write key actions in the delivery plan's numbering, which differs from
    // the strategy's codes where the plan's rows shift (WMP 3.x); a caller not sending it gets the code.
    const references = objective.planReferences ?? (objective.code ? [objective.code] : []);
    if (references.length === 0) return [];
    return actionsByKeyAction(context).load(keyActionKey({ strategyKey: objective.strategyKey, references }));
  }
}

export const objectiveReference = {
  __resolveReference: (reference: ObjectiveReference) => reference,
};
