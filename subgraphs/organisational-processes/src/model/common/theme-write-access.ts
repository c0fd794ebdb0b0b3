import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, hasRole, requireRole, type SubgraphContext } from '@edhr/kit';
import { ThemeEntity } from '../themes/theme.entity';
import type { Objective } from '../objectives/objective.entity';

/**
 * Admins write any record; a theme owner writes one that serves an objective of a theme its token
 * lists ("pluginId:themeKey"). Each of `objectiveSets` — e.g. the record's objectives before and
 * after an edit — must include one, so a theme owner can neither take over nor hand away another's.
 */
export async function requireThemeWriter(
  context: SubgraphContext,
  what: string,
  objectiveSets: Objective[][],
  /** Inside a transaction, its EntityManager: the embedded database serves one connection at a time. */
  em: EntityManager = context.em,
): Promise<void> {
  requireRole(context, 'admin', 'theme-owner');
  if (hasRole(context.identity, 'admin')) return;
  const themeIds = [...new Set(objectiveSets.flat().map((o) => o.themeId).filter((id): id is string => !!id))];
  const themes = themeIds.length === 0 ? [] : await em.find(ThemeEntity, { id: { $in: themeIds } }, { fields: ['id', 'pluginId', 'key'] });
  const qualified = new Map(themes.map((t) => [t.id, `${t.pluginId}:${t.key}`]));
  const owned = new Set(context.identity.themes ?? []);
  const ok = objectiveSets.every((set) => set.some((o) => o.themeId && owned.has(qualified.get(o.themeId) ?? '')));
  if (ok) return;
  throw forbidden(`Only an admin, or an owner of a theme of one of its objectives, may write ${what}.`);
}
