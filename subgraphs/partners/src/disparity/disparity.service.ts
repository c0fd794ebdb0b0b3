import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DEFAULT_RATE_BASE,
  DEFAULT_SUPPRESSION_THRESHOLD,
  rate,
  relativeRateRatio,
  trend,
} from '@edhr/statistics';
import { inputError } from '../common/input-error';
import { isUsableCategory } from '../common/characteristic-categories';
import { firstDay, lastDay, periodsWithin } from '../periods/period';
import { tilePeriod } from '../periods/period-tiling';
import { TOTAL_CELL, daysOf, disclosureNote, protectFigure, type CellScope, type ProtectedFigure } from '../disclosure/disclosure-control';
import type { PeriodGranularityType } from '../periods/period-granularity.type';
import { PopulationEntity } from '../denominators/population.entity';
import { StatisticEntity } from '../statistics-store/statistic.entity';
import { isPartnerSource } from '../statistics-store/statistic-source';
import { checkArea, type DisparityQuery } from './disparity-query';
import type {
  DisparityPeriodType,
  DisparityRateType,
  DisparityRatioType,
  DisparityResultType,
  DisparityRowType,
  DisparityTrendType,
} from './disparity.type';

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

/** What the public sees, whoever asks on its behalf: published figures only, perturbed and withheld below the threshold. */
export function publicView(disclosureKey: string): DisparityView {
  return { kind: 'suppressed', threshold: PUBLIC_SUPPRESSION_THRESHOLD, publishedOnly: true, agreementReference: null, disclosureKey };
}

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
  await checkArea(em, query.area);
  const asked = query.period;
  // Every figure that touches the period, so those that run over its ends can be named.
  const where: Record<string, unknown> = {
    dataset: query.dataset,
    area: query.area,
    characteristic: query.characteristic,
    periodStart: { $lt: asked.end },
    periodEnd: { $gt: asked.start },
  };
  if (view.kind === 'suppressed' && view.publishedOnly) where.published = true;
  const touching = await em.find(StatisticEntity, where, { orderBy: { periodStart: 'asc' } });

  const notes: string[] = [];
  const source = chooseSource(query, touching, notes);
  const stored = touching.filter((s) => s.source === source);
  const sources = source && stored.length > 0 ? [source] : [];

  // The periods of the answer, each made up from the figures of the one source without counting a month twice.
  const buckets = query.groupBy ? periodsWithin(asked, query.groupBy)! : [asked];
  const bucketByCode = new Map(buckets.map((b) => [b.code, b]));
  const spans = new Map<string, { start: number; end: number; code: string }>();
  for (const row of stored) spans.set(`${row.periodStart}:${row.periodEnd}`, { start: row.periodStart, end: row.periodEnd, code: row.period });
  const counts = new Map<string, Map<string, number>>();
  const periodInfo: DisparityPeriodType[] = [];
  const usedSpans = new Set<string>();
  for (const bucket of buckets) {
    const tiling = tilePeriod(bucket, [...spans.values()]);
    const used = new Set(tiling.used.map((u) => `${u.start}:${u.end}`));
    for (const key of used) usedSpans.add(key);
    let records = 0;
    let usableRecords = 0;
    if (tiling.used.length > 0) {
      const byCategory = new Map<string, number>();
      for (const row of stored) {
        if (!used.has(`${row.periodStart}:${row.periodEnd}`)) continue;
        byCategory.set(row.category, (byCategory.get(row.category) ?? 0) + row.count);
        records += row.count;
        if (isUsableCategory(query.characteristic, row.category)) usableRecords += row.count;
      }
      counts.set(bucket.code, byCategory);
    }
    const hasData = tiling.used.length > 0;
    periodInfo.push({
      period: bucket.code,
      kind: bucket.kind,
      firstDay: firstDay(bucket),
      lastDay: lastDay(bucket),
      monthsExpected: tiling.monthsExpected,
      monthsHeld: tiling.monthsHeld,
      missingMonths: tiling.missingMonths,
      complete: tiling.missingMonths.length === 0,
      basis: tiling.basis,
      figuresUsed: tiling.used.map((u) => u.code),
      records: hasData ? records : null,
      usableRecords: hasData ? usableRecords : null,
      coverage: hasData ? (records > 0 ? usableRecords / records : null) : null,
    });
  }
  // Record counts and coverage reach partners and the public only as protected cells, like every count.
  if (view.kind === 'suppressed') protectRecordCounts(periodInfo, bucketByCode, query, sources.join('+'), view);
  notePeriods(periodInfo, query, notes);
  const straddling = [...spans.entries()].filter(([, span]) => !buckets.some((b) => span.start >= b.start && span.end <= b.end));
  if (straddling.length > 0) {
    notes.push(
      `figures held for ${straddling.map(([, s]) => s.code).join(', ')} run over the edges of ${query.groupBy ? `the ${query.groupBy.toLowerCase()}s of ` : ''}${asked.code} and cannot be split, so they were left out`,
    );
  }
  const superseded = [...spans.entries()].filter(([key, span]) => !usedSpans.has(key) && buckets.some((b) => span.start >= b.start && span.end <= b.end));
  if (superseded.length > 0) {
    notes.push(
      `figures held for ${superseded.map(([, s]) => s.code).join(', ')} lie inside a longer period whose own figure was used (${[...new Set(periodInfo.flatMap((p) => p.figuresUsed))].join(', ')}), so they were not added to it`,
    );
  }
  const withData = periodInfo.filter((p) => p.figuresUsed.length > 0);
  const hasData = withData.length > 0;
  // A withheld period's records are unknown to this viewer, so the whole is unknown too, never a partial sum.
  const sumOf = (pick: (p: DisparityPeriodType) => number | null) =>
    withData.some((p) => pick(p) === null) ? null : withData.reduce((sum, p) => sum + pick(p)!, 0);
  const records = hasData ? sumOf((p) => p.records) : null;
  const usableRecords = hasData ? sumOf((p) => p.usableRecords) : null;
  const coverage = records && usableRecords !== null ? Math.min(1, usableRecords / records) : null;
  if (coverage !== null && coverage < COVERAGE_NOTE_BELOW) {
    notes.push(
      `coverage is ${(coverage * 100).toFixed(1)}%: only ${usableRecords} of ${records} records have a usable ${query.characteristic} category (the rest are not stated, not recorded or unmapped), so every rate is an undercount`,
    );
  }

  const populations = await em.find(PopulationEntity, {
    source: query.denominator.source,
    edition: query.denominator.edition,
    area: query.area,
    characteristic: query.characteristic,
  });
  // Doubles may come back from the driver as text.
  const population = new Map(populations.map((p) => [p.category, Number(p.population)]));
  if (hasData && populations.length === 0) {
    notes.push(`the denominator ${query.denominator.source} (${query.denominator.edition}) has no figures for ${query.characteristic} in ${query.area}`);
  }

  const rows: DisparityRowType[] = [];
  const totals: DisparityResultType['totals'] = [];
  const periods = buckets.map((b) => b.code).filter((code) => counts.has(code));
  if (view.kind === 'suppressed' && stored.length > 0) notes.push(disclosureNote(view.threshold));
  for (const period of periods) {
    const byCategory = counts.get(period)!;
    const categories = [...byCategory.keys()].sort(referenceFirst(query.reference));
    const scope = cellScope(query, bucketByCode.get(period)!, sources.join('+'));
    const figure = (category: string, count: number): ProtectedFigure =>
      view.kind === 'unsuppressed' ? { value: count, suppressed: false, reason: null } : protectFigure(disclosureControl(view), scope, category, count);
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
      const usable = isUsableCategory(query.characteristic, category);
      rows.push({
        period,
        category,
        isReference: category === query.reference,
        usable,
        count: cell.value,
        suppressed: cell.suppressed,
        suppressionReason: cell.reason,
        denominator,
        rate: cell.suppressed ? withheldRate() : usable ? rateFigure(count, denominator) : notUsableRate(query.characteristic),
        ratio: !usable ? notUsableRatio(query.characteristic) : ratioFigure(query.reference, category, count, denominator, cell, referenceCount, population.get(query.reference), referenceCell),
      });
    }
  }

  return {
    dataset: query.dataset,
    characteristic: query.characteristic,
    reference: query.reference,
    area: query.area,
    period: asked.code,
    periodKind: asked.kind,
    firstDay: firstDay(asked),
    lastDay: lastDay(asked),
    monthsExpected: asked.end - asked.start,
    monthsHeld: periodInfo.reduce((sum, p) => sum + p.monthsHeld, 0),
    complete: periodInfo.every((p) => p.complete),
    hasData,
    records,
    usableRecords,
    coverage,
    periods: periodInfo,
    groupBy: (query.groupBy ?? (['MONTH', 'QUARTER', 'YEAR'].includes(asked.kind) ? asked.kind : null)) as PeriodGranularityType | null,
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

/** What a cell of this answer counts, but its category: keyed on the days covered, however the period was asked for. */
function cellScope(query: DisparityQuery, period: { start: number; end: number }, source: string): CellScope {
  return { dataset: query.dataset, area: query.area, characteristic: query.characteristic, ...daysOf(period), source };
}

function disclosureControl(view: Extract<DisparityView, { kind: 'suppressed' }>) {
  return { secret: view.disclosureKey, threshold: view.threshold, view: view.publishedOnly ? ('published' as const) : ('all' as const) };
}

/** The cell of a period's records with a usable category; its records are the period's total cell. */
const USABLE_CELL = '*usable*';

function protectRecordCounts(
  periodInfo: DisparityPeriodType[],
  bucketByCode: ReadonlyMap<string, { start: number; end: number }>,
  query: DisparityQuery,
  source: string,
  view: Extract<DisparityView, { kind: 'suppressed' }>,
): void {
  const control = disclosureControl(view);
  for (const info of periodInfo) {
    if (info.records === null) continue;
    const scope = cellScope(query, bucketByCode.get(info.period)!, source);
    info.records = protectFigure(control, scope, TOTAL_CELL, info.records).value;
    info.usableRecords = protectFigure(control, scope, USABLE_CELL, info.usableRecords ?? 0).value;
    info.coverage = info.records && info.usableRecords !== null ? Math.min(1, info.usableRecords / info.records) : null;
  }
}

/** Below this share of records with a usable category, an answer carries a note. */
export const COVERAGE_NOTE_BELOW = 0.95;

/**
 * Whose figures answer: the source named, or else the force's own (published by its subgraphs, or
 * by its admins) — never a partner's unless named, so a partner's upload for the same dataset and
 * area cannot change or break the force's answer. Several of the force's own publishers for one
 * dataset and area must be told apart by naming one.
 */
function chooseSource(query: DisparityQuery, touching: { source: string }[], notes: string[]): string | null {
  const held = [...new Set(touching.map((s) => s.source))].sort();
  if (query.source) {
    if (!held.includes(query.source) && held.length > 0) notes.push(`no figures from ${query.source}; figures are held from ${held.join(', ')}`);
    return query.source;
  }
  const own = held.filter((s) => !isPartnerSource(s));
  if (own.length > 1) {
    throw inputError('source', `dataset ${query.dataset} has figures from several of the force's publishers (${own.join(', ')}) for this area and period; name one`);
  }
  const others = held.filter(isPartnerSource);
  if (own.length === 0 && others.length > 0) {
    notes.push(`the force holds no figures for this dataset, area and period; other publishers do (${others.join(', ')}): name one with source to see theirs`);
  }
  return own[0] ?? null;
}

/** Notes for periods not wholly covered, or with no data at all: never a silent partial sum or a zero. */
function notePeriods(periods: DisparityPeriodType[], query: DisparityQuery, notes: string[]): void {
  if (periods.every((p) => p.figuresUsed.length === 0)) {
    notes.push(`no data: no figures are held for dataset ${query.dataset}, ${query.characteristic}, area ${query.area} in ${query.period.code} (${firstDay(query.period)} to ${lastDay(query.period)})`);
    return;
  }
  for (const p of periods) {
    if (p.figuresUsed.length === 0) notes.push(`${p.period}: no data`);
    else if (!p.complete) {
      notes.push(
        `${p.period} is only partly covered: ${p.monthsHeld} of ${p.monthsExpected} months held (missing ${p.missingMonths.join(', ')}); its figures are for the months held only`,
      );
    }
    if (p.basis === 'STORED_FIGURE' && p.figuresUsed[0] !== undefined && periods.length === 1) {
      notes.push(`${p.period}: the figure published for ${p.figuresUsed[0]} was used as it stands`);
    } else if (p.basis === 'SUM_OF_STORED_PERIODS' && periods.length === 1) {
      notes.push(`${p.period}: the sum of the figures held for ${p.figuresUsed.join(', ')}`);
    }
  }
}

function notUsableRate(characteristic: string): DisparityRateType {
  return { computable: false, value: null, reason: 'NOT_USABLE_CATEGORY', detail: `records whose ${characteristic} is not stated, not recorded or unmapped have no population` };
}

function notUsableRatio(characteristic: string): DisparityRatioType {
  return {
    computable: false,
    value: null,
    lower: null,
    upper: null,
    standardError: null,
    significant: null,
    reason: 'NOT_USABLE_CATEGORY',
    detail: `records whose ${characteristic} is not stated, not recorded or unmapped have no rate to compare`,
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
