import { defineEntity, p } from '@mikro-orm/postgresql';

/** One value of a KPI for one period. Re-registering a plugin never replaces or deletes one. */
export const MeasurementEntity = defineEntity({
  name: 'Measurement',
  tableName: 'measurement',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    kpiId: p.uuid(),
    /** YYYY, YYYY-Qn, YYYY-MM or YYYY/YY. */
    period: p.string().length(10),
    value: p.double(),
    source: p.string().length(500),
    note: p.text().nullable(),
    /** Who recorded it, e.g. `plugin:wmp-inclusion-strategy-2018@1.0.0`. */
    recordedBy: p.string().length(200),
    recordedAt: p.datetime().onCreate(() => new Date()),
    /** Set when this value corrected an earlier one, which is kept as a revision. */
    correctionReason: p.text().nullable(),
  },
  uniques: [{ properties: ['kpiId', 'period'] }],
});
export type Measurement = InstanceType<typeof MeasurementEntity.class>;
