import type { EntityManager } from '@mikro-orm/postgresql';
import { ObjectiveEntity, type Objective } from '../objectives/objective.entity';
import { DeliveryActionEntity, type DeliveryAction } from '../delivery-actions/delivery-action.entity';
import { StrategyEntity } from '../strategies/strategy.entity';
import { PluginEntity } from '../plugins/plugin.entity';
import type { InputProblem } from './input-problems';

interface Linked<Row> {
  rows: Row[];
  problems: InputProblem[];
}

/**
 * The current objectives or delivery actions named by GraphQL id ("pluginId:key"), each of an
 * enabled plugin and of a strategy of `organisation`; a problem per id that is not, naming `field[i]`.
 */
async function linked<Row extends Objective | DeliveryAction>(
  em: EntityManager,
  entity: typeof ObjectiveEntity | typeof DeliveryActionEntity,
  noun: string,
  field: string,
  ids: readonly string[],
  organisation: string,
): Promise<Linked<Row>> {
  if (ids.length === 0) return { rows: [], problems: [] };
  const pairs = ids.map((id) => ({ pluginId: id.slice(0, Math.max(0, id.indexOf(':'))), key: id.slice(id.indexOf(':') + 1) }));
  const found = (await em.find(entity as never, { $or: pairs, archived: false } as never)) as Row[];
  const strategies = await em.find(StrategyEntity, { id: { $in: [...new Set(found.map((r) => r.strategyId))] } }, { fields: ['id', 'organisationKey'] });
  const disabled = new Set((await em.find(PluginEntity, { enabled: false }, { fields: ['pluginId'] })).map((p) => p.pluginId));
  const ours = new Set(strategies.filter((s) => s.organisationKey === organisation).map((s) => s.id));
  const byId = new Map(found.filter((r) => ours.has(r.strategyId) && !disabled.has(r.pluginId)).map((r) => [`${r.pluginId}:${r.key}`, r]));
  const problems: InputProblem[] = [];
  const rows: Row[] = [];
  ids.forEach((id, i) => {
    const row = byId.get(id);
    if (row) rows.push(row);
    else problems.push({ path: `${field}[${i}]`, message: `"${id}" is not a current ${noun} of ${organisation}` });
  });
  return { rows, problems };
}

export const linkedObjectives = (em: EntityManager, field: string, ids: readonly string[], organisation: string) =>
  linked<Objective>(em, ObjectiveEntity, 'objective', field, ids, organisation);

export const linkedActions = (em: EntityManager, field: string, ids: readonly string[], organisation: string) =>
  linked<DeliveryAction>(em, DeliveryActionEntity, 'delivery action', field, ids, organisation);
