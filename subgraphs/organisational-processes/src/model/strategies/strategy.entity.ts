import { defineEntity, p } from '@mikro-orm/postgresql';

export interface StrategyValue {
  name: string;
  description?: string;
}

/** A strategy as the plugin that defines it declares it; plugins that extend it add items, not rows here. */
export const StrategyEntity = defineEntity({
  name: 'Strategy',
  tableName: 'strategy',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64).index(),
    /** Stable key from the plugin; the GraphQL id. */
    key: p.string().length(80).unique(),
    organisationKey: p.string().length(80).index(),
    title: p.string().length(300),
    vision: p.text().nullable(),
    values: p.json<StrategyValue[]>(),
    periodFrom: p.date().nullable(),
    periodTo: p.date().nullable(),
    reviewCycle: p.string().length(300).nullable(),
    introduction: p.json<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});
export type Strategy = InstanceType<typeof StrategyEntity.class>;
