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
    /** As of when (YYYY-MM-DD): the source's date for a plugin's update, the reporter's for a recorded one. */
    date: p.date().nullable(),
    /** The status it reports (not-started, on-track, at-risk, off-track, complete, ongoing); null for a plugin's update. */
    status: p.string().length(20).nullable(),
    percentComplete: p.integer().nullable(),
    /** Links to evidence (http/https). */
    evidence: p.array().default([]),
    /** The caller's subject; `plugin:<id>` for updates a plugin brought. */
    recordedBy: p.string().length(200).nullable(),
    recordedAt: p.datetime(),
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
