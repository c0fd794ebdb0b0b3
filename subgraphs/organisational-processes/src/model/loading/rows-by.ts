import type { EntitySchema, FilterQuery } from '@mikro-orm/postgresql';
import { groupByKeys, loader, type SubgraphContext } from '@edhr/kit';
import { PluginEntity } from '../plugins/plugin.entity';

interface RowsByOptions {
  /** Further conditions, e.g. `{ archived: false }`. */
  where?: Record<string, unknown>;
  orderBy?: Record<string, 'asc' | 'desc'>;
}

/**
 * A request-scoped loader of the rows whose `property` is one of the keys: one statement
 * per request and kind, however many parents ask. Rows of disabled plugins are left out.
 */
export function rowsBy<Row, Out>(
  context: SubgraphContext,
  entity: EntitySchema<any, any>,
  property: string,
  map: (row: Row) => Out,
  options: RowsByOptions = {},
) {
  const name = `${String(entity.meta.className)}.by.${property}:${JSON.stringify(options)}`;
  return loader<string, Out[]>(context, name, async (keys) => {
    const [rows, disabled] = await Promise.all([
      context.em.find(entity, { [property]: { $in: [...keys] }, ...options.where } as FilterQuery<any>, {
        orderBy: options.orderBy ?? {},
      }) as Promise<Row[]>,
      disabledPlugins(context),
    ]);
    const visible = rows.filter((row) => !disabled.has((row as { pluginId?: string }).pluginId ?? ''));
    return groupByKeys(keys, visible, (row) => String((row as Record<string, unknown>)[property])).map((list) =>
      list.map(map),
    );
  });
}

/** Like `rowsBy`, for a property that identifies at most one row. */
export function rowBy<Row, Out>(
  context: SubgraphContext,
  entity: EntitySchema<any, any>,
  property: string,
  map: (row: Row) => Out,
) {
  const many = rowsBy(context, entity, property, map);
  return loader<string, Out | null>(context, `${String(entity.meta.className)}.one.${property}`, async (keys) => {
    const lists = await many.loadMany(keys);
    return lists.map((list) => (list instanceof Error ? list : (list[0] ?? null)));
  });
}

/** Ids of disabled plugins, read once per request; their content is hidden. */
export async function disabledPlugins(context: SubgraphContext): Promise<Set<string>> {
  const ids = await loader<'all', string[]>(context, 'plugin.disabled', async (keys) => {
    const rows = await context.em.find(PluginEntity, { enabled: false }, { fields: ['pluginId'] });
    return keys.map(() => rows.map((r) => r.pluginId));
  }).load('all');
  return new Set(ids);
}
