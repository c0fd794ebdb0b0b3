import type { AggregateRow } from '@edhr/kit';
import { BROAD_ETHNICITY_CATEGORIES, findCategory, isProtectedCharacteristicCode } from '@edhr/schema';

/**
 * Statistics datasets this subgraph publishes to partners (lower-case, as partners requires):
 *
 * - `workforce-headcount` — people in the workforce (officers, staff and volunteers, every rank)
 *   by characteristic and category, as at the year's latest snapshot; period `YYYY`.
 * - `recruitment`, `promotion` — applicants to the rounds of that kind in a period.
 * - `recruitment-successful`, `promotion-successful` — those appointed from the same rounds.
 *   Separate datasets because partners' category must be a category of the characteristic, so
 *   "applicants" and "successful" cannot be told apart by a category suffix.
 * - `grievances`, `misconduct` — cases opened in a period.
 */
export const WORKFORCE_DATASETS = [
  'workforce-headcount',
  'recruitment',
  'recruitment-successful',
  'promotion',
  'promotion-successful',
  'grievances',
  'misconduct',
] as const;
export type WorkforceDataset = (typeof WORKFORCE_DATASETS)[number];

/** Where the figures come from: the imported CSV format, each feeding its own datasets. */
export const AGGREGATE_SOURCES = {
  'workforce-snapshot': ['workforce-headcount'],
  'selection-round': ['recruitment', 'recruitment-successful', 'promotion', 'promotion-successful'],
  'grievance-misconduct': ['grievances', 'misconduct'],
} as const satisfies Record<string, readonly WorkforceDataset[]>;
export type AggregateSource = keyof typeof AGGREGATE_SOURCES;
export const ALL_AGGREGATE_SOURCES = Object.keys(AGGREGATE_SOURCES) as AggregateSource[];

/** One aggregate row as partners' `uploadStatistics` takes it (the kit's `AggregateRow`), of a workforce dataset; periods `2024` or `2024-03`. */
export interface StatisticRow extends AggregateRow {
  dataset: WorkforceDataset;
}

/** A count held here but not sent, with the reason. */
export interface UnpublishedCount {
  dataset: WorkforceDataset;
  /** The period as held here: a year, month, day, snapshot date, or null for a round without one. */
  period: string | null;
  characteristic: string;
  category: string;
  count: number;
  reason: string;
}

export interface WorkforceAggregates {
  rows: StatisticRow[];
  notPublished: UnpublishedCount[];
}

/** Runs one read-only statement; `?` placeholders. */
export type QueryFn = <R extends object>(sql: string, params: unknown[]) => Promise<R[]>;

export interface AggregateOptions {
  /** The subgraph's PostgreSQL schema. */
  schema: string;
  organisationKey: string;
  area: string;
  sources: readonly AggregateSource[];
  published: boolean;
}

/**
 * Whether partners takes `category` for `characteristic`: the same rule as its upload check (a
 * category of the characteristic in @edhr/schema, or for RACE one of the five broad groups).
 */
export function partnersAccepts(characteristic: string, category: string): boolean {
  if (!isProtectedCharacteristicCode(characteristic)) return false;
  if (findCategory(characteristic, category)) return true;
  return characteristic === 'RACE' && BROAD_ETHNICITY_CATEGORIES.categories.some((c) => c.code === category);
}

interface Cell {
  dataset: WorkforceDataset;
  period: string;
  characteristic: string;
  category: string;
  count: number;
}

/**
 * Counts one organisation's workforce figures into partners' rows, one statement per source.
 * A count partners cannot take, or that would be counted twice there, is listed in
 * `notPublished` with its reason; nothing is dropped silently.
 */
export async function aggregateWorkforce(query: QueryFn, options: AggregateOptions): Promise<WorkforceAggregates> {
  const table = (name: string) => `"${options.schema}"."${name}"`;
  const notPublished: UnpublishedCount[] = [];
  const cells: Cell[] = [];
  if (options.sources.includes('workforce-snapshot')) {
    const held = await query<{ date: string; characteristic: string; category: string; n: number }>(
      `select date, characteristic, category, sum(headcount)::int as n from ${table('workforce_headcount')}
        where organisation_key = ? and movement = 'snapshot' group by date, characteristic, category`,
      [options.organisationKey],
    );
    cells.push(...headcountCells(held, notPublished));
  }
  if (options.sources.includes('selection-round')) {
    const held = await query<{ kind: string; period: string | null; characteristic: string; category: string; applicants: number; successful: number }>(
      `select kind, period, characteristic, category, sum(applicants)::int as applicants, sum(successful)::int as successful
         from ${table('selection_outcome')} where organisation_key = ? group by kind, period, characteristic, category`,
      [options.organisationKey],
    );
    cells.push(...selectionCells(held, notPublished));
  }
  if (options.sources.includes('grievance-misconduct')) {
    const held = await query<{ kind: string; period: string; characteristic: string; category: string; n: number }>(
      `select kind, period, characteristic, category, sum(cases)::int as n from ${table('case_count')}
        where organisation_key = ? group by kind, period, characteristic, category`,
      [options.organisationKey],
    );
    cells.push(...caseCells(held, notPublished));
  }

  const rows: StatisticRow[] = [];
  for (const cell of cells) {
    if (partnersAccepts(cell.characteristic, cell.category)) {
      rows.push({ ...cell, area: options.area, published: options.published });
    } else {
      notPublished.push({
        ...cell,
        reason:
          `"${cell.category}" was kept as written at import (no rule recognised it) and partners has no ${cell.characteristic} category for it; ` +
          'import it as a category of the shared classification (for RACE, e.g. one of the five broad groups) to publish it',
      });
    }
  }
  const order = (a: { dataset: string; period: string | null; characteristic: string; category: string }) =>
    `${WORKFORCE_DATASETS.indexOf(a.dataset as WorkforceDataset)}|${a.period ?? ''}|${a.characteristic}|${a.category}`;
  const byOrder = (a: Parameters<typeof order>[0], b: Parameters<typeof order>[0]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0);
  rows.sort(byOrder);
  notPublished.sort(byOrder);
  return { rows, notPublished };
}

/**
 * Headcount is a stock, not a flow: partners adds finer periods up into coarser ones, so
 * quarterly headcounts would be summed into a wrong yearly figure. Each year is therefore sent
 * once, at `YYYY` (partners' coarsest period), from the year's latest snapshot for that
 * characteristic; earlier snapshots of the same year are reported as superseded.
 */
function headcountCells(
  held: readonly { date: string; characteristic: string; category: string; n: number }[],
  notPublished: UnpublishedCount[],
): Cell[] {
  const latest = new Map<string, string>();
  for (const r of held) {
    const key = `${r.characteristic}|${r.date.slice(0, 4)}`;
    const seen = latest.get(key);
    if (!seen || r.date > seen) latest.set(key, r.date);
  }
  const cells: Cell[] = [];
  for (const r of held) {
    const year = r.date.slice(0, 4);
    const chosen = latest.get(`${r.characteristic}|${year}`)!;
    const base = { dataset: 'workforce-headcount' as const, characteristic: r.characteristic, category: r.category, count: Number(r.n) };
    if (r.date === chosen) cells.push({ ...base, period: year });
    else {
      notPublished.push({
        ...base,
        period: r.date,
        reason: `superseded by the snapshot of ${chosen}: partners holds one headcount per year, from the year's latest snapshot`,
      });
    }
  }
  return cells;
}

/** Applicants and successful per kind and period; a day is published as its month, rounds of one period added up. */
function selectionCells(
  held: readonly { kind: string; period: string | null; characteristic: string; category: string; applicants: number; successful: number }[],
  notPublished: UnpublishedCount[],
): Cell[] {
  const sums = new Map<string, Cell>();
  for (const r of held) {
    const kind = r.kind as 'recruitment' | 'promotion';
    const figures: [WorkforceDataset, number][] = [
      [kind, Number(r.applicants)],
      [`${kind}-successful`, Number(r.successful)],
    ];
    for (const [dataset, count] of figures) {
      if (r.period === null) {
        notPublished.push({
          dataset,
          period: null,
          characteristic: r.characteristic,
          category: r.category,
          count,
          reason: 'the round has no period, so partners cannot place it in time: import its file again with a period column',
        });
        continue;
      }
      const period = r.period.length === 10 ? r.period.slice(0, 7) : r.period;
      const key = [dataset, period, r.characteristic, r.category].join('|');
      const cell = sums.get(key) ?? { dataset, period, characteristic: r.characteristic, category: r.category, count: 0 };
      cell.count += count;
      sums.set(key, cell);
    }
  }
  return [...sums.values()];
}

/**
 * Cases opened per period. A day is published as its month (days of one month added up). A
 * figure inside a coarser figure held for the same kind and group (a month within a held year, a
 * day within a held month or year) is reported, not sent: partners adds periods up, and the
 * same cases would be counted twice.
 */
function caseCells(
  held: readonly { kind: string; period: string; characteristic: string; category: string; n: number }[],
  notPublished: UnpublishedCount[],
): Cell[] {
  const datasetOf = (kind: string): WorkforceDataset => (kind === 'grievance' ? 'grievances' : 'misconduct');
  const heldPeriods = new Set(held.map((r) => [datasetOf(r.kind), r.characteristic, r.category, r.period].join('|')));
  const sums = new Map<string, Cell>();
  for (const r of held) {
    const dataset = datasetOf(r.kind);
    const group = [dataset, r.characteristic, r.category].join('|');
    const base = { dataset, characteristic: r.characteristic, category: r.category, count: Number(r.n) };
    const covering = [r.period.slice(0, 4), r.period.slice(0, 7)].filter((p) => p.length < r.period.length && heldPeriods.has(`${group}|${p}`));
    if (covering.length > 0) {
      notPublished.push({
        ...base,
        period: r.period,
        reason: `a figure for ${covering[0]} is also held for this group; partners adds periods up, so sending both would count these cases twice`,
      });
      continue;
    }
    const period = r.period.length === 10 ? r.period.slice(0, 7) : r.period;
    const key = `${group}|${period}`;
    const cell = sums.get(key) ?? { ...base, period, count: 0 };
    cell.count += base.count;
    sums.set(key, cell);
  }
  return [...sums.values()];
}
