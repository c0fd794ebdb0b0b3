import type { SubgraphContext } from '@edhr/kit';
import { rowBy, rowsBy } from '../loading/rows-by';
import { StrategyEntity } from './strategy.entity';
import { toStrategyType } from './strategy.mapping';

export const strategyByKey = (context: SubgraphContext) => rowBy(context, StrategyEntity, 'key', toStrategyType);

/** By row id; null when its plugin is disabled, as `strategy(id)` would answer. */
export const strategyByRowId = (context: SubgraphContext) => rowBy(context, StrategyEntity, 'id', toStrategyType);

export const strategiesByOrganisation = (context: SubgraphContext) =>
  rowsBy(context, StrategyEntity, 'organisationKey', toStrategyType, { orderBy: { title: 'asc' } });
