import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { ukDate, type SubgraphContext } from '@edhr/kit';
import { enabledPluginsOnly } from '../../../model/loading/enabled-plugins-only';
import { rowsByQualifiedKey } from '../../../model/loading/rows-by-qualified-key';
import { strategyByKey } from '../../../model/strategies/strategy.loader';
import { ThemeEntity, type Theme } from '../../../model/themes/theme.entity';
import { DeliveryActionEntity, type DeliveryAction } from '../../../model/delivery-actions/delivery-action.entity';
import type { ActionPosition } from './action-cursor';
import type { DeliveryActionFilterInput } from './delivery-action-filter.input';
import { COMPLETE_STORED, toStoredStatus } from '../../../model/delivery-actions/delivery-status';

type Where = FilterQuery<DeliveryAction>;

/** A raw condition as a filter entry (MikroORM takes the fragment as the key and ignores the empty value). */
const rawCondition = (sql: (alias: string) => string, params: unknown[] = []): Where =>
  ({ [raw<string>(sql, params)]: [] });

/**
 * The conditions of a filter, or null when it names a strategy or theme that does not exist
 * (so nothing can match). Everything is pushed into SQL, so a page costs one statement.
 * Overdue means not complete with any derived deadline before today's UK date by the request's clock.
 */
export async function actionListConditions(context: SubgraphContext, filter: DeliveryActionFilterInput = {}): Promise<Where[] | null> {
  const today = ukDate(context.clock.now());
  const conditions: Where[] = [{ archived: false }, enabledPluginsOnly(context.em)];
  if (filter.strategy) {
    const strategy = await strategyByKey(context).load(filter.strategy);
    if (!strategy) return null;
    conditions.push({ strategyId: strategy.rowId });
  }
  if (filter.theme) {
    const [theme] = await rowsByQualifiedKey<Theme, Theme>(context, ThemeEntity, 'key', (row) => row).load(filter.theme);
    if (!theme) return null;
    conditions.push({ themeId: theme.id });
  }
  const pastDeadline = (a: string) => `exists (select 1 from unnest(${a}."due_dates") as d(v) where d.v < ?)`;
  if (filter.overdue === true) {
    conditions.push({ status: { $ne: COMPLETE_STORED } }, rawCondition(pastDeadline, [today]));
  }
  if (filter.overdue === false) {
    conditions.push(rawCondition((a) => `(${a}."status" = ? or not ${pastDeadline(a)})`, [COMPLETE_STORED, today]));
  }
  if (filter.status) conditions.push({ status: { $in: filter.status.map(toStoredStatus) } });
  if (filter.owner) {
    const owner = filter.owner.trim().toLowerCase();
    conditions.push(rawCondition((a) => `exists (select 1 from unnest(${a}."owners") as o(v) where lower(o.v) = ?)`, [owner]));
  }
  if (filter.characteristic) {
    conditions.push(rawCondition((a) => `? = any(${a}."characteristics")`, [filter.characteristic.trim().toUpperCase()]));
  }
  return conditions;
}

/** One page in the stable order after `after`, with one row more than asked to tell whether another page follows. */
export async function findActionPage(
  context: SubgraphContext,
  conditions: Where[],
  first: number,
  after: ActionPosition | null,
): Promise<DeliveryAction[]> {
  const keyset = after
    ? [rawCondition((a) => `(${a}."plugin_id", ${a}."position", ${a}."key") > (?, ?, ?)`, [after.pluginId, after.position, after.key])]
    : [];
  return context.em.find(DeliveryActionEntity, { $and: [...conditions, ...keyset] }, {
    orderBy: { pluginId: 'asc', position: 'asc', key: 'asc' },
    limit: first + 1,
  });
}

export async function countActions(context: SubgraphContext, conditions: Where[]): Promise<number> {
  return context.em.count(DeliveryActionEntity, { $and: conditions });
}
