import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { ObjectiveEntity, type Objective } from '../model/objectives/objective.entity';
import type { Theme } from '../model/themes/theme.entity';
import { syncByKey } from './sync-by-key';

/** Upserts strategy-level and theme objectives in document order; dropped ones are archived. */
export async function writeObjectives(
  em: EntityManager,
  manifest: PluginManifest,
  strategyId: string,
  themes: Map<string, Theme>,
): Promise<Map<string, Objective>> {
  const declared = [
    ...manifest.strategy.objectives.map((o) => ({ o, themeId: null as string | null })),
    ...manifest.themes.flatMap((t) => t.objectives.map((o) => ({ o, themeId: themes.get(t.key)!.id }))),
  ];
  const { byKey, dropped } = await syncByKey<Objective>(
    em,
    ObjectiveEntity,
    manifest.id,
    declared.map(({ o, themeId }, position) => ({
      key: o.key,
      strategyId,
      themeId,
      code: o.code ?? null,
      kind: o.kind,
      title: o.title ?? null,
      statement: o.statement,
      parentKey: o.parent ?? null,
      owners: o.owners,
      characteristics: o.characteristics,
      details: o.details,
      archived: false,
      position,
    })),
  );
  for (const row of dropped) row.archived = true;
  return byKey;
}
