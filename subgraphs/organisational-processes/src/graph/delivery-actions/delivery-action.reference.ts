import type { SubgraphContext } from '@edhr/kit';
import { actionByQualifiedId } from '../../model/delivery-actions/delivery-action.loader';

/** Delivery actions by federation key: one statement for a whole `_entities` batch. */
export const deliveryActionReference = {
  __resolveReference: async (reference: { id: string }, context: SubgraphContext) =>
    (await actionByQualifiedId(context).load(reference.id))[0] ?? null,
};
