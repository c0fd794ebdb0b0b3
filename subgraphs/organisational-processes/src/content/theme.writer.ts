import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { ThemeEntity, type Theme } from '../model/themes/theme.entity';
import { syncByKey } from './sync-by-key';

/** Upserts the plugin's themes; a theme a new version drops is archived (its items are archived too, never deleted). */
export async function writeThemes(em: EntityManager, manifest: PluginManifest, strategyId: string): Promise<Map<string, Theme>> {
  const { byKey, dropped } = await syncByKey<Theme>(
    em,
    ThemeEntity,
    manifest.id,
    manifest.themes.map((t, position) => ({
      key: t.key,
      strategyId,
      code: t.code ?? null,
      name: t.name,
      domain: t.domain,
      aims: t.aims,
      lead: t.lead ?? null,
      archived: false,
      position,
    })),
  );
  for (const row of dropped) row.archived = true;
  return byKey;
}
