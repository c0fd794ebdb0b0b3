import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { deriveDueDate, deriveDueDates, type PluginManifest, type PluginWarning } from '@edhr/plugin-sdk';
import { DeliveryActionEntity, type DeliveryAction } from '../model/delivery-actions/delivery-action.entity';
import { ProgressUpdateEntity } from '../model/delivery-actions/progress-update.entity';
import { ObjectiveEntity, type Objective } from '../model/objectives/objective.entity';
import type { Theme } from '../model/themes/theme.entity';
import { PluginRegistrationError } from './plugin-registration.error';
import { resolveActionReferences, type LinkableObjective } from './action-reference';
import { syncByKey } from './sync-by-key';

/**
 * Upserts delivery actions linked to the objectives their references resolve to (dropped
 * ones archived) and appends progress updates not yet recorded. Returns the resolution warnings.
 */
export async function writeDeliveryActions(
  em: EntityManager,
  manifest: PluginManifest,
  strategyId: string,
  themes: Map<string, Theme>,
  ownObjectives: Map<string, Objective>,
  now: Date,
): Promise<PluginWarning[]> {
  const declared = [
    ...manifest.actions.map((a, i) => ({ a, path: `actions[${i}]`, themeId: null as string | null })),
    ...manifest.themes.flatMap((t, ti) =>
      t.actions.map((a, i) => ({ a, path: `themes[${ti}].actions[${i}]`, themeId: themes.get(t.key)!.id })),
    ),
  ];
  if (declared.length === 0) {
    await archiveAll(em, manifest.id);
    return [];
  }

  const resolution = resolveActionReferences(
    manifest.id,
    declared.map(({ a, path }) => ({ path, reference: a.reference, objective: a.objective })),
    await linkableObjectives(em, manifest, strategyId, ownObjectives),
    // validatePlugin already reports unmatched references of a plugin's own strategy.
    { reportUnmatched: Boolean(manifest.strategy.extends) },
  );
  if (resolution.problems.length > 0) throw new PluginRegistrationError(manifest.id, resolution.problems);

  const { byKey, dropped } = await syncByKey<DeliveryAction>(
    em,
    DeliveryActionEntity,
    manifest.id,
    declared.map(({ a, themeId }, position) => {
      const objective = resolution.links[position];
      return {
        key: a.key,
        strategyId,
        themeId: themeId ?? objective?.themeId ?? null,
        objectiveId: objective?.id ?? null,
        reference: a.reference,
        title: a.title ?? null,
        actions: a.actions,
        characteristicsAsWritten: a.characteristicsAsWritten,
        characteristics: a.characteristics,
        owners: a.owners,
        ownersAsWritten: a.ownersAsWritten ?? null,
        dueAsWritten: a.dueAsWritten ?? null,
        dueDate: deriveDueDate(a.dueAsWritten) ?? null,
        dueDates: deriveDueDates(a.dueAsWritten),
        status: a.status,
        risks: a.risks,
        staffSurveyActions: a.staffSurveyActions,
        archived: false,
        position,
      };
    }),
  );
  for (const row of dropped) row.archived = true;
  await keepRecordedStatuses(em, [...byKey.values()]);
  await appendProgress(em, manifest.id, declared.map(({ a }) => ({ actionId: byKey.get(a.key)!.id, progress: a.progress })), now);
  return resolution.warnings;
}

/** Objectives a row may link to: the strategy's, and those of the plugins it depends on. */
async function linkableObjectives(
  em: EntityManager,
  manifest: PluginManifest,
  strategyId: string,
  own: Map<string, Objective>,
): Promise<LinkableObjective[]> {
  const dependencies = manifest.dependsOn.map((d) => d.id);
  const others = await em.find(ObjectiveEntity, {
    pluginId: { $ne: manifest.id },
    archived: false,
    $or: [{ strategyId }, { pluginId: { $in: dependencies } }],
  });
  const ownRows = [...own.values()].filter((o) => !o.archived);
  return [...others, ...ownRows].map((o) => ({
    id: o.id,
    pluginId: o.pluginId,
    key: o.key,
    code: o.code ?? null,
    themeId: o.themeId ?? null,
    inStrategy: o.strategyId === strategyId,
  }));
}

/**
 * A status recorded through `recordProgress` outlives a new plugin version: the current status of
 * a row with recorded entries stays the latest entry's, not the one the plugin states.
 */
async function keepRecordedStatuses(em: EntityManager, rows: DeliveryAction[]): Promise<void> {
  if (rows.length === 0) return;
  const recorded = await em.find(
    ProgressUpdateEntity,
    { actionId: { $in: rows.map((r) => r.id) }, status: { $ne: null } },
    { orderBy: { recordedAt: 'asc', sequence: 'asc' } },
  );
  const latest = new Map<string, string>();
  for (const update of recorded) latest.set(update.actionId, update.status!);
  for (const row of rows) {
    const status = latest.get(row.id);
    if (status) row.status = status;
  }
}

/** Appends each progress text not already recorded for its action; updates are never changed. */
async function appendProgress(
  em: EntityManager,
  pluginId: string,
  rows: { actionId: string; progress: PluginManifest['actions'][number]['progress'] }[],
  recordedAt: Date,
): Promise<void> {
  const wanted = rows.filter((r) => r.progress.length > 0);
  if (wanted.length === 0) return;
  const recorded = await em.find(ProgressUpdateEntity, { actionId: { $in: wanted.map((r) => r.actionId) } });
  const texts = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const u of recorded) {
    texts.set(u.actionId, (texts.get(u.actionId) ?? new Set()).add(u.text));
    counts.set(u.actionId, Math.max(counts.get(u.actionId) ?? 0, u.sequence + 1));
  }
  for (const { actionId, progress } of wanted) {
    const seen = texts.get(actionId) ?? new Set<string>();
    let sequence = counts.get(actionId) ?? 0;
    for (const update of progress) {
      if (seen.has(update.text)) continue;
      seen.add(update.text);
      em.create(ProgressUpdateEntity, {
        id: randomUUID(),
        actionId,
        text: update.text,
        date: update.date ?? null,
        status: null,
        percentComplete: null,
        evidence: [],
        recordedBy: `plugin:${pluginId}`,
        recordedAt,
        sequence: sequence++,
      });
    }
  }
}

async function archiveAll(em: EntityManager, pluginId: string): Promise<void> {
  const rows = await em.find(DeliveryActionEntity, { pluginId, archived: false });
  for (const row of rows) row.archived = true;
}
