import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { GovernanceBodyEntity, type GovernanceBody } from '../model/governance/governance-body.entity';
import { syncByKey } from './sync-by-key';

/**
 * Upserts the governance bodies the plugin describes, under its organisation and the strategy that
 * names them (its own, or the one it extends); dropped ones are archived.
 */
export async function writeGovernance(em: EntityManager, manifest: PluginManifest, strategyId: string): Promise<void> {
  const { dropped } = await syncByKey<GovernanceBody>(
    em,
    GovernanceBodyEntity,
    manifest.id,
    manifest.governance.map((g, position) => ({
      key: g.key,
      organisationKey: manifest.organisation.key,
      strategyId,
      name: g.name,
      kind: g.kind,
      description: g.description ?? null,
      chair: g.chair ?? null,
      reportsToKey: g.reportsTo ?? null,
      archived: false,
      position,
    })),
  );
  for (const row of dropped) row.archived = true;
}
