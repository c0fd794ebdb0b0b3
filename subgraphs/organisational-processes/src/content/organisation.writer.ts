import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { OrganisationEntity } from '../model/organisations/organisation.entity';

/**
 * Upserts the plugin's organisation by key in one statement: several plugins name the same
 * organisation, and two of them registering at once must not collide on the unique key.
 */
export async function upsertOrganisation(em: EntityManager, organisation: PluginManifest['organisation'], now: Date): Promise<void> {
  const meta = em.getMetadata().get(OrganisationEntity);
  const schema = meta.schema ?? em.config.get('schema');
  const table = schema ? `"${schema}"."${meta.tableName}"` : `"${meta.tableName}"`;
  await em.execute(
    `insert into ${table} as o ("id", "key", "name", "kind", "area_code", "created_at", "updated_at")
     values (?, ?, ?, ?, ?, ?, ?)
     on conflict ("key") do update set "name" = excluded."name", "kind" = excluded."kind",
       "area_code" = excluded."area_code", "updated_at" = excluded."updated_at"
     where (o."name", o."kind", o."area_code") is distinct from (excluded."name", excluded."kind", excluded."area_code")`,
    [randomUUID(), organisation.key, organisation.name, organisation.kind, organisation.areaCode ?? null, now, now],
  );
}
