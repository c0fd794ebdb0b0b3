import type { SubgraphContext } from '@edhr/kit';
import { rowsBy } from '../loading/rows-by';
import { rowsByQualifiedKey } from '../loading/rows-by-qualified-key';
import { DeliveryActionEntity } from './delivery-action.entity';
import { ProgressUpdateEntity } from './progress-update.entity';
import { toDeliveryActionType, toProgressUpdateType } from './delivery-action.mapping';

// Plugin first: a strategy's themes and their items may come from several plugins, each numbering from 0.
const current = { where: { archived: false }, orderBy: { pluginId: 'asc', position: 'asc' } } as const;

export const actionsByStrategy = (context: SubgraphContext) =>
  rowsBy(context, DeliveryActionEntity, 'strategyId', toDeliveryActionType, current);

export const actionsByTheme = (context: SubgraphContext) =>
  rowsBy(context, DeliveryActionEntity, 'themeId', toDeliveryActionType, current);

export const actionsByObjective = (context: SubgraphContext) =>
  rowsBy(context, DeliveryActionEntity, 'objectiveId', toDeliveryActionType, current);

export const progressByAction = (context: SubgraphContext) =>
  rowsBy(context, ProgressUpdateEntity, 'actionId', toProgressUpdateType, { orderBy: { recordedAt: 'asc', sequence: 'asc' } });

/** By GraphQL id `pluginId:key`; archived ones too, so a link to one still resolves. */
export const actionByQualifiedId = (context: SubgraphContext) =>
  rowsByQualifiedKey(context, DeliveryActionEntity, 'key', toDeliveryActionType);

/** Current ones only, by GraphQL id, one statement per batch: what a strategy's `actions` lists. */
export const currentActionByQualifiedId = (context: SubgraphContext) =>
  rowsByQualifiedKey(context, DeliveryActionEntity, 'key', toDeliveryActionType, { archived: false });
