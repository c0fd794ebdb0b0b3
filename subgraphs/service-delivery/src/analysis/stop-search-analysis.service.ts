import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '@edhr/kit';
import { NON_POSITIVE_OUTCOMES } from '../stop-search/stop-search-categories.mapping';
import { recordTable } from '../stop-search/stop-search-record.columns';
import { groupingFor, ROLLUP_DIMENSIONS, type RollupDimension } from '../rollups/stop-search-rollup.dimensions';
import { rollupTable } from '../rollups/stop-search-rollup.store';
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

const ROLLUP_NAMES = ROLLUP_DIMENSIONS.map((d) => d.name);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkPeriod(period: StopSearchPeriod): void {
  for (const name of ['from', 'to'] as const) {
    const value = period[name];
    if (!DAY.test(value) || Number.isNaN(Date.parse(value))) {
      throw badUserInput(`period.${name} "${value}" is not a date written YYYY-MM-DD.`);
    }
  }
  if (period.from > period.to) {
    throw badUserInput('period.from is after period.to.');
  }
}

/**
 * Counts stop-and-search records of one organisation in a period, grouped by the given
 * dimensions, in one statement. Every record lands in a group: blank values are NOT_RECORDED
 * (or NOT_STATED), values no rule recognised are UNMAPPED — none is dropped. Up to two
 * dimensions besides MONTH are read from the daily rollups the imports keep (the same counts,
 * far fewer rows); more scan the records.
 */
export async function analyseStopSearch(
  em: EntityManager,
  organisation: string,
  period: StopSearchPeriod,
  groupBy: readonly StopSearchGroupBy[],
  options: { source?: 'auto' | 'records' } = {},
): Promise<StopSearchAnalysisRow[]> {
  checkPeriod(period);
  const dimensions = [...new Set(groupBy)];
  const schema = em.config.get('schema') ?? 'service_delivery';
  const grouping = options.source === 'records' ? undefined : groupingFor(dimensions.filter((d): d is RollupDimension => d !== 'MONTH'));
  const order = dimensions.length > 0 ? `group by ${dimensions.map((_, i) => `g${i}`).join(', ')} order by ${dimensions.map((_, i) => `g${i}`).join(', ')}` : '';
  let sql: string;
  let params: unknown[];
  if (grouping) {
    const names = grouping.dimensions.map((d) => ROLLUP_NAMES[d]);
    const expression = (d: StopSearchGroupBy) => (d === 'MONTH' ? `to_char(day, 'YYYY-MM')` : names.indexOf(d) === 0 ? 'value_a' : 'value_b');
    sql = `
    select ${[...dimensions.map((d, i) => `${expression(d)} as g${i}`), ''].join(', ')}
      sum(searches)::int as searches, sum(arrests)::int as arrests,
      sum(positive_outcomes)::int as positive_outcomes, sum(linked_finds)::int as linked_finds
    from ${rollupTable(schema)}
    where organisation_key = ? and grouping = ? and day >= ?::date and day <= ?::date
    ${order}`;
    params = [organisation, grouping.name, period.from, period.to];
  } else {
    const nonPositive = NON_POSITIVE_OUTCOMES.map((o) => `'${o}'`).join(', ');
    sql = `
    select ${[...dimensions.map((d, i) => `${GROUP_EXPRESSIONS[d]} as g${i}`), ''].join(', ')}
      count(*)::int as searches,
      count(*) filter (where outcome = 'ARREST')::int as arrests,
      count(*) filter (where outcome not in (${nonPositive}))::int as positive_outcomes,
      count(*) filter (where outcome_linked)::int as linked_finds
    from ${recordTable(schema)}
    where organisation_key = ?
      and occurred_at >= (?::date::timestamp at time zone 'Europe/London')
      and occurred_at < ((?::date + 1)::timestamp at time zone 'Europe/London')
    ${order}`;
    params = [organisation, period.from, period.to];
  }
  const rows: Record<string, unknown>[] = await em.execute(sql, params);
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
