import type { EntityManager } from '@mikro-orm/postgresql';
import { representationRatio } from '@edhr/statistics';
import { CommunityPopulationEntity } from '../workforce/entities/community-population.entity';
import { snapshotRows } from './headcount.query';
import { computability } from './not-computable.fields';
import type { RepresentationRowType, RepresentationType } from './representation.type';

export interface RepresentationQuery {
  organisation: string;
  characteristic: string;
  category: string;
  date?: string | null;
  workforce?: string | null;
  byRank: boolean;
  /** Community figures given by the caller; otherwise the imported community population. */
  community?: { group: number; total: number; source: string } | null;
}

/** Representation ratios from the workforce snapshot and the community population. */
export async function representation(em: EntityManager, query: RepresentationQuery): Promise<RepresentationType> {
  const { date, rows } = await snapshotRows(em, query);
  const community = query.community ?? (await importedCommunity(em, query));
  const row = (workforce: string | null, rank: string | null, subset: typeof rows): RepresentationRowType => {
    const workforceTotal = subset.reduce((sum, r) => sum + r.headcount, 0);
    const groupInWorkforce = subset.filter((r) => r.category === query.category).reduce((sum, r) => sum + r.headcount, 0);
    const result = representationRatio({
      groupInWorkforce,
      workforceTotal,
      groupInCommunity: community?.group,
      communityTotal: community?.total,
    });
    return {
      workforce,
      rank,
      groupInWorkforce,
      workforceTotal,
      ...computability(result),
      value: result.computable ? result.value : null,
      // Each share stands on its own figures: the workforce share needs no community population.
      workforceShare: workforceTotal > 0 && groupInWorkforce <= workforceTotal ? groupInWorkforce / workforceTotal : null,
      communityShare:
        community && community.total > 0 && community.group <= community.total ? community.group / community.total : null,
    };
  };
  const ranks = [...new Set(rows.map((r) => JSON.stringify([r.workforce, r.rank])))].sort();
  return {
    organisation: query.organisation,
    date,
    characteristic: query.characteristic,
    category: query.category,
    groupInCommunity: community?.group ?? null,
    communityTotal: community?.total ?? null,
    communitySource: community?.source ?? null,
    overall: row(query.workforce ?? null, null, rows),
    byRank: query.byRank
      ? ranks.map((key) => {
          const [workforce, rank] = JSON.parse(key) as [string, string];
          return row(workforce, rank, rows.filter((r) => r.workforce === workforce && r.rank === rank));
        })
      : [],
  };
}

/** Community figures imported for the organisation; null when none were. */
async function importedCommunity(em: EntityManager, query: RepresentationQuery) {
  const rows = await em.find(CommunityPopulationEntity, {
    organisationKey: query.organisation,
    characteristic: query.characteristic,
  });
  if (rows.length === 0) return null;
  const group = rows.find((r) => r.category === query.category);
  return {
    group: group?.population ?? 0,
    total: rows.reduce((sum, r) => sum + r.population, 0),
    source: [...new Set(rows.map((r) => r.source))].join('; '),
  };
}
