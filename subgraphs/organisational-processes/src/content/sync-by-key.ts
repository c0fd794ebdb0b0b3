import { randomUUID } from 'node:crypto';
import type { EntityManager, EntitySchema } from '@mikro-orm/postgresql';

export interface SyncResult<Row> {
  /** Every wanted row, created or updated, by key. */
  byKey: Map<string, Row>;
  /** Rows of the plugin that the new version no longer declares. */
  dropped: Row[];
}

/**
 * Upserts a plugin's items of one kind by (pluginId, key) in one read: existing rows are
 * updated in place (so their ids, and whatever hangs off them, survive a new version),
 * new ones are created with their id already set so other items can point at them before flush.
 */
export async function syncByKey<Row extends { key: string }>(
  em: EntityManager,
  entity: EntitySchema<any, any>,
  pluginId: string,
  wanted: readonly ({ key: string } & Record<string, unknown>)[],
): Promise<SyncResult<Row>> {
  const existing = (await em.find(entity, { pluginId })) as Row[];
  const previous = new Map(existing.map((row) => [row.key, row]));
  const byKey = new Map<string, Row>();
  for (const data of wanted) {
    const row = previous.get(data.key);
    if (row) {
      em.assign(row as never, data as never);
      byKey.set(data.key, row);
    } else {
      byKey.set(data.key, em.create(entity, { id: randomUUID(), pluginId, ...data } as never) as Row);
    }
  }
  return { byKey, dropped: existing.filter((row) => !byKey.has(row.key)) };
}
