import { defineEntity, p } from '@mikro-orm/postgresql';

/** A review of an EQIA. Append-only: a database trigger refuses UPDATE and DELETE. */
export const EqiaReviewEntity = defineEntity({
  name: 'EqiaReview',
  tableName: 'eqia_review',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    eqiaId: p.uuid().index(),
    reviewedOn: p.date(),
    outcome: p.text(),
    /** The decision the review reached, when it reached one. */
    decision: p.string().length(20).nullable(),
    nextReviewDue: p.date().nullable(),
    recordedBy: p.string().length(200),
    recordedAt: p.datetime(),
  },
  triggers: [
    {
      name: 'eqia_review_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'eqia_review is append-only: rows cannot be updated or deleted';",
    },
  ],
});
export type EqiaReview = InstanceType<typeof EqiaReviewEntity.class>;
