import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One publication made to meet a duty (equality information, equality objectives…).
 * Append-only: a correction is a new row; a database trigger refuses UPDATE and DELETE.
 */
export const DutyPublicationEntity = defineEntity({
  name: 'DutyPublication',
  tableName: 'duty_publication',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    dutyId: p.uuid().index(),
    /** The day it was published, YYYY-MM-DD. */
    publishedOn: p.date(),
    url: p.string().length(2000).nullable(),
    note: p.text().nullable(),
    /** The year of equality information it publishes, for the duty to publish equality information every year. */
    coversYear: p.integer().nullable(),
    recordedBy: p.string().length(200),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  triggers: [
    {
      name: 'duty_publication_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'duty_publication is append-only: rows cannot be updated or deleted';",
    },
  ],
});
export type DutyPublication = InstanceType<typeof DutyPublicationEntity.class>;
