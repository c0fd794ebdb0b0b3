import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
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
