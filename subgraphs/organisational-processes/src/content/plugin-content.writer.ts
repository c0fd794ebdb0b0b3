import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest, PluginWarning } from '@edhr/plugin-sdk';
import { upsertOrganisation } from './organisation.writer';
import { writeStrategy } from './strategy.writer';
import { writeThemes } from './theme.writer';
import { writeObjectives } from './objective.writer';
import { writeKpis } from './kpi.writer';
import { writeDeliveryActions } from './delivery-action.writer';
import { writeGovernance } from './governance.writer';
import { writeDuties } from './duty.writer';
import { writeDeclaredOwners } from './owner.writer';
import { writeEngagements, writeEqias } from './eqia.writer';

/**
 * Writes everything a validated manifest declares, inside the caller's transaction, stamping
 * what it records with `now`. Returns the warnings found while linking it to what is already registered.
 */
export async function writePluginContent(em: EntityManager, manifest: PluginManifest, now: Date): Promise<PluginWarning[]> {
  await upsertOrganisation(em, manifest.organisation, now);
  const strategy = await writeStrategy(em, manifest, now);
  const themes = await writeThemes(em, manifest, strategy.id);
  const objectives = await writeObjectives(em, manifest, strategy.id, themes);
  await writeKpis(em, manifest, strategy.id, themes, now);
  const warnings = await writeDeliveryActions(em, manifest, strategy.id, themes, objectives, now);
  await writeGovernance(em, manifest, strategy.id);
  await writeDuties(em, manifest, strategy.id);
  await writeDeclaredOwners(em, manifest, strategy.id);
  await writeEngagements(em, manifest, await writeEqias(em, manifest, strategy.id, now), now);
  return warnings;
}
