import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * A significant disparity beyond the finding threshold, which the force must explain or reform.
 * One row per (dataset, characteristic, category, reference, area, period): detecting again
 * updates the latest figures in place and never adds a second finding. The figures are those of
 * the last detection whose figures changed; `stillQualifies` says whether they still meet the
 * rule. `version` rises on every change so a closing act made against an older copy is refused.
 */
export const FindingEntity = defineEntity({
  name: 'Finding',
  tableName: 'finding',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    dataset: p.string().length(80),
    characteristic: p.string().length(40),
    category: p.string().length(60),
    reference: p.string().length(60),
    area: p.string().length(12),
    /** `2024-03`, `2024-Q1` or `2024`. */
    period: p.string().length(20),
    /** Who published the figures used. */
    source: p.string().length(120),
    ratio: p.double(),
    lower: p.double(),
    upper: p.double(),
    standardError: p.double(),
    count: p.integer(),
    population: p.double(),
    referenceCount: p.integer(),
    referencePopulation: p.double(),
    denominatorSource: p.string().length(200),
    denominatorEdition: p.string().length(40),
    /** Whether the latest figures are still significant and beyond the threshold. */
    stillQualifies: p.boolean(),
    /** OPEN, EXPLAINED or REFORMING. */
    status: p.string().length(20).default('OPEN'),
    /** `DeliveryAction.id` in organisational-processes, once a reform action is linked. */
    reformActionId: p.string().length(200).nullable(),
    reformLinkedBy: p.string().length(200).nullable(),
    reformLinkedAt: p.datetime().nullable(),
    detectedAt: p.datetime().onCreate(() => new Date()),
    detectedBy: p.string().length(200),
    /** When the figures held were recorded. */
    figuresAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().default(1),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    updatedBy: p.string().length(200),
  },
  uniques: [{ properties: ['dataset', 'characteristic', 'category', 'reference', 'area', 'period'] }],
  indexes: [{ properties: ['dataset', 'area', 'status'] }],
});
export type Finding = InstanceType<typeof FindingEntity.class>;
