import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * Consultation or engagement held with a group (Reference Group, Key Individual Network,
 * Independent Advisory Group, staff network, communities). Append-only: a correction is a new record.
 */
export const EngagementRecordEntity = defineEntity({
  name: 'EngagementRecord',
  tableName: 'engagement_record',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64).nullable(),
    key: p.string().length(80).nullable(),
    organisationKey: p.string().length(80).index(),
    /** The day it was held; null only for a plugin's record whose source gives no date. */
    heldOn: p.date().nullable(),
    heldAsWritten: p.string().length(300).nullable(),
    groupKind: p.string().length(40),
    groupName: p.string().length(300),
    topic: p.text(),
    characteristics: p.array().default([]),
    outcome: p.text().nullable(),
    objectiveIds: p.array().default([]),
    /** Ids of the EQIAs it informed. */
    eqiaIds: p.array().default([]),
    sourceLocation: p.string().length(300).nullable(),
    sourceQuote: p.text().nullable(),
    recordedBy: p.string().length(200),
    recordedAt: p.datetime(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
  triggers: [
    {
      name: 'engagement_record_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'engagement_record is append-only: rows cannot be updated or deleted';",
    },
  ],
});
export type EngagementRecord = InstanceType<typeof EngagementRecordEntity.class>;
