import { groupByKeys, loader, type SubgraphContext } from '@edhr/kit';
import { FindingExplanationEntity, type FindingExplanation } from './finding-explanation.entity';

/** Explanations per finding, oldest first: one statement for every finding of a request. */
export function explanationsByFinding(context: SubgraphContext) {
  return loader<string, FindingExplanation[]>(context, 'finding-explanations', async (ids) => {
    const rows = await context.em.find(
      FindingExplanationEntity,
      { findingId: { $in: [...ids] } },
      // Each explanation moves the finding on a version, so the version orders them even within one instant.
      { orderBy: { explainedAt: 'asc', findingVersion: 'asc', id: 'asc' } },
    );
    return groupByKeys(ids, rows, (r) => r.findingId);
  });
}
