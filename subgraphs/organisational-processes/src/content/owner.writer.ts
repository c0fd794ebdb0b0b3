import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { DeclaredOwnerEntity, type DeclaredOwner } from '../model/owners/declared-owner.entity';
import { syncByKey } from './sync-by-key';

/** Upserts the people and roles the plugin declares; dropped ones are archived. */
export async function writeDeclaredOwners(em: EntityManager, manifest: PluginManifest, strategyId: string): Promise<void> {
  const { dropped } = await syncByKey<DeclaredOwner>(
    em,
    DeclaredOwnerEntity,
    manifest.id,
    manifest.owners.map((o, position) => ({ key: o.key, strategyId, name: o.name, writtenAs: o.writtenAs, archived: false, position })),
  );
  for (const row of dropped) row.archived = true;
}
