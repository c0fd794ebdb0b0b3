import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A progress note on a delivery action. Append-only: a database trigger refuses UPDATE and
 * DELETE, so no code path, present or future, can rewrite the history.
 */
export const ProgressUpdateEntity = defineEntity({
  name: 'ProgressUpdate',
  tableName: 'progress_update',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    actionId: p.uuid().index(),
    text: p.text(),
    /** When it was written, if the source says. */
    date: p.date().nullable(),
    recordedAt: p.datetime().onCreate(() => new Date()),
    /** Order within the action; updates recorded together share a timestamp. */
    sequence: p.integer(),
  },
  triggers: [
    {
      name: 'progress_update_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'progress_update is append-only: rows cannot be updated or deleted';",
    },
  ],
});
export type ProgressUpdate = InstanceType<typeof ProgressUpdateEntity.class>;
