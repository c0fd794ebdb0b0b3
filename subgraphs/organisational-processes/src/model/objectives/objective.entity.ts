import { defineEntity, p } from '@mikro-orm/postgresql';

export interface ObjectiveDetail {
  label: string;
  items: string[];
}

/** A key action, equality objective, goal, area, commitment, plan year or learning module. */
export const ObjectiveEntity = defineEntity({
  name: 'Objective',
  tableName: 'objective',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64),
    key: p.string().length(80),
    strategyId: p.uuid().index(),
    /** Null for strategy-level objectives. */
    themeId: p.uuid().nullable().index(),
    /** As the source writes it, e.g. "2.3". */
    code: p.string().length(40).nullable(),
    kind: p.string().length(40),
    title: p.string().length(300).nullable(),
    statement: p.text(),
    /** Key of the parent objective in the same plugin. */
    parentKey: p.string().length(80).nullable(),
    owners: p.array(),
    characteristics: p.array(),
    details: p.json<ObjectiveDetail[]>(),
    /** Set when a later version of the plugin drops it; rows are never deleted. */
    archived: p.boolean().default(false),
    position: p.integer(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type Objective = InstanceType<typeof ObjectiveEntity.class>;
