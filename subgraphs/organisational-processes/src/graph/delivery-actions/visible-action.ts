import type { SubgraphContext } from '@edhr/kit';
import { currentActionByQualifiedId } from '../../model/delivery-actions/delivery-action.loader';
import type { DeliveryActionType } from '../../model/delivery-actions/delivery-action.type';
import { strategyByRowId } from '../../model/strategies/strategy.loader';

/**
 * The delivery action as its strategy's `actions` lists it, or null where that would not:
 * archived, or of a disabled plugin, or under a strategy of a disabled plugin. Unlike the
 * federation reference, which resolves archived rows so links to them still work. Batched
 * loaders, so several ids in one request cost the same statements as one.
 */
export async function visibleAction(context: SubgraphContext, id: string): Promise<DeliveryActionType | null> {
  const [action] = await currentActionByQualifiedId(context).load(id);
  if (!action) return null;
  return (await strategyByRowId(context).load(action.strategyRowId)) ? action : null;
}
