import { defineEntity, p } from '@mikro-orm/postgresql';

export type OutboxStatus = 'pending' | 'delivered';

/**
 * A message another subgraph must receive about a registration, written in the registration's
 * own transaction so it is neither lost when the receiver is down nor sent for a rolled-back one.
 */
export const PluginOutboxEntity = defineEntity({
  name: 'PluginOutbox',
  tableName: 'plugin_outbox',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64).index(),
    pluginVersion: p.string().length(50),
    /** The receiving subgraph, e.g. `people-culture`. */
    target: p.string().length(64),
    payload: p.json<Record<string, unknown>>(),
    status: p.string().length(20).$type<OutboxStatus>(),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
    /** Earliest time of the next attempt; also the lease a deliverer takes while sending. */
    nextAttemptAt: p.datetime(),
    /** Set by the deliverer that holds the lease; only it records the outcome. */
    claimToken: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    deliveredAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['status', 'nextAttemptAt'] }],
});
export type PluginOutbox = InstanceType<typeof PluginOutboxEntity.class>;
