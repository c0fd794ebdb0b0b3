import type { EntitySchema, FilterQuery } from '@mikro-orm/postgresql';
import { groupByKeys, loader, type SubgraphContext } from '@edhr/kit';
import { enabledPluginsOnly } from './enabled-plugins-only';

/**
 * A request-scoped loader of plugin-owned rows by GraphQL id `pluginId:key` (plugin ids hold
 * no colon, keys may), matching `keyProperty` — `key` for the row itself, `parentKey` for its children.
 * One statement per batch: rows of disabled plugins are left out inside it, since this is the
 * path `_entities` batches take.
 */
export function rowsByQualifiedKey<Row extends { pluginId: string }, Out>(
  context: SubgraphContext,
  entity: EntitySchema<any, any>,
  keyProperty: string,
  map: (row: Row) => Out,
  where: Record<string, unknown> = {},
) {
  return loader<string, Out[]>(context, `${String(entity.meta.className)}.byQualified.${keyProperty}:${JSON.stringify(where)}`, async (ids) => {
    const pairs = ids.map((id) => {
      const colon = id.indexOf(':');
      return colon < 0 ? { pluginId: '', [keyProperty]: id } : { pluginId: id.slice(0, colon), [keyProperty]: id.slice(colon + 1) };
    });
    const rows = (await context.em.find(
      entity,
      { $or: pairs, ...where, ...enabledPluginsOnly(context.em) } as FilterQuery<any>,
      { orderBy: { position: 'asc' } },
    )) as Row[];
    return groupByKeys(ids, rows, (row) => `${row.pluginId}:${String((row as Record<string, unknown>)[keyProperty])}`).map(
      (list) => list.map(map),
    );
  });
}
