import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { EqiaEntity, type Eqia } from '../model/eqias/eqia.entity';
import { EngagementRecordEntity } from '../model/engagement/engagement-record.entity';

/** `key` of this plugin, or `pluginId:key` as given. */
const qualify = (pluginId: string, ref: string) => (ref.includes(':') ? ref : `${pluginId}:${ref}`);

/**
 * Adds the EQIAs the plugin names to the register. A later version updates one in place only while
 * nobody has edited or reviewed it (version 1): after that the register's record is the force's,
 * not the document's. EQIAs a later version drops stay on the register.
 */
export async function writeEqias(em: EntityManager, manifest: PluginManifest, strategyId: string, now: Date): Promise<Map<string, Eqia>> {
  const existing = await em.find(EqiaEntity, { pluginId: manifest.id });
  const byKey = new Map(existing.map((row) => [row.key!, row]));
  for (const e of manifest.eqias) {
    const data = {
      organisationKey: manifest.organisation.key,
      strategyId,
      title: e.title,
      kind: e.kind,
      owner: e.owner ?? null,
      stage: e.stage,
      completedOn: e.completedOn ?? null,
      dueAsWritten: e.dueAsWritten ?? null,
      dueDate: e.dueDate ?? null,
      impacts: e.impacts.map((i) => ({ characteristic: i.characteristic, impact: i.impact, evidence: i.evidence ?? null })),
      consultation: e.consultation ?? null,
      decision: e.decision ?? null,
      justification: e.justification ?? null,
      mitigationActionIds: e.mitigations.map((ref) => qualify(manifest.id, ref)),
      objectiveIds: e.objectives.map((ref) => qualify(manifest.id, ref)),
      reviewDue: e.reviewDue ?? null,
      sourceLocation: e.source?.location ?? null,
      sourceQuote: e.source?.quote ?? null,
      updatedAt: now,
    };
    const row = byKey.get(e.key);
    if (!row) {
      byKey.set(
        e.key,
        em.create(EqiaEntity, {
          id: randomUUID(), pluginId: manifest.id, key: e.key, ...data, findingIds: [], lastReviewedOn: null, version: 1,
          createdBy: `plugin:${manifest.id}`, createdAt: now,
        }),
      );
    } else if (row.version === 1) {
      em.assign(row, data);
    }
  }
  return byKey;
}

/** Adds the engagement records the plugin declares that are not yet recorded; recorded ones are never changed (append-only). */
export async function writeEngagements(em: EntityManager, manifest: PluginManifest, eqias: Map<string, Eqia>, now: Date): Promise<void> {
  const recorded = new Set((await em.find(EngagementRecordEntity, { pluginId: manifest.id }, { fields: ['key'] })).map((r) => r.key));
  for (const g of manifest.engagements) {
    if (recorded.has(g.key)) continue;
    em.create(EngagementRecordEntity, {
      id: randomUUID(),
      pluginId: manifest.id,
      key: g.key,
      organisationKey: manifest.organisation.key,
      heldOn: g.heldOn ?? null,
      heldAsWritten: g.heldAsWritten ?? null,
      groupKind: g.groupKind,
      groupName: g.groupName,
      topic: g.topic,
      characteristics: g.characteristics,
      outcome: g.outcome ?? null,
      objectiveIds: g.objectives.map((ref) => qualify(manifest.id, ref)),
      eqiaIds: g.eqias.map((key) => eqias.get(key)!.id),
      sourceLocation: g.source?.location ?? null,
      sourceQuote: g.source?.quote ?? null,
      recordedBy: `plugin:${manifest.id}`,
      recordedAt: now,
    });
  }
}
