import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { pageSize } from '../../pagination/page-size';
import { toDeliveryActionType } from '../../../model/delivery-actions/delivery-action.mapping';
import { decodeActionCursor, encodeActionCursor } from './action-cursor';
import { DeliveryActionConnectionType } from './delivery-action-connection.type';
import { DeliveryActionFilterInput } from './delivery-action-filter.input';
import { actionListConditions, countActions, findActionPage } from './delivery-action-list.query';

@Resolver(() => DeliveryActionConnectionType)
export class DeliveryActionListResolver {
  @Query(() => DeliveryActionConnectionType, {
    description: 'Delivery actions across strategies for dashboards, filtered, a page at a time (at most 100).',
  })
  async actions(
    @Ctx() context: SubgraphContext,
    @Arg('filter', () => DeliveryActionFilterInput, { nullable: true }) filter?: DeliveryActionFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 20 unless given, at most 100.' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<DeliveryActionConnectionType> {
    const size = pageSize(first);
    const from = after ? decodeActionCursor(after) : null;
    const conditions = await actionListConditions(context, filter ?? {});
    const rows = conditions && size > 0 ? await findActionPage(context, conditions, size, from) : [];
    const page = rows.slice(0, size);
    const edges = page.map((row) => ({ cursor: encodeActionCursor(row), node: toDeliveryActionType(row) }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countAll: async () => (conditions ? countActions(context, conditions) : 0),
    };
  }

  @FieldResolver(() => Int, { description: 'Every action matching the filter, across all pages.' })
  totalCount(@Root() connection: DeliveryActionConnectionType): Promise<number> {
    return connection.countAll();
  }
}
