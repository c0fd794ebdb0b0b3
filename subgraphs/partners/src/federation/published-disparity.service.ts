import type { EntityManager } from '@mikro-orm/postgresql';
import { StatisticEntity } from '../statistics-store/statistic.entity';
import { computeDisparity, publicView } from '../disparity/disparity.service';
import { isPartnerSource } from '../statistics-store/statistic-source';
import { parseDisparityArgs } from '../disparity/disparity-query';
import type { PublishedDisparityType } from './equality-information.type';

/** The category each characteristic's published disparity is measured against; characteristics without one are not shown. */
export const PUBLISHED_REFERENCE: Readonly<Record<string, string>> = { RACE: 'WHITE' };

/**
 * Every dataset the force has published figures for in the area during the calendar year, through
 * the public disparity path (published figures only, perturbed, withheld below the threshold), for
 * each characteristic with a reference category. Never raw counts, whoever asks.
 */
export async function publishedDisparity(em: EntityManager, disclosureKey: string, area: string, year: number): Promise<PublishedDisparityType[]> {
  // Months are numbered year × 12 + month − 1.
  const start = year * 12;
  const rows = await em.find(
    StatisticEntity,
    { area, published: true, periodStart: { $lt: start + 12 }, periodEnd: { $gt: start } },
    { fields: ['dataset', 'characteristic', 'source'], orderBy: { dataset: 'asc', characteristic: 'asc' } },
  );
  const pairs = [...new Set(rows.filter((r) => !isPartnerSource(r.source) && PUBLISHED_REFERENCE[r.characteristic]).map((r) => `${r.dataset}|${r.characteristic}`))];
  const out: PublishedDisparityType[] = [];
  for (const pair of pairs) {
    const [dataset, characteristic] = pair.split('|') as [string, string];
    const reference = PUBLISHED_REFERENCE[characteristic]!;
    const query = parseDisparityArgs({ dataset, characteristic, reference, area, period: String(year) });
    out.push({ dataset, characteristic, reference, result: await computeDisparity(em, query, publicView(disclosureKey)) });
  }
  return out;
}
