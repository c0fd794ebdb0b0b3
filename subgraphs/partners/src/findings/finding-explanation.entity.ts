import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One recorded explanation of a finding: the text, the evidence it rests on, who gave it and when.
 * Append-only: a second explanation is a new row, and a database trigger refuses UPDATE and
 * DELETE, so the history of why a disparity was accepted cannot be rewritten.
 */
export const FindingExplanationEntity = defineEntity({
  name: 'FindingExplanation',
  tableName: 'finding_explanation',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    findingId: p.uuid().index(),
    text: p.text(),
    /** Documents, analyses or links, one per item. */
    evidence: p.json<string[]>(),
    explainedBy: p.string().length(200),
    explainedAt: p.datetime().onCreate(() => new Date()),
    /** The finding version the explanation was written against. */
    findingVersion: p.integer(),
  },
  triggers: [
    {
      name: 'finding_explanation_append_only',
      timing: 'before',
      events: ['update', 'delete'],
      forEach: 'row',
      body: "raise exception 'finding explanations are append-only and cannot be changed or deleted';",
    },
  ],
});
export type FindingExplanation = InstanceType<typeof FindingExplanationEntity.class>;
