import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One shared aggregate: a count of events for one category of a characteristic, in one area and
 * period of one dataset, as published by a force subgraph or uploaded by a partner. Never a record
 * about a person. The natural key (dataset, period, area, characteristic, category, source) makes
 * a re-upload update in place instead of adding a second copy.
 */
export const StatisticEntity = defineEntity({
  name: 'Statistic',
  tableName: 'statistic',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    dataset: p.string().length(80),
    /**
     * The period in its canonical form: `2024-03`, `2024-Q1`, `2024`, `2022/23` (financial year),
     * `12m-to-2023-03` (rolling 12 months) or `2023-01..2023-06` (a range of months).
     */
    period: p.string().length(20),
    /** The period's kind: MONTH, QUARTER, YEAR, FINANCIAL_YEAR, ROLLING_12_MONTHS or MONTH_RANGE. */
    periodGranularity: p.string().length(20),
    /** First month covered, as year × 12 + month − 1, so periods compare as numbers. */
    periodStart: p.integer(),
    /** First month after the period, on the same scale. */
    periodEnd: p.integer(),
    area: p.string().length(12),
    characteristic: p.string().length(40),
    category: p.string().length(60),
    count: p.integer(),
    /** A denominator supplied with the figure (e.g. a workforce headcount), if any. */
    denominator: p.double().nullable(),
    /** Who published it: a subgraph's service subject or `partner:<key>`. */
    source: p.string().length(120),
    /** Whether the public may see it (suppressed). */
    published: p.boolean().default(false),
    uploadedBy: p.string().length(200),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['dataset', 'period', 'area', 'characteristic', 'category', 'source'] }],
  indexes: [{ properties: ['dataset', 'area', 'characteristic', 'periodStart'] }],
});
export type Statistic = InstanceType<typeof StatisticEntity.class>;
