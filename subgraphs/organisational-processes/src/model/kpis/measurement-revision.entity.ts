import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A value a correction replaced, kept as it was. Append-only: rows are inserted when a
 * measurement is corrected and never updated or deleted (a database trigger refuses both), so
 * every earlier figure stays on record.
 */
export const MeasurementRevisionEntity = defineEntity({
  name: 'MeasurementRevision',
  tableName: 'measurement_revision',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** The measurement whose earlier value this is. */
    measurementId: p.uuid().index(),
    kpiId: p.uuid(),
    period: p.string().length(10),
    value: p.double(),
    source: p.string().length(500),
    note: p.text().nullable(),
    recordedBy: p.string().length(200),
    recordedAt: p.datetime(),
    /** Why the value was replaced, as the corrector gave it. */
    correctionReason: p.text(),
    correctedBy: p.string().length(200),
    correctedAt: p.datetime().onCreate(() => new Date()),
  },
  triggers: [
    {
      name: 'measurement_revision_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'measurement_revision is append-only: rows cannot be updated or deleted';",
    },
  ],
});
export type MeasurementRevision = InstanceType<typeof MeasurementRevisionEntity.class>;
