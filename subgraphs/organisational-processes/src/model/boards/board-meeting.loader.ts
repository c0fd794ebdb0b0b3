import type { SubgraphContext } from '@edhr/kit';
import { rowsBy } from '../loading/rows-by';
import { BoardMeetingEntity } from './board-meeting.entity';
import { toBoardMeetingType } from './board-meeting.mapping';

/** Meetings of each body (by its row id), oldest first. */
export const meetingsByBody = (context: SubgraphContext) =>
  rowsBy(context, BoardMeetingEntity, 'bodyId', toBoardMeetingType, { orderBy: { heldOn: 'asc' } });
