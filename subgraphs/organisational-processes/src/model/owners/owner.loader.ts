import { raw, type EntityManager, type EntitySchema, type FilterQuery } from '@mikro-orm/postgresql';
import { loader, type SubgraphContext } from '@edhr/kit';
import { enabledPluginsOnly } from '../loading/enabled-plugins-only';
import { ObjectiveEntity, type Objective } from '../objectives/objective.entity';
import { toObjectiveType } from '../objectives/objective.mapping';
import type { ObjectiveType } from '../objectives/objective.type';
import { KpiEntity, type Kpi } from '../kpis/kpi.entity';
import { toKpiType } from '../kpis/kpi.mapping';
import type { KpiType } from '../kpis/kpi.type';
import { DeliveryActionEntity, type DeliveryAction } from '../delivery-actions/delivery-action.entity';
import { toDeliveryActionType } from '../delivery-actions/delivery-action.mapping';
import type { DeliveryActionType } from '../delivery-actions/delivery-action.type';
import { ThemeEntity, type Theme } from '../themes/theme.entity';
import { toThemeType } from '../themes/theme.mapping';
import type { ThemeType } from '../themes/theme.type';
import { DeclaredOwnerEntity, type DeclaredOwner } from './declared-owner.entity';
import { groupByOwner } from './owner-name';
import type { OwnerType } from './owner.type';

/** Every strategy at once. */
export const ALL_STRATEGIES = '';

export interface OwnedItems {
  objectives: ObjectiveType[];
  kpis: KpiType[];
  actions: DeliveryActionType[];
  /** Themes the owner leads. */
  themes: ThemeType[];
}

export interface OwnerIndex {
  owners: OwnerType[];
  /** By owner id. */
  items: Map<string, OwnedItems>;
  /** Owner by its id and by the id of every declared owner merged into it. */
  byId: Map<string, OwnerType>;
}

/**
 * The owners of a scope (a strategy row id, or ALL_STRATEGIES) with what each owns: one
 * statement per kind (objectives, KPIs, actions, led themes, declared owners) for every scope a
 * request asks about, whatever the number of owners. Names are merged in memory, not in SQL, so
 * one rule (`groupByOwner`) decides.
 */
export const ownerIndexByScope = (context: SubgraphContext) =>
  loader<string, OwnerIndex>(context, 'owner.indexByScope', async (scopes) => {
    const [objectives, kpis, actions, themes, declared] = await Promise.all([
      ownedRows<Objective>(context.em, ObjectiveEntity, scopes),
      ownedRows<Kpi>(context.em, KpiEntity, scopes),
      ownedRows<DeliveryAction>(context.em, DeliveryActionEntity, scopes),
      ledThemes(context.em, scopes),
      declaredOwners(context.em),
    ]);
    return scopes.map((scope) => {
      const inScope = <Row extends { strategyId: string }>(rows: Row[]) =>
        scope === ALL_STRATEGIES ? rows : rows.filter((r) => r.strategyId === scope);
      const tagged = [
        ...inScope(objectives).map((row) => ({ owners: row.owners, objective: toObjectiveType(row) })),
        ...inScope(kpis).map((row) => ({ owners: row.owners, kpi: toKpiType(row) })),
        ...inScope(actions).map((row) => ({ owners: row.owners, action: toDeliveryActionType(row) })),
        ...inScope(themes).map((row) => ({ owners: [row.lead!], theme: toThemeType(row) })),
      ];
      // Every declared owner merges written forms everywhere; only those of the scope's plugins are listed unnamed.
      const forms = declared.map((o) => ({ id: `${o.pluginId}:${o.key}`, name: o.name, writtenAs: o.writtenAs }));
      const listed = new Set(inScope(declared).map((o) => `${o.pluginId}:${o.key}`));
      const groups = groupByOwner(tagged, (item) => item.owners, forms).filter(
        (g) => g.items.length > 0 || g.declaredAs.some((id) => listed.has(id)),
      );
      const owners = groups.map(({ id, name, normalised, writtenAs, aliases }) => ({ id, name, normalised, writtenAs, aliases, scope }));
      const byId = new Map<string, OwnerType>();
      groups.forEach((g, i) => {
        byId.set(g.id, owners[i]!);
        for (const id of g.declaredAs) byId.set(id, owners[i]!);
      });
      return {
        owners,
        byId,
        items: new Map(
          groups.map((g) => [
            g.id,
            {
              objectives: g.items.flatMap((i) => ('objective' in i ? [i.objective] : [])),
              kpis: g.items.flatMap((i) => ('kpi' in i ? [i.kpi] : [])),
              actions: g.items.flatMap((i) => ('action' in i ? [i.action] : [])),
              themes: g.items.flatMap((i) => ('theme' in i ? [i.theme] : [])),
            },
          ]),
        ),
      };
    });
  });

/** Current rows naming at least one owner, of enabled plugins, in the stable order (plugin, document position). */
async function ownedRows<Row>(em: EntityManager, entity: EntitySchema<any, any>, scopes: readonly string[]): Promise<Row[]> {
  const named = { [raw<string>((alias: string) => `cardinality(${alias}."owners") > 0`)]: [] };
  const strategies = scopes.includes(ALL_STRATEGIES) ? {} : { strategyId: { $in: [...scopes] } };
  return (await em.find(
    entity,
    { archived: false, ...strategies, ...named, ...enabledPluginsOnly(em) } as FilterQuery<any>,
    { orderBy: { pluginId: 'asc', position: 'asc' } },
  )) as Row[];
}

/** Current themes of enabled plugins with a named lead. */
async function ledThemes(em: EntityManager, scopes: readonly string[]): Promise<Theme[]> {
  const strategies = scopes.includes(ALL_STRATEGIES) ? {} : { strategyId: { $in: [...scopes] } };
  return em.find(
    ThemeEntity,
    { archived: false, lead: { $ne: null }, ...strategies, ...enabledPluginsOnly(em) },
    { orderBy: { pluginId: 'asc', position: 'asc' } },
  );
}

/**
 * Every current declared owner of an enabled plugin, whatever the scope: a form declared by any
 * plugin merges entries in every strategy; the scope only decides which are listed unnamed.
 */
async function declaredOwners(em: EntityManager): Promise<DeclaredOwner[]> {
  return em.find(DeclaredOwnerEntity, { archived: false, ...enabledPluginsOnly(em) }, { orderBy: { pluginId: 'asc', position: 'asc' } });
}
