import { defineEntity, p } from '@mikro-orm/postgresql';

export type KpiMeasuredBy =
  | { kind: 'manual' }
  | { kind: 'query'; query: string; variables: Record<string, unknown>; selector: string };

/** A key performance indicator, stated by the source or proposed from its aims. */
export const KpiEntity = defineEntity({
  name: 'Kpi',
  tableName: 'kpi',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64),
    key: p.string().length(80),
    strategyId: p.uuid().index(),
    themeId: p.uuid().nullable().index(),
    /** The objective it measures as `pluginId:key` (the objective's GraphQL id). */
    objectiveRef: p.string().length(160).nullable().index(),
    name: p.string().length(300),
    description: p.text().nullable(),
    unit: p.string().length(20),
    direction: p.string().length(10),
    baselineValue: p.double().nullable(),
    baselinePeriod: p.string().length(10).nullable(),
    targetValue: p.double().nullable(),
    targetDate: p.date().nullable(),
    frequency: p.string().length(20),
    amberTolerance: p.double(),
    measuredBy: p.json<KpiMeasuredBy>(),
    status: p.string().length(20),
    owners: p.array(),
    characteristics: p.array(),
    archived: p.boolean().default(false),
    position: p.integer(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type Kpi = InstanceType<typeof KpiEntity.class>;
