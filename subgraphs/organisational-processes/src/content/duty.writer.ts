import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { DutyEntity, type Duty } from '../model/duties/duty.entity';
import { syncByKey } from './sync-by-key';

/**
 * Upserts the duties the plugin restates, under the strategy it attaches to; dropped ones are
 * archived, so the publications recorded against them stay on record.
 */
export async function writeDuties(em: EntityManager, manifest: PluginManifest, strategyId: string): Promise<void> {
  const { dropped } = await syncByKey<Duty>(
    em,
    DutyEntity,
    manifest.id,
    manifest.duties.map((d, position) => ({
      key: d.key,
      strategyId,
      name: d.name,
      requirement: d.requirement,
      frequency: d.frequency ?? null,
      archived: false,
      position,
    })),
  );
  for (const row of dropped) row.archived = true;
}
