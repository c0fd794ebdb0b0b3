import { defineEntity, p } from '@mikro-orm/postgresql';

/** A progress note on a delivery action. Append-only: never updated or deleted. */
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
});
export type ProgressUpdate = InstanceType<typeof ProgressUpdateEntity.class>;
