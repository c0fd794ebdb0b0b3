import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { PluginEntity } from '../plugins/plugin.entity';

/**
 * A filter condition keeping only rows of enabled plugins, evaluated inside the same statement:
 * for lookups that must stay one statement, such as `_entities` batches.
 */
export function enabledPluginsOnly(em: EntityManager): Record<string, unknown> {
  const meta = em.getMetadata().get(PluginEntity);
  const schema = meta.schema ?? em.config.get('schema');
  const table = schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
  const condition = raw<string>(
    (alias: string) => `${alias}."plugin_id" not in (select d."plugin_id" from ${table} d where d."enabled" = false)`,
  );
  return { [condition]: [] };
}
