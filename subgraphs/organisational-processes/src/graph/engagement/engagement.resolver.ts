import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { asBadUserInput } from '../../model/common/input-problems';
import { ObjectiveType } from '../../model/objectives/objective.type';
import { objectiveByQualifiedId } from '../../model/objectives/objective.loader';
import { EqiaType } from '../../model/eqias/eqia.type';
import { eqiaById } from '../../model/eqias/eqia.loader';
import { EQIA_READERS } from '../eqias/eqia-readers';
import { EngagementRecordType } from '../../model/engagement/engagement-record.type';
import { engagementByOrganisation } from '../../model/engagement/engagement-record.loader';
import { toEngagementRecordType } from '../../model/engagement/engagement-record.mapping';
import { RecordEngagementInput } from '../../model/engagement/record-engagement.input';
import { recordEngagement } from '../../model/engagement/engagement-recording.service';

@Resolver(() => EngagementRecordType)
export class EngagementResolver {
  @Query(() => [EngagementRecordType], {
    description: 'An organisation\'s consultation and engagement records, by the day held. Staff, theme owners and admins (the public reads those of a year in equalityInformation).',
  })
  engagementRecords(@Arg('organisation', () => ID) organisation: string, @Ctx() context: SubgraphContext): Promise<EngagementRecordType[]> {
    requireRole(context, ...EQIA_READERS);
    return engagementByOrganisation(context).load(organisation);
  }

  @Mutation(() => EngagementRecordType, {
    description: 'Records consultation or engagement held (admin, or an owner of a theme of one of its objectives). Append-only; bad input is BAD_USER_INPUT naming the field.',
  })
  async recordEngagement(@Arg('input', () => RecordEngagementInput) input: RecordEngagementInput, @Ctx() context: SubgraphContext): Promise<EngagementRecordType> {
    requireRole(context, 'admin', 'theme-owner');
    const row = await asBadUserInput(() => recordEngagement(context, input));
    context.logger.info({ engagement: row.id }, 'engagement recorded');
    return toEngagementRecordType(row);
  }

  @FieldResolver(() => [ObjectiveType], { description: 'The objectives it served.' })
  async objectives(@Root() record: EngagementRecordType, @Ctx() context: SubgraphContext): Promise<ObjectiveType[]> {
    return (await objectiveByQualifiedId(context).loadMany(record.objectiveIds)).flatMap((list) => (list instanceof Error ? [] : list));
  }

  @FieldResolver(() => [EqiaType], { description: 'The EQIAs it informed. Staff, theme owners and admins.' })
  async eqias(@Root() record: EngagementRecordType, @Ctx() context: SubgraphContext): Promise<EqiaType[]> {
    requireRole(context, ...EQIA_READERS);
    return (await eqiaById(context).loadMany(record.eqiaIds)).filter((e): e is EqiaType => e !== null && !(e instanceof Error));
  }
}
