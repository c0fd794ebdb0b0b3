import type { AggregateRow } from '@edhr/kit';
import {
  BROAD_ETHNICITY_CATEGORIES,
  BROAD_ETHNIC_GROUP_CODES,
  categoriesOf,
  findCategory,
  NON_DISCLOSURE_CATEGORY_CODES,
  type ProtectedCharacteristicCode,
} from '@edhr/schema';
import { recordTable } from '../stop-search/stop-search-record.columns';
import { UNMAPPED } from '../stop-search/stop-search-categories.mapping';
import { monthCode, periodCode, type MonthRange, type PublishGranularity } from './months';

export const STOP_SEARCH_STATISTICS_DATASET = 'stop-search';

/** The characteristics published, each with the stored column it is counted from. */
export const PUBLISHED_CHARACTERISTICS = ['RACE', 'SEX', 'AGE'] as const;
export type PublishedCharacteristic = (typeof PUBLISHED_CHARACTERISTICS)[number];

/** One aggregate row in the form partners' `uploadStatistics` takes: a count, never a record. */
export interface StatisticRow extends AggregateRow {
  /** `2017-06` or `2017-Q2`. */
  period: string;
  characteristic: PublishedCharacteristic;
}

/** Records counted but not sent, because partners has no category for the value they hold. */
export interface UnpublishedCount {
  period: string;
  characteristic: PublishedCharacteristic;
  /** The category as stored here, e.g. UNMAPPED or OTHER. */
  category: string;
  count: number;
  reason: string;
}

export interface StopSearchAggregates {
  rows: StatisticRow[];
  notPublished: UnpublishedCount[];
  /** Periods with at least one record, oldest first (every granularity published). */
  periods: string[];
  /** Records counted (each once, whatever the number of characteristics and granularities). */
  records: number;
}

/** Anything with pg's `query`: a dedicated pg client or a pool. */
export interface Queryable {
  query<R extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

export interface AggregateOptions {
  /** The subgraph's PostgreSQL schema. */
  schema: string;
  organisationKey: string;
  area: string;
  /** Months in UK time, both ends included; null for every month held. */
  range: MonthRange | null;
  granularities: readonly PublishGranularity[];
  published: boolean;
}

/**
 * Whether partners takes `category` for `characteristic`: the same rule as its upload check
 * (a category of the characteristic in @edhr/schema, UNMAPPED, or for RACE one of the five broad groups).
 */
export function partnersAccepts(characteristic: ProtectedCharacteristicCode, category: string): boolean {
  if (category === UNMAPPED || findCategory(characteristic, category)) return true;
  return characteristic === 'RACE' && BROAD_ETHNICITY_CATEGORIES.categories.some((c) => c.code === category);
}

/**
 * Categories sent in every period even when nothing was counted in them: the five broad ethnic
 * groups, FEMALE and MALE, the five open-data age bands, and for each characteristic the
 * non-disclosure categories (NOT_STATED, PREFER_NOT_TO_SAY, NOT_RECORDED) and UNMAPPED. So a zero
 * is a stated zero rather than a missing figure, unknowns are figures of their own (coverage can
 * be computed from them), and publishing a period again overwrites every figure partners holds
 * for it from this publisher: no category of an earlier publish can be left behind.
 */
const withUnknowns = (known: readonly string[]) => [...known, ...NON_DISCLOSURE_CATEGORY_CODES, UNMAPPED];
export const ALWAYS_SENT: Readonly<Record<PublishedCharacteristic, readonly string[]>> = {
  RACE: withUnknowns(BROAD_ETHNIC_GROUP_CODES),
  SEX: withUnknowns(categoriesOf('SEX').filter((c) => c.disclosed).map((c) => c.code)),
  AGE: withUnknowns(categoriesOf('AGE').filter((c) => c.disclosed).map((c) => c.code)),
};

function unpublishedReason(characteristic: PublishedCharacteristic, category: string): string {
  return `partners has no ${characteristic} category ${category}`;
}

/**
 * Counts one organisation's stop-and-search records per calendar month in UK time by self-defined
 * ethnic group (Census 2021 broad group), sex and age band, in one statement, and turns them into
 * partners' rows for each granularity asked for. A stored value partners has no category for is
 * counted in `notPublished`, never dropped silently.
 */
export async function aggregateStopSearch(db: Queryable, options: AggregateOptions): Promise<StopSearchAggregates> {
  const values: unknown[] = [options.organisationKey];
  let where = 'organisation_key = $1';
  if (options.range) {
    const firstDay = (month: number) => `${monthCode(month)}-01`;
    values.push(firstDay(options.range.from), firstDay(options.range.to + 1));
    where +=
      ` and occurred_at >= ($2::date::timestamp at time zone 'Europe/London')` +
      ` and occurred_at < ($3::date::timestamp at time zone 'Europe/London')`;
  }
  const { rows } = await db.query<{ month: number; race: string; sex: string; age: string; n: number }>(
    `select extract(year from local)::int * 12 + extract(month from local)::int - 1 as month, race, sex, age, count(*)::int as n
       from (select occurred_at at time zone 'Europe/London' as local, self_defined_broad as race, sex, age_range as age
               from ${recordTable(options.schema)} where ${where}) as r
      group by 1, 2, 3, 4`,
    values,
  );

  // period → characteristic → category → count
  const counts = new Map<string, Map<PublishedCharacteristic, Map<string, number>>>();
  let records = 0;
  for (const row of rows) {
    const n = Number(row.n);
    records += n;
    for (const granularity of options.granularities) {
      const period = periodCode(Number(row.month), granularity);
      let byCharacteristic = counts.get(period);
      if (!byCharacteristic) counts.set(period, (byCharacteristic = new Map<PublishedCharacteristic, Map<string, number>>()));
      const cells: [PublishedCharacteristic, string][] = [
        ['RACE', row.race],
        ['SEX', row.sex],
        ['AGE', row.age],
      ];
      for (const [characteristic, category] of cells) {
        let byCategory = byCharacteristic.get(characteristic);
        if (!byCategory) byCharacteristic.set(characteristic, (byCategory = new Map<string, number>()));
        byCategory.set(category, (byCategory.get(category) ?? 0) + n);
      }
    }
  }

  const result: StopSearchAggregates = { rows: [], notPublished: [], periods: [...counts.keys()].sort(comparePeriods), records };
  for (const period of result.periods) {
    const byCharacteristic = counts.get(period)!;
    for (const characteristic of PUBLISHED_CHARACTERISTICS) {
      const byCategory = new Map(byCharacteristic.get(characteristic) ?? []);
      for (const category of ALWAYS_SENT[characteristic]) if (!byCategory.has(category)) byCategory.set(category, 0);
      for (const category of [...byCategory.keys()].sort()) {
        const count = byCategory.get(category)!;
        if (partnersAccepts(characteristic, category)) {
          result.rows.push({
            dataset: STOP_SEARCH_STATISTICS_DATASET,
            period,
            area: options.area,
            characteristic,
            category,
            count,
            published: options.published,
          });
        } else {
          result.notPublished.push({ period, characteristic, category, count, reason: unpublishedReason(characteristic, category) });
        }
      }
    }
  }
  return result;
}

/** Months and quarters of a year in time order: 2017-04, 2017-05, 2017-06, 2017-Q2, 2017-07 … */
function comparePeriods(a: string, b: string): number {
  const key = (p: string) => {
    const quarter = /^(\d{4})-Q(\d)$/.exec(p);
    // A quarter sorts after its last month.
    return quarter ? Number(quarter[1]) * 12 + Number(quarter[2]) * 3 - 1 + 0.5 : Number(p.slice(0, 4)) * 12 + Number(p.slice(5)) - 1;
  };
  return key(a) - key(b);
}
