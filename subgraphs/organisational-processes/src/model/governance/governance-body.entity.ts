import { defineEntity, p } from '@mikro-orm/postgresql';

/** A board, forum, staff network or role through which an organisation governs its strategies. */
export const GovernanceBodyEntity = defineEntity({
  name: 'GovernanceBody',
  tableName: 'governance_body',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64),
    key: p.string().length(80),
    organisationKey: p.string().length(80).index(),
    /** The strategy that names it: the registering plugin's, or the one it extends. */
    strategyId: p.uuid().nullable().index(),
    name: p.string().length(300),
    kind: p.string().length(40),
    description: p.text().nullable(),
    chair: p.string().length(300).nullable(),
    /** Key of the body (same plugin) it reports to. */
    reportsToKey: p.string().length(80).nullable(),
    /** Set when a later version of the plugin drops it; rows are never deleted. */
    archived: p.boolean().default(false),
    position: p.integer(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type GovernanceBody = InstanceType<typeof GovernanceBodyEntity.class>;
