import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireRole, type SubgraphContext } from '@edhr/kit';
import { asBadUserInput } from '../../model/common/input-problems';
import { GovernanceBodyType } from '../../model/governance/governance-body.type';
import { EQIA_READERS } from '../eqias/eqia-readers';
import { BoardMeetingType } from '../../model/boards/board-meeting.type';
import { RecordBoardMeetingInput } from '../../model/boards/record-board-meeting.input';
import { recordBoardMeeting } from '../../model/boards/board-meeting.service';
import { toBoardMeetingType } from '../../model/boards/board-meeting.mapping';
import { meetingsByBody } from '../../model/boards/board-meeting.loader';

@Resolver(() => GovernanceBodyType)
export class BoardMeetingResolver {
  @Mutation(() => BoardMeetingType, {
    description: 'Records a meeting of a governance body: its decisions and actions arising. Admins (a body spans themes). Append-only, one per body and day.',
  })
  async recordBoardMeeting(@Arg('input', () => RecordBoardMeetingInput) input: RecordBoardMeetingInput, @Ctx() context: SubgraphContext): Promise<BoardMeetingType> {
    requireRole(context, 'admin');
    const row = await asBadUserInput(() => recordBoardMeeting(context, input));
    context.logger.info({ body: input.body, heldOn: row.heldOn }, 'board meeting recorded');
    return toBoardMeetingType(row);
  }

  @FieldResolver(() => [BoardMeetingType], { description: 'Its meetings, oldest first. Staff, theme owners and admins.' })
  meetings(@Root() body: GovernanceBodyType, @Ctx() context: SubgraphContext): Promise<BoardMeetingType[]> {
    requireRole(context, ...EQIA_READERS);
    return meetingsByBody(context).load(body.rowId);
  }
}
