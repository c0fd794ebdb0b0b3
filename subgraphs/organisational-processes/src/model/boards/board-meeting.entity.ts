import { defineEntity, p } from '@mikro-orm/postgresql';

export interface ActionArising {
  text: string;
  owner: string | null;
  due: string | null;
}

/** A meeting of a governance body: its decisions and actions arising. Append-only, one per body and day. */
export const BoardMeetingEntity = defineEntity({
  name: 'BoardMeeting',
  tableName: 'board_meeting',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    bodyId: p.uuid().index(),
    heldOn: p.date(),
    decisions: p.json<string[]>(),
    actionsArising: p.json<ActionArising[]>(),
    recordedBy: p.string().length(200),
    recordedAt: p.datetime(),
  },
  uniques: [{ properties: ['bodyId', 'heldOn'] }],
  triggers: [
    {
      name: 'board_meeting_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'board_meeting is append-only: rows cannot be updated or deleted';",
    },
  ],
});
export type BoardMeeting = InstanceType<typeof BoardMeetingEntity.class>;
