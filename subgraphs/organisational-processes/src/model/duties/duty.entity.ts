import { defineEntity, p } from '@mikro-orm/postgresql';

/** A legal duty the source restates (e.g. a specific duty of the public sector equality duty), as written. */
export const DutyEntity = defineEntity({
  name: 'Duty',
  tableName: 'duty',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64),
    key: p.string().length(80),
    /** The strategy the plugin attaches to (its own, or the one it extends). */
    strategyId: p.uuid().index(),
    name: p.string().length(300),
    requirement: p.text(),
    /** How often it must be met, exactly as written; null when the source gives no frequency. */
    frequency: p.string().length(200).nullable(),
    /** Set when a later version of the plugin drops it; rows are never deleted. */
    archived: p.boolean().default(false),
    position: p.integer(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type Duty = InstanceType<typeof DutyEntity.class>;
