import { NotComputableReason, computed, notComputable, type Result } from './result.js';

/** One value in a series; null marks a period whose value could not be computed. */
export interface TrendPoint {
  period: string | number;
  value: number | null;
}

export interface TrendOptions {
  /**
   * The fitted change across the series, as a fraction of the series mean, within which the
   * direction is reported as flat. Default 0.05 (5%).
   */
  tolerance?: number;
  /** Fewer points with a value than this gives `insufficient_data`; default 2, never below 2. */
  minimumPoints?: number;
}

export type TrendDirection = 'up' | 'down' | 'flat' | 'insufficient_data';

export type Trend =
  | {
      direction: 'insufficient_data';
      /** Points with a value. */
      points: number;
      /** Points whose value was null. */
      skipped: number;
    }
  | {
      direction: 'up' | 'down' | 'flat';
      points: number;
      skipped: number;
      first: { period: string | number; value: number };
      last: { period: string | number; value: number };
      /** last − first. */
      change: number;
      /** (last − first) ÷ |first|; null when the first value is 0. */
      relativeChange: number | null;
      /** Least-squares slope per period step. */
      slope: number;
      /** slope × the number of period steps from first to last: the change the fitted line shows. */
      fittedChange: number;
      /** Mean of the values, the scale the tolerance is applied to. */
      mean: number;
    };

export const DEFAULT_TREND_TOLERANCE = 0.05;

/**
 * The direction of a series of values over ordered periods.
 *
 * Points are taken as evenly spaced in the order given; x is the position in the list, so a
 * null value leaves a gap rather than closing it up. The least-squares line through the points
 * with values gives the slope; the direction is `flat` when |slope × span| ≤ tolerance × |mean|,
 * otherwise `up` or `down` by the slope's sign. Using the fitted line rather than the two end
 * points keeps one unusual first or last period from deciding the direction; the end-point
 * change is reported alongside it. When the mean is 0, only a zero fitted change is flat.
 */
export function trend(points: readonly TrendPoint[], options: TrendOptions = {}): Result<Trend> {
  const tolerance = options.tolerance ?? DEFAULT_TREND_TOLERANCE;
  const minimumPoints = options.minimumPoints ?? 2;
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    return notComputable(NotComputableReason.INVALID_OPTION, `tolerance must be 0 or more (got ${tolerance})`);
  }
  if (!Number.isInteger(minimumPoints) || minimumPoints < 2) {
    return notComputable(
      NotComputableReason.INVALID_OPTION,
      `minimumPoints must be a whole number of at least 2 (got ${minimumPoints})`,
    );
  }
  const present: Array<{ x: number; period: string | number; value: number }> = [];
  for (const [x, p] of points.entries()) {
    if (p.value === null) continue;
    if (!Number.isFinite(p.value)) {
      return notComputable(
        NotComputableReason.NON_FINITE_INPUT,
        `value for period ${String(p.period)} is ${String(p.value)}, not a finite number`,
      );
    }
    present.push({ x, period: p.period, value: p.value });
  }
  const skipped = points.length - present.length;
  if (present.length < minimumPoints) {
    return computed({ direction: 'insufficient_data' as const, points: present.length, skipped });
  }

  const n = present.length;
  const meanX = present.reduce((s, p) => s + p.x, 0) / n;
  const mean = present.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of present) {
    sxy += (p.x - meanX) * (p.value - mean);
    sxx += (p.x - meanX) ** 2;
  }
  const slope = sxy / sxx;
  const first = present[0]!;
  const last = present[n - 1]!;
  const fittedChange = slope * (last.x - first.x);
  const scale = Math.max(...present.map((p) => Math.abs(p.value)));
  // Absorbs rounding in the sums so a constant series is flat even with tolerance 0.
  const roundingSlack = scale * n * 16 * Number.EPSILON;
  const direction =
    Math.abs(fittedChange) <= tolerance * Math.abs(mean) + roundingSlack ? 'flat' : fittedChange > 0 ? 'up' : 'down';
  const change = last.value - first.value;
  return computed({
    direction,
    points: n,
    skipped,
    first: { period: first.period, value: first.value },
    last: { period: last.period, value: last.value },
    change,
    relativeChange: first.value === 0 ? null : change / Math.abs(first.value),
    slope,
    fittedChange,
    mean,
  });
}
