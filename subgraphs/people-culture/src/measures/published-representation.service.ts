import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_SUPPRESSION_THRESHOLD, representationRatio } from '@edhr/statistics';
import { WorkforceHeadcountEntity } from '../workforce/entities/workforce-headcount.entity';
import { CommunityPopulationEntity } from '../workforce/entities/community-population.entity';
import type { PublishedRepresentationRowType, WorkforceRepresentationSectionType } from './published-representation.type';

/** The public never sees a share resting on fewer people than this. */
export const PUBLIC_REPRESENTATION_THRESHOLD = DEFAULT_SUPPRESSION_THRESHOLD;

interface Cell {
  group: number;
  total: number;
}

/**
 * Representation by rank for the public, per characteristic, from the latest snapshot dated in the
 * year: each category's share of each rank (and of each whole workforce) against its share of the
 * community. Headcounts are never given; a share is withheld when the group or the rest of its rank
 * is 1 to threshold − 1 people (either would let a reader count a few individuals).
 */
export async function publishedRepresentation(em: EntityManager, organisation: string, year: number): Promise<WorkforceRepresentationSectionType[]> {
  const rows = await em.find(
    WorkforceHeadcountEntity,
    { organisationKey: organisation, movement: 'snapshot', date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
    { orderBy: { characteristic: 'asc', date: 'asc' } },
  );
  const latest = new Map<string, string>();
  for (const r of rows) if ((latest.get(r.characteristic) ?? '') < r.date) latest.set(r.characteristic, r.date);
  const community = await em.find(CommunityPopulationEntity, { organisationKey: organisation, characteristic: { $in: [...latest.keys()] } });
  const sections: WorkforceRepresentationSectionType[] = [];
  for (const [characteristic, date] of latest) {
    const snapshot = rows.filter((r) => r.characteristic === characteristic && r.date === date);
    const people = community.filter((c) => c.characteristic === characteristic);
    const communityTotal = people.reduce((sum, c) => sum + c.population, 0);
    const categories = [...new Set(snapshot.map((r) => r.category))].sort();
    // Each whole workforce, then each of its ranks.
    const scopes: { workforce: string; rank: string | null }[] = [
      ...[...new Set(snapshot.map((r) => r.workforce))].sort().map((workforce) => ({ workforce, rank: null })),
      ...[...new Set(snapshot.map((r) => JSON.stringify([r.workforce, r.rank])))].sort().map((k) => {
        const [workforce, rank] = JSON.parse(k) as [string, string];
        return { workforce, rank };
      }),
    ];
    const out: PublishedRepresentationRowType[] = [];
    for (const scope of scopes) {
      const inScope = snapshot.filter((r) => r.workforce === scope.workforce && (scope.rank === null || r.rank === scope.rank));
      const total = inScope.reduce((sum, r) => sum + r.headcount, 0);
      for (const category of categories) {
        const cell: Cell = { group: inScope.filter((r) => r.category === category).reduce((sum, r) => sum + r.headcount, 0), total };
        const groupInCommunity = people.find((c) => c.category === category)?.population;
        out.push(publishedRow(scope, category, cell, people.length > 0 ? { group: groupInCommunity ?? 0, total: communityTotal } : null));
      }
    }
    sections.push({
      characteristic,
      snapshotDate: date,
      communitySource: people.length > 0 ? [...new Set(people.map((c) => c.source))].join('; ') : null,
      threshold: PUBLIC_REPRESENTATION_THRESHOLD,
      rows: out,
    });
  }
  return sections;
}

const small = (n: number) => n > 0 && n < PUBLIC_REPRESENTATION_THRESHOLD;

function publishedRow(
  scope: { workforce: string; rank: string | null },
  category: string,
  cell: Cell,
  community: { group: number; total: number } | null,
): PublishedRepresentationRowType {
  const communityShare = community && community.total > 0 ? community.group / community.total : null;
  if (small(cell.group) || small(cell.total - cell.group)) {
    return { ...scope, category, workforceShare: null, communityShare, ratio: null, withheld: true, withheldReason: 'small_number' };
  }
  const result = representationRatio({
    groupInWorkforce: cell.group,
    workforceTotal: cell.total,
    groupInCommunity: community?.group,
    communityTotal: community?.total,
  });
  return {
    ...scope,
    category,
    workforceShare: cell.total > 0 ? cell.group / cell.total : null,
    communityShare,
    ratio: result.computable ? result.value : null,
    withheld: false,
    withheldReason: null,
  };
}
