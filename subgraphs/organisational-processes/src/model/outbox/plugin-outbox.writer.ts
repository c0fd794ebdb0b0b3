import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseOwnerName, type PluginManifest } from '@edhr/plugin-sdk';
import { PluginOutboxEntity } from './plugin-outbox.entity';

export const PEOPLE_CULTURE_TARGET = 'people-culture';

/** What people-culture's `syncStaffSurveyActions` receives as `StaffSurveySyncInput`. */
export interface StaffSurveySyncPayload {
  pluginId: string;
  pluginVersion: string;
  organisation: string;
  /** The strategy the plugin's content belongs to: its own, or the one it extends (same key either way). */
  strategy: string;
  actions: PluginManifest['staffSurveyActions'];
  /** By action number: the owners (`pluginId:key`) the plugin declares for the contact and local owner as written. */
  owners: Record<string, { contact?: string; localOwner?: string }>;
}

/**
 * Queues the plugin's staff-survey actions for people-culture, inside the registration's
 * transaction: the message exists exactly when the registration does. Due at once (`now`).
 */
export function writeStaffSurveyOutbox(em: EntityManager, manifest: PluginManifest, now: Date): void {
  if (manifest.staffSurveyActions.length === 0) return;
  const payload: StaffSurveySyncPayload = {
    pluginId: manifest.id,
    pluginVersion: manifest.version,
    organisation: manifest.organisation.key,
    strategy: manifest.strategy.key,
    actions: manifest.staffSurveyActions,
    owners: staffSurveyOwners(manifest),
  };
  em.create(PluginOutboxEntity, {
    id: randomUUID(),
    pluginId: manifest.id,
    pluginVersion: manifest.version,
    target: PEOPLE_CULTURE_TARGET,
    payload,
    status: 'pending',
    attempts: 0,
    lastError: null,
    nextAttemptAt: now,
    claimToken: null,
    createdAt: now,
    deliveredAt: null,
  });
}

/**
 * The declared owner each contact and local owner names, matched as owners are everywhere (a
 * declared name or written form, trimmed, single-spaced and case-folded); the plugin's own
 * declarations only, so the message does not depend on what else is registered.
 */
function staffSurveyOwners(manifest: PluginManifest): StaffSurveySyncPayload['owners'] {
  const byForm = new Map<string, string>();
  for (const owner of manifest.owners) {
    for (const form of [owner.name, ...owner.writtenAs]) byForm.set(normaliseOwnerName(form), `${manifest.id}:${owner.key}`);
  }
  const owners: StaffSurveySyncPayload['owners'] = {};
  for (const action of manifest.staffSurveyActions) {
    const contact = action.contact ? byForm.get(normaliseOwnerName(action.contact)) : undefined;
    const localOwner = action.localOwner ? byForm.get(normaliseOwnerName(action.localOwner)) : undefined;
    if (contact || localOwner) owners[action.number] = { ...(contact ? { contact } : {}), ...(localOwner ? { localOwner } : {}) };
  }
  return owners;
}
