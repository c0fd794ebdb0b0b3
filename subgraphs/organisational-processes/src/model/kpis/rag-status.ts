import { DEFAULT_TREND_TOLERANCE, trend } from '@edhr/statistics';
import { ukDate } from '@edhr/kit';
import { addMonths, comparePeriods, MONTHS_PER_INTERVAL, parsePeriod, type Frequency } from './measurement-period';

/**
 * How a KPI stands, computed from its definition and its measurements only (no I/O, the clock
 * passed in), so dashboards, reports and tests all agree.
 *
 * The rule, in order:
 *   NO_DATA    no measurement has been recorded.
 *   STALE      the latest value is overdue: the UK date at `now` is on or after the end of the
 *              latest period plus one reporting interval (the next period) plus the reporting lag
 *              below. A stale KPI shows STALE instead of an old green, amber or red. Periods are
 *              UK calendar periods, so 00:30 BST on 1 July (23:30 UTC on 30 June) is 1 July.
 *   NO_TARGET  the KPI has no target, so there is nothing to compare with.
 *   GREEN      the latest value is on or beyond the target in the better direction
 *              (direction `up`: value ≥ target; `down`: value ≤ target).
 *   AMBER      short of the target by no more than amberTolerance × |target|
 *              (e.g. target 50, tolerance 0.1, direction up: 45 ≤ value < 50).
 *   RED        further short of the target than that.
 * The latest value is the one for the latest period (by when the period ends), not the one
 * recorded last.
 */
export type RagStatus = 'GREEN' | 'AMBER' | 'RED' | 'STALE' | 'NO_TARGET' | 'NO_DATA';

/** Months allowed after the next period ends for its value to be compiled and recorded. */
export const REPORTING_LAG_MONTHS: Record<Frequency, number> = { monthly: 1, quarterly: 2, annually: 6, biennially: 6 };

/** How many of the latest measurements the trend is fitted to. */
export const TREND_POINTS = 5;

export interface KpiFigures {
  /** `up` or `down`: which way is better. */
  direction: string;
  targetValue: number | null;
  amberTolerance: number;
  frequency: string;
  measurements: readonly { period: string; value: number }[];
}

export type TrendDirection = 'UP' | 'DOWN' | 'FLAT' | 'INSUFFICIENT_DATA';

export interface KpiTrend {
  direction: TrendDirection;
  /** Latest value minus the first of the points the trend is fitted to; null without two points. */
  change: number | null;
  /** Latest value minus the one before it; null without two values. */
  latestChange: number | null;
  /**
   * Whether the latest move (latestChange) is the better way; null with fewer than two values or a
   * latest move within the trend's flat tolerance (5% of the mean of the fitted values).
   */
  improving: boolean | null;
}

export interface KpiAssessment {
  rag: RagStatus;
  stale: boolean;
  trend: KpiTrend;
  latest: { period: string; value: number } | null;
}

// Absorbs floating-point noise, so 0.1 + 0.2 against a target of 0.3 counts as on target.
const EPSILON = 1e-9;

/** The measurements in period order (earliest first). */
export function inPeriodOrder<M extends { period: string }>(measurements: readonly M[]): M[] {
  return [...measurements].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The date from which a KPI whose latest period is `period` is stale; null for an unreadable period. */
export function staleFrom(period: string, frequency: string): Date | null {
  const parsed = parsePeriod(period);
  const interval = MONTHS_PER_INTERVAL[frequency as Frequency];
  const lag = REPORTING_LAG_MONTHS[frequency as Frequency];
  if (!parsed || interval === undefined || lag === undefined) return null;
  return addMonths(parsed.end, interval + lag);
}

export function isStale(latestPeriod: string, frequency: string, now: Date): boolean {
  const from = staleFrom(latestPeriod, frequency);
  // staleFrom is a calendar date (UTC midnight stands for the day); compare it with the UK day.
  return from !== null && ukDate(now) >= from.toISOString().slice(0, 10);
}

/** Green, amber or red for one value against a target; see the rule above. */
export function ragAgainstTarget(value: number, target: number, direction: string, amberTolerance: number): 'GREEN' | 'AMBER' | 'RED' {
  const shortfall = direction === 'down' ? value - target : target - value;
  if (shortfall <= EPSILON) return 'GREEN';
  return shortfall <= amberTolerance * Math.abs(target) + EPSILON ? 'AMBER' : 'RED';
}

/**
 * The direction of the latest TREND_POINTS values, fitted by `trend` from @edhr/statistics, and
 * whether the latest move is the KPI's better way. `improving` judges the latest move, not the
 * fitted line: a series rising for four periods and falling in the fifth is still UP, but a KPI
 * whose better direction is up is not improving.
 */
export function kpiTrend(ordered: readonly { period: string; value: number }[], betterDirection: string): KpiTrend {
  const points = ordered.slice(-TREND_POINTS);
  const fitted = trend(points.map((m) => ({ period: m.period, value: m.value })));
  if (!fitted.computable || fitted.direction === 'insufficient_data') {
    return { direction: 'INSUFFICIENT_DATA', change: null, latestChange: null, improving: null };
  }
  const direction = fitted.direction === 'up' ? 'UP' : fitted.direction === 'down' ? 'DOWN' : 'FLAT';
  const latestChange = points.at(-1)!.value - points.at(-2)!.value;
  const flat = Math.abs(latestChange) <= DEFAULT_TREND_TOLERANCE * Math.abs(fitted.mean) + EPSILON;
  return {
    direction,
    change: fitted.change,
    latestChange,
    improving: flat ? null : (latestChange > 0) === (betterDirection === 'up'),
  };
}

/** RAG, staleness, trend and latest value of a KPI at `now`. */
export function assessKpi(kpi: KpiFigures, now: Date): KpiAssessment {
  const ordered = inPeriodOrder(kpi.measurements);
  const latest = ordered.at(-1) ?? null;
  const trendOf = kpiTrend(ordered, kpi.direction);
  if (!latest) return { rag: 'NO_DATA', stale: false, trend: trendOf, latest: null };
  const stale = isStale(latest.period, kpi.frequency, now);
  let rag: RagStatus;
  if (stale) rag = 'STALE';
  else if (kpi.targetValue === null) rag = 'NO_TARGET';
  else rag = ragAgainstTarget(latest.value, kpi.targetValue, kpi.direction, kpi.amberTolerance);
  return { rag, stale, trend: trendOf, latest: { period: latest.period, value: latest.value } };
}
