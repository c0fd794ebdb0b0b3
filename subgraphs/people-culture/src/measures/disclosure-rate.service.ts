import type { EntityManager } from '@mikro-orm/postgresql';
import { isNonDisclosureCategory } from '@edhr/schema';
import { rate } from '@edhr/statistics';
import { snapshotRows } from './headcount.query';
import { computability } from './not-computable.fields';
import type { DisclosureRateType } from './disclosure-rate.type';

/** Non-disclosure share of a snapshot: a measure of trust in how the force uses the data (staff-survey action 13). */
export async function disclosureRate(
  em: EntityManager,
  query: { organisation: string; characteristic: string; date?: string | null; workforce?: string | null },
): Promise<DisclosureRateType> {
  const { date, rows } = await snapshotRows(em, query);
  const workforceTotal = rows.reduce((sum, r) => sum + r.headcount, 0);
  const notDisclosed = rows.filter((r) => isNonDisclosureCategory(r.category)).reduce((sum, r) => sum + r.headcount, 0);
  // A share, so "per 1": the rate module guards the zero and missing denominators.
  const result = rate({ events: notDisclosed, population: workforceTotal }, { per: 1 });
  return {
    organisation: query.organisation,
    date,
    characteristic: query.characteristic,
    workforceTotal,
    notDisclosed,
    value: result.computable ? result.value : null,
    ...computability(result),
  };
}
