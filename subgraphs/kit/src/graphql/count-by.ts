import type { EntitySchema } from '@mikro-orm/postgresql';
import { loader, type SubgraphContext } from './context';

/**
 * A request-scoped loader of row counts grouped by one property, for summary fields resolved
 * on many parents at once: one statement for all of them.
 */
export function countBy(context: SubgraphContext, entity: EntitySchema<any, any>, property: string) {
  const em = context.em;
  const meta = em.getMetadata().get(entity);
  const column = meta.properties[property]?.fieldNames[0];
  if (!column) throw new Error(`${meta.className} has no property "${property}"`);
  const schema = meta.schema ?? em.config.get('schema');
  const table = schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
  return loader<string, number>(context, `count:${meta.className}.${property}`, async (keys) => {
    const rows: { k: string; n: string }[] = await em.execute(
      `select "${column}" as k, count(*) as n from ${table} where "${column}" in (?) group by "${column}"`,
      [[...keys]],
    );
    const counts = new Map(rows.map((r) => [r.k, Number(r.n)]));
    return keys.map((k) => counts.get(k) ?? 0);
  });
}
