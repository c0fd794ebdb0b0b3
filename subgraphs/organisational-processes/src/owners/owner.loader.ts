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
import { groupByOwner } from './owner-name';
import type { OwnerType } from './owner.type';

/** Every strategy at once. */
export const ALL_STRATEGIES = '';

export interface OwnedItems {
  objectives: ObjectiveType[];
  kpis: KpiType[];
  actions: DeliveryActionType[];
}

export interface OwnerIndex {
  owners: OwnerType[];
  /** By normalised name. */
  items: Map<string, OwnedItems>;
}

/**
 * The owners of a scope (a strategy row id, or ALL_STRATEGIES) with what each owns: one
 * statement per kind for every scope a request asks about, whatever the number of owners.
 * Names are merged in memory, not in SQL, so one rule (`normaliseOwner`) decides.
 */
export const ownerIndexByScope = (context: SubgraphContext) =>
  loader<string, OwnerIndex>(context, 'owner.indexByScope', async (scopes) => {
    const [objectives, kpis, actions] = await Promise.all([
      ownedRows<Objective>(context.em, ObjectiveEntity, scopes),
      ownedRows<Kpi>(context.em, KpiEntity, scopes),
      ownedRows<DeliveryAction>(context.em, DeliveryActionEntity, scopes),
    ]);
    return scopes.map((scope) => {
      const inScope = <Row extends { strategyId: string }>(rows: Row[]) =>
        scope === ALL_STRATEGIES ? rows : rows.filter((r) => r.strategyId === scope);
      const tagged = [
        ...inScope(objectives).map((row) => ({ owners: row.owners, objective: toObjectiveType(row) })),
        ...inScope(kpis).map((row) => ({ owners: row.owners, kpi: toKpiType(row) })),
        ...inScope(actions).map((row) => ({ owners: row.owners, action: toDeliveryActionType(row) })),
      ];
      const groups = groupByOwner(tagged, (item) => item.owners);
      return {
        owners: groups.map(({ name, normalised, writtenAs }) => ({ name, normalised, writtenAs, scope })),
        items: new Map(
          groups.map((g) => [
            g.normalised,
            {
              objectives: g.items.flatMap((i) => ('objective' in i ? [i.objective] : [])),
              kpis: g.items.flatMap((i) => ('kpi' in i ? [i.kpi] : [])),
              actions: g.items.flatMap((i) => ('action' in i ? [i.action] : [])),
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
