import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { badUserInput } from '../common/bad-user-input.error';
import { STAFF_READ_ROLES, SYNC_ROLES } from '../common/people-culture-roles';
import { actionsByOrganisation } from './staff-survey-action.loader';
import { StaffSurveyActionType } from './staff-survey-action.type';
import { StaffSurveySyncInput, StaffSurveySyncResult } from './staff-survey-sync.input';
import { StaffSurveySyncService } from './staff-survey-sync.service';
import { validateSync } from './staff-survey-sync.validation';

@Resolver(() => StaffSurveyActionType)
export class StaffSurveyActionResolver {
  @Query(() => [StaffSurveyActionType], {
    description: "An organisation's staff-survey delivery plan, in action-number order. Internal: not for the public.",
  })
  async staffSurveyActions(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false }) includeArchived: boolean | null,
    @Ctx() context: SubgraphContext,
  ): Promise<StaffSurveyActionType[]> {
    requireRole(context, ...STAFF_READ_ROLES);
    return actionsByOrganisation(context, includeArchived ?? false).load(organisation);
  }

  @Mutation(() => StaffSurveySyncResult, {
    description:
      "Replaces a plugin's staff-survey delivery plan with the actions sent: upserts by number, archives the ones no longer sent. Sending the same plan again changes nothing.",
  })
  async syncStaffSurveyActions(
    @Arg('input', () => StaffSurveySyncInput) input: StaffSurveySyncInput,
    @Ctx() context: SubgraphContext,
  ): Promise<StaffSurveySyncResult> {
    requireRole(context, ...SYNC_ROLES);
    const checked = validateSync(input);
    if ('problems' in checked) {
      throw badUserInput(`Staff-survey actions of plugin "${String(input.pluginId)}" refused`, checked.problems);
    }
    const { received } = await new StaffSurveySyncService(context.em).sync(checked.value);
    context.logger.info({ plugin: checked.value.pluginId, received }, 'staff-survey actions synced');
    return { pluginId: checked.value.pluginId, received };
  }
}
