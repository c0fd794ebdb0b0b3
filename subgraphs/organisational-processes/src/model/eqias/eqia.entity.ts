import { defineEntity, p } from '@mikro-orm/postgresql';

export interface StoredImpact {
  characteristic: string;
  /** positive, neutral, negative or unknown. */
  impact: string;
  evidence: string | null;
}

/**
 * An equality impact assessment of a policy, function, project or operation. Brought by a plugin
 * (pluginId and key set) or created through the API; edited with an expected version, and reviewed
 * through `eqia_review`, which is append-only.
 */
export const EqiaEntity = defineEntity({
  name: 'Eqia',
  tableName: 'eqia',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64).nullable(),
    key: p.string().length(80).nullable(),
    organisationKey: p.string().length(80).index(),
    strategyId: p.uuid().nullable().index(),
    title: p.string().length(300),
    /** policy, function, project or operation. */
    kind: p.string().length(20),
    owner: p.string().length(300).nullable(),
    /** planned or completed. */
    stage: p.string().length(20),
    completedOn: p.date().nullable(),
    dueAsWritten: p.string().length(300).nullable(),
    dueDate: p.date().nullable(),
    /** One entry per protected characteristic, all nine; UNKNOWN where nothing was assessed. */
    impacts: p.json<StoredImpact[]>(),
    consultation: p.text().nullable(),
    /** no-change, adjust, continue or stop; null until decided. */
    decision: p.string().length(20).nullable(),
    justification: p.text().nullable(),
    /** Delivery-action ids ("pluginId:key") carrying its mitigations. */
    mitigationActionIds: p.array().default([]),
    /** Objective ids ("pluginId:key") it serves. */
    objectiveIds: p.array().default([]),
    /** Explain-or-reform finding ids (held by partners). */
    findingIds: p.array().default([]),
    reviewDue: p.date().nullable(),
    lastReviewedOn: p.date().nullable(),
    sourceLocation: p.string().length(300).nullable(),
    sourceQuote: p.text().nullable(),
    version: p.integer().default(1),
    createdBy: p.string().length(200),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type Eqia = InstanceType<typeof EqiaEntity.class>;
