import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_RATE_BASE,
  DEFAULT_SUPPRESSION_THRESHOLD,
  rate,
  relativeRateRatio,
  trend,
} from '@edhr/statistics';
import { inputError } from '../common/input-error';
import { isFiner, periodContaining, type Period, type PeriodGranularity } from '../periods/period';
import { TOTAL_CELL, daysOf, disclosureNote, protectFigure, type CellScope, type ProtectedFigure } from '../disclosure/disclosure-control';
import type { PeriodGranularityType } from '../periods/period-granularity.type';
import { PopulationEntity } from '../denominators/population.entity';
import { StatisticEntity } from '../statistics-store/statistic.entity';
import type { DisparityQuery } from './disparity-query';
import type { DisparityRateType, DisparityRatioType, DisparityResultType, DisparityRowType, DisparityTrendType } from './disparity.type';

/**
 * What the caller may see: every figure exactly (staff), or figures under disclosure control —
 * perturbed with keys from `disclosureKey` and withheld below `threshold` (partners, and the public,
 * who see published figures only).
 */
export type DisparityView =
  | { kind: 'unsuppressed' }
  | { kind: 'suppressed'; threshold: number; publishedOnly: boolean; agreementReference: string | null; disclosureKey: string };

/** The public sees figures suppressed at this threshold. */
export const PUBLIC_SUPPRESSION_THRESHOLD = DEFAULT_SUPPRESSION_THRESHOLD;

/**
 * Rates per 1,000 and relative rate ratios against the reference category, for each period of
 * `groupBy` within the asked period, using the statistics module for every figure. Counts are
 * summed per period and category; the denominator is the population of the category in the area.
 * In a suppressed view every count and every period's total is a cell of its own, perturbed by
 * the cell-key method (keyed on what it counts and the days it covers, so every way of asking for
 * the same cell gives the same value) and withheld when the perturbed value is below the threshold;
 * rates, ratios and intervals are worked out from the published counts, and a figure built on a
 * withheld count is withheld too.
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
  const stored = await em.find(StatisticEntity, where as never, { orderBy: { periodStart: 'asc' } });

  const sources = [...new Set(stored.map((s) => s.source))].sort();
  if (sources.length > 1) {
    throw inputError('source', `dataset ${query.dataset} has figures from several sources (${sources.join(', ')}) for this area and period; name one`);
  }

  const notes: string[] = [];
  const counts = new Map<string, Map<string, number>>();
  const buckets = new Map<string, Period>();
  let coarser = 0;
  for (const row of stored) {
    // A quarter's figure cannot be split into months.
    if (isFiner(query.groupBy, row.periodGranularity as PeriodGranularity)) {
      coarser++;
      continue;
    }
    const bucketPeriod = periodContaining(row.periodStart, query.groupBy);
    const bucket = bucketPeriod.code;
    buckets.set(bucket, bucketPeriod);
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
  const totals: DisparityResultType['totals'] = [];
  const periods = [...counts.keys()].sort();
  if (view.kind === 'suppressed' && stored.length > 0) notes.push(disclosureNote(view.threshold));
  for (const period of periods) {
    const byCategory = counts.get(period)!;
    const categories = [...byCategory.keys()].sort(referenceFirst(query.reference));
    const scope: CellScope = {
      dataset: query.dataset,
      area: query.area,
      characteristic: query.characteristic,
      // Keyed on the days covered, however the period was asked for.
      ...daysOf(buckets.get(period)!),
      source: sources.join('+'),
    };
    const figure = (category: string, count: number): ProtectedFigure =>
      view.kind === 'unsuppressed'
        ? { value: count, suppressed: false, reason: null }
        : protectFigure({ secret: view.disclosureKey, threshold: view.threshold, view: view.publishedOnly ? 'published' : 'all' }, scope, category, count);
    const cells = new Map(categories.map((c) => [c, figure(c, byCategory.get(c)!)]));
    const total = figure(TOTAL_CELL, [...byCategory.values()].reduce((s, n) => s + n, 0));
    totals.push({ period, total: total.value, suppressed: total.suppressed });
    const referenceCell = cells.get(query.reference);
    const referenceCount = referenceCell?.value ?? undefined;
    for (const category of categories) {
      const cell = cells.get(category)!;
      // What the viewer sees is what rates and ratios are worked from.
      const count = cell.value ?? 0;
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
    countsPerturbed: view.kind === 'suppressed',
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
  cell: ProtectedFigure,
  referenceCount: number | undefined,
  referenceDenominator: number | undefined,
  referenceCell: ProtectedFigure | undefined,
): DisparityRatioType {
  const none = { value: null, lower: null, upper: null, standardError: null, significant: null };
  if (category === reference) {
    return { computable: false, ...none, reason: 'REFERENCE_CATEGORY', detail: 'this is the reference category' };
  }
  if (!referenceCell) {
    return { computable: false, ...none, reason: 'NO_REFERENCE_FIGURE', detail: `no figure is held for the reference category ${reference} in this period` };
  }
  if (cell.suppressed || referenceCell.suppressed) {
    const which = cell.suppressed ? 'this count' : 'the reference count';
    return { computable: false, ...none, reason: 'SUPPRESSED', detail: `${which} is withheld as a small number` };
  }
  const result = relativeRateRatio(
    { events: count, population: denominator },
    { events: referenceCount ?? 0, population: referenceDenominator },
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
