import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_RATE_BASE,
  DEFAULT_SUPPRESSION_THRESHOLD,
  rate,
  relativeRateRatio,
  suppressCategories,
  trend,
  type SuppressedCell,
} from '@edhr/statistics';
import { inputError } from '../common/input-error';
import { isFiner, periodContaining, type PeriodGranularity } from '../periods/period';
import type { PeriodGranularityType } from '../periods/period-granularity.type';
import { PopulationEntity } from '../denominators/population.entity';
import { StatisticEntity } from '../statistics-store/statistic.entity';
import type { DisparityQuery } from './disparity-query';
import type { DisparityRateType, DisparityRatioType, DisparityResultType, DisparityRowType, DisparityTrendType } from './disparity.type';

/** What the caller may see: everything, or small numbers suppressed (and, for the public, only published figures). */
export type DisparityView =
  | { kind: 'unsuppressed' }
  | { kind: 'suppressed'; threshold: number; publishedOnly: boolean; agreementReference: string | null };

/** The public sees figures suppressed at this threshold. */
export const PUBLIC_SUPPRESSION_THRESHOLD = DEFAULT_SUPPRESSION_THRESHOLD;

/**
 * Rates per 1,000 and relative rate ratios against the reference category, for each period of
 * `groupBy` within the asked period, using the statistics module for every figure. Counts are
 * summed per period and category; the denominator is the population of the category in the area.
 * In a suppressed view each period's categories go through primary and secondary suppression,
 * and a figure built on a withheld count (its rate, its ratio, or every ratio when the reference
 * is withheld) is withheld too, so it cannot be worked back.
 */
export async function computeDisparity(em: EntityManager, query: DisparityQuery, view: DisparityView): Promise<DisparityResultType> {
  const where: Record<string, unknown> = {
    dataset: query.dataset,
    area: query.area,
    characteristic: query.characteristic,
    periodStart: { $gte: query.period.start },
    periodEnd: { $lte: query.period.end },
  };
  if (query.source) where.source = query.source;
  if (view.kind === 'suppressed' && view.publishedOnly) where.published = true;
  const stored = await em.find(StatisticEntity, where, { orderBy: { periodStart: 'asc' } });

  const sources = [...new Set(stored.map((s) => s.source))].sort();
  if (sources.length > 1) {
    throw inputError('source', `dataset ${query.dataset} has figures from several sources (${sources.join(', ')}) for this area and period; name one`);
  }

  const notes: string[] = [];
  const counts = new Map<string, Map<string, number>>();
  let coarser = 0;
  for (const row of stored) {
    // A quarter's figure cannot be split into months.
    if (isFiner(query.groupBy, row.periodGranularity as PeriodGranularity)) {
      coarser++;
      continue;
    }
    const bucket = periodContaining(row.periodStart, query.groupBy).code;
    const byCategory = counts.get(bucket) ?? new Map<string, number>();
    byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.count);
    counts.set(bucket, byCategory);
  }
  if (coarser > 0) notes.push(`${coarser} figure(s) given for periods coarser than ${query.groupBy} were left out`);
  if (stored.length === 0) notes.push('no figures are held for this dataset, area, characteristic and period');

  const populations = await em.find(PopulationEntity, {
    source: query.denominator.source,
    edition: query.denominator.edition,
    area: query.area,
    characteristic: query.characteristic,
  });
  // Doubles may come back from the driver as text.
  const population = new Map(populations.map((p) => [p.category, Number(p.population)]));
  if (stored.length > 0 && populations.length === 0) {
    notes.push(`the denominator ${query.denominator.source} (${query.denominator.edition}) has no figures for ${query.characteristic} in ${query.area}`);
  }

  const rows: DisparityRowType[] = [];
  const totals: { period: string; total: number }[] = [];
  const periods = [...counts.keys()].sort();
  for (const period of periods) {
    const byCategory = counts.get(period)!;
    const categories = [...byCategory.keys()].sort(referenceFirst(query.reference));
    const cells = suppressionOf(categories, byCategory, view);
    totals.push({ period, total: [...byCategory.values()].reduce((s, n) => s + n, 0) });
    const referenceCount = byCategory.get(query.reference);
    const referenceCell = cells.get(query.reference);
    for (const category of categories) {
      const count = byCategory.get(category)!;
      const cell = cells.get(category)!;
      const denominator = population.get(category) ?? null;
      rows.push({
        period,
        category,
        isReference: category === query.reference,
        count: cell.value,
        suppressed: cell.suppressed,
        suppressionReason: cell.reason,
        denominator,
        rate: cell.suppressed ? withheldRate() : rateFigure(count, denominator),
        ratio: ratioFigure(query.reference, category, count, denominator, cell, referenceCount, population.get(query.reference), referenceCell),
      });
    }
  }

  return {
    dataset: query.dataset,
    characteristic: query.characteristic,
    reference: query.reference,
    area: query.area,
    period: query.period.code,
    groupBy: query.groupBy as PeriodGranularityType,
    sources,
    denominator: query.denominator,
    suppressionApplied: view.kind === 'suppressed',
    suppressionThreshold: view.kind === 'suppressed' ? view.threshold : null,
    agreementReference: view.kind === 'suppressed' ? view.agreementReference : null,
    ratePer: DEFAULT_RATE_BASE,
    rows,
    totals,
    trends: periods.length > 1 ? trendsOf(rows) : [],
    notes,
  };
}

function referenceFirst(reference: string) {
  return (a: string, b: string) => (a === reference ? -1 : b === reference ? 1 : a.localeCompare(b));
}

function suppressionOf(categories: string[], byCategory: Map<string, number>, view: DisparityView): Map<string, SuppressedCell> {
  if (view.kind === 'unsuppressed') {
    return new Map(categories.map((c) => [c, { value: byCategory.get(c)!, suppressed: false, reason: null }]));
  }
  const result = suppressCategories(
    categories.map((category) => ({ category, count: byCategory.get(category)! })),
    { threshold: view.threshold, totalPublished: true },
  );
  // Counts come from validated whole numbers, so this only fails on a bad threshold; withhold everything then.
  if (!result.computable) {
    return new Map(categories.map((c) => [c, { value: null, suppressed: true, reason: 'below_threshold' as const }]));
  }
  return new Map(result.categories.map(({ category, ...cell }) => [category, cell]));
}

function withheldRate(): DisparityRateType {
  return { computable: false, value: null, reason: 'SUPPRESSED', detail: 'the count is withheld as a small number' };
}

function rateFigure(count: number, denominator: number | null): DisparityRateType {
  // One person may be stopped more than once, so events above the population are genuine.
  const result = rate({ events: count, population: denominator }, { allowEventsAbovePopulation: true });
  return result.computable
    ? { computable: true, value: result.value, reason: null, detail: null }
    : { computable: false, value: null, reason: result.reason, detail: result.detail };
}

function ratioFigure(
  reference: string,
  category: string,
  count: number,
  denominator: number | null,
  cell: SuppressedCell,
  referenceCount: number | undefined,
  referenceDenominator: number | undefined,
  referenceCell: SuppressedCell | undefined,
): DisparityRatioType {
  const none = { value: null, lower: null, upper: null, standardError: null, significant: null };
  if (category === reference) {
    return { computable: false, ...none, reason: 'REFERENCE_CATEGORY', detail: 'this is the reference category' };
  }
  if (referenceCount === undefined || !referenceCell) {
    return { computable: false, ...none, reason: 'NO_REFERENCE_FIGURE', detail: `no figure is held for the reference category ${reference} in this period` };
  }
  if (cell.suppressed || referenceCell.suppressed) {
    const which = cell.suppressed ? 'this count' : 'the reference count';
    return { computable: false, ...none, reason: 'SUPPRESSED', detail: `${which} is withheld as a small number` };
  }
  const result = relativeRateRatio(
    { events: count, population: denominator },
    { events: referenceCount, population: referenceDenominator },
  );
  if (!result.computable) return { computable: false, ...none, reason: result.reason, detail: result.detail };
  return {
    computable: true,
    value: result.value,
    lower: result.lower,
    upper: result.upper,
    standardError: result.standardError,
    significant: result.significant,
    reason: null,
    detail: null,
  };
}

function trendsOf(rows: DisparityRowType[]): DisparityTrendType[] {
  const byCategory = new Map<string, DisparityRowType[]>();
  for (const row of rows) byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  return [...byCategory.entries()].map(([category, list]) => {
    const result = trend(list.map((r) => ({ period: r.period, value: r.rate.value })));
    if (!result.computable) {
      return { category, computable: false, direction: null, points: null, change: null, reason: result.detail };
    }
    return {
      category,
      computable: true,
      direction: result.direction,
      points: result.points,
      change: 'change' in result ? result.change : null,
      reason: null,
    };
  });
}
