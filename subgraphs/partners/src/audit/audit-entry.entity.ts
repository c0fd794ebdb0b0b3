import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One partner query: who asked, under which agreement, what, when, and how many rows came back
 * (or why it was refused). Append-only: a database trigger refuses UPDATE and DELETE, so no code
 * path, present or future, can rewrite the trail.
 */
export const AuditEntryEntity = defineEntity({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    askedAt: p.datetime().onCreate(() => new Date()).index(),
    subject: p.string().length(200),
    partnerKey: p.string().length(80).nullable().index(),
    agreementReference: p.string().length(80).nullable(),
    operation: p.string().length(80),
    /** The arguments as asked. */
    request: p.json<Record<string, unknown>>(),
    /** `answered` or `refused`. */
    outcome: p.string().length(20),
    reason: p.text().nullable(),
    rowsReturned: p.integer(),
  },
  triggers: [
    {
      name: 'audit_entry_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'audit entries are append-only and cannot be changed or deleted';",
    },
  ],
});
export type AuditEntry = InstanceType<typeof AuditEntryEntity.class>;
