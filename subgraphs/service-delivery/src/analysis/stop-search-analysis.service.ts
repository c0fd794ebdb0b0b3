import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { NON_POSITIVE_OUTCOMES } from '../stop-search/stop-search-categories.mapping';
import { recordTable } from '../stop-search/stop-search-record.columns';
import { GROUP_EXPRESSIONS, type StopSearchGroupBy } from './stop-search-group-by';

export interface StopSearchPeriod {
  /** First day included, YYYY-MM-DD (UK time). */
  from: string;
  /** Last day included, YYYY-MM-DD (UK time). */
  to: string;
}

export interface StopSearchAnalysisRow {
  groups: { dimension: StopSearchGroupBy; value: string }[];
  searches: number;
  arrests: number;
  positiveOutcomes: number;
  linkedFinds: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkPeriod(period: StopSearchPeriod): void {
  for (const name of ['from', 'to'] as const) {
    const value = period[name];
    if (!DAY.test(value) || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError(`period.${name} "${value}" is not a date written YYYY-MM-DD.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
  if (period.from > period.to) {
    throw new GraphQLError('period.from is after period.to.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/**
 * Counts stop-and-search records of one organisation in a period, grouped by the given
 * dimensions, in one statement. Every record lands in a group: blank values are NOT_RECORDED
 * (or NOT_STATED), values no rule recognised are UNMAPPED — none is dropped.
 */
export async function analyseStopSearch(
  em: EntityManager,
  organisation: string,
  period: StopSearchPeriod,
  groupBy: readonly StopSearchGroupBy[],
): Promise<StopSearchAnalysisRow[]> {
  checkPeriod(period);
  const dimensions = [...new Set(groupBy)];
  const selects = dimensions.map((d, i) => `${GROUP_EXPRESSIONS[d]} as g${i}`);
  const nonPositive = NON_POSITIVE_OUTCOMES.map((o) => `'${o}'`).join(', ');
  const sql = `
    select ${[...selects, ''].join(', ')}
      count(*)::int as searches,
      count(*) filter (where outcome = 'ARREST')::int as arrests,
      count(*) filter (where outcome not in (${nonPositive}))::int as positive_outcomes,
      count(*) filter (where outcome_linked)::int as linked_finds
    from ${recordTable(em.config.get('schema') ?? 'service_delivery')}
    where organisation_key = ?
      and occurred_at >= (?::date::timestamp at time zone 'Europe/London')
      and occurred_at < ((?::date + 1)::timestamp at time zone 'Europe/London')
    ${dimensions.length > 0 ? `group by ${dimensions.map((_, i) => `g${i}`).join(', ')} order by ${dimensions.map((_, i) => `g${i}`).join(', ')}` : ''}`;
  const rows: Record<string, unknown>[] = await em.execute(sql, [organisation, period.from, period.to]);
  return rows
    .filter((row) => dimensions.length > 0 || Number(row.searches) > 0)
    .map((row) => ({
      groups: dimensions.map((dimension, i) => ({ dimension, value: String(row[`g${i}`]) })),
      searches: Number(row.searches),
      arrests: Number(row.arrests),
      positiveOutcomes: Number(row.positive_outcomes),
      linkedFinds: Number(row.linked_finds),
    }));
}
