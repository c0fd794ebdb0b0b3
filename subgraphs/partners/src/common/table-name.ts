import type { EntityManager, EntitySchema } from '@mikro-orm/postgresql';

/** The schema-qualified, quoted table of an entity, for hand-written upserts. */
export function tableName(em: EntityManager, entity: EntitySchema<any, any>): string {
  const meta = em.getMetadata().get(entity);
  const schema = meta.schema ?? em.config.get('schema');
  return schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
}
