import { defineEntity, p } from '@mikro-orm/postgresql';

/** A strategic theme (pillar) of a strategy. */
export const ThemeEntity = defineEntity({
  name: 'Theme',
  tableName: 'theme',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64),
    key: p.string().length(80),
    strategyId: p.uuid().index(),
    code: p.string().length(20).nullable(),
    name: p.string().length(300),
    domain: p.string().length(40),
    aims: p.json<string[]>(),
    lead: p.string().length(300).nullable(),
    /** Set when a later version of the plugin drops it; rows are never deleted. */
    archived: p.boolean().default(false),
    position: p.integer(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type Theme = InstanceType<typeof ThemeEntity.class>;
