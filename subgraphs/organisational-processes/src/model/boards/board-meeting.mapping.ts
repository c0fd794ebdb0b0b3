import type { BoardMeeting } from './board-meeting.entity';
import type { BoardMeetingType } from './board-meeting.type';

export function toBoardMeetingType(row: BoardMeeting): BoardMeetingType {
  return {
    id: row.id,
    heldOn: row.heldOn,
    decisions: row.decisions,
    actionsArising: row.actionsArising.map((a) => ({ text: a.text, owner: a.owner ?? null, due: a.due ?? null })),
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
    bodyRowId: row.bodyId,
  };
}
