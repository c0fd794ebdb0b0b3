import { byKeys, loader, type SubgraphContext } from '@edhr/kit';
import { StrategyEntity } from './strategy.entity';

/**
 * Strategy keys by row id, for the `strategyKey` field other subgraphs require: a plain
 * property of the item, so it resolves even when the strategy's own plugin is disabled.
 */
export function strategyKeyByRowId(context: SubgraphContext) {
  return loader<string, string>(context, 'strategy.keyByRowId', async (ids) => {
    const rows = await context.em.find(StrategyEntity, { id: { $in: [...ids] } }, { fields: ['id', 'key'] });
    return byKeys(ids, rows, (r) => r.id, null).map((row, i) => row?.key ?? new Error(`no strategy with row id ${ids[i]}`));
  });
}
