import { defineEntity, p } from '@mikro-orm/postgresql';

/** A person or role a plugin declares, with the written forms that mean them. */
export const DeclaredOwnerEntity = defineEntity({
  name: 'DeclaredOwner',
  tableName: 'declared_owner',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64),
    key: p.string().length(80),
    /** The strategy of the declaring plugin (its own, or the one it extends). */
    strategyId: p.uuid().index(),
    name: p.string().length(300),
    /** The forms the sources write, as written; the name is matched as well. */
    writtenAs: p.array().default([]),
    /** Set when a later version of the plugin drops it; rows are never deleted. */
    archived: p.boolean().default(false),
    position: p.integer(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type DeclaredOwner = InstanceType<typeof DeclaredOwnerEntity.class>;
