import { groupByKeys, loader, type SubgraphContext } from '@edhr/kit';
import { PluginOutboxEntity, type PluginOutbox } from './plugin-outbox.entity';
import type { PluginDeliveryType } from './plugin-delivery.type';

type DeliveryRow = Pick<PluginOutbox, 'target' | 'pluginVersion' | 'status' | 'attempts' | 'lastError' | 'createdAt' | 'deliveredAt'>;

export function toPluginDeliveryType(row: DeliveryRow): PluginDeliveryType {
  return {
    target: row.target,
    pluginVersion: row.pluginVersion,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError ?? null,
    createdAt: row.createdAt,
    deliveredAt: row.deliveredAt ?? null,
  };
}

/** Outbox rows by plugin id, oldest first; shown for disabled plugins too, as they are still sent. */
export function deliveriesByPlugin(context: SubgraphContext) {
  return loader<string, PluginDeliveryType[]>(context, 'plugin.deliveries', async (pluginIds) => {
    const rows = await context.em.find(
      PluginOutboxEntity,
      { pluginId: { $in: [...pluginIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' }, exclude: ['payload'] },
    );
    return groupByKeys(pluginIds, rows, (r) => r.pluginId).map((list) => list.map((row) => toPluginDeliveryType(row)));
  });
}
