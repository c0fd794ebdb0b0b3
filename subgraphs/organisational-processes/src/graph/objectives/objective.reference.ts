import type { SubgraphContext } from '@edhr/kit';
import { objectiveByQualifiedId } from '../../model/objectives/objective.loader';

/** Objectives by federation key: one statement for a whole `_entities` batch. */
export const objectiveReference = {
  __resolveReference: async (reference: { id: string }, context: SubgraphContext) =>
    (await objectiveByQualifiedId(context).load(reference.id))[0] ?? null,
};
