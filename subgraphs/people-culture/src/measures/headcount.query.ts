import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkforceHeadcountEntity } from '../workforce/entities/workforce-headcount.entity';

export interface HeadcountFilter {
  organisation: string;
  characteristic: string;
  /** YYYY-MM-DD; the latest snapshot for the organisation and characteristic when omitted. */
  date?: string | null;
  workforce?: string | null;
}

/** The snapshot rows a measure works on, and the date they are for (null when there is none). */
export async function snapshotRows(em: EntityManager, filter: HeadcountFilter) {
  const where = {
    organisationKey: filter.organisation,
    characteristic: filter.characteristic,
    movement: 'snapshot',
    ...(filter.workforce ? { workforce: filter.workforce } : {}),
  };
  let date = filter.date ?? null;
  if (!date) {
    const latest = await em.findOne(WorkforceHeadcountEntity, where, { orderBy: { date: 'desc' }, fields: ['date'] });
    date = latest?.date ?? null;
  }
  if (!date) return { date: null, rows: [] };
  const rows = await em.find(WorkforceHeadcountEntity, { ...where, date });
  return { date, rows };
}
