/**
 * Reporting periods as the field writes them. Every period is a run of whole calendar months,
 * kept as month numbers (year × 12 + month − 1) so periods compare and add up as numbers:
 *
 *   2024-03            a month
 *   2024-Q1            a calendar quarter (Q1 = January to March)
 *   2024               a calendar year
 *   2022/23            a financial year, 1 April 2022 to 31 March 2023 (the Home Office's year)
 *   12m-to-2023-03     the rolling 12 months ending with a month (April 2022 to March 2023)
 *   2023-01..2023-06   any run of whole months, both ends included
 *
 * The same months always get the same code (`canonicalPeriod`): `2022-04..2023-03` and
 * `12m-to-2023-03` are both the financial year `2022/23`, so one figure is never stored twice
 * under two names.
 */

/** Granularities an agreement or a `groupBy` speaks of; ordered finest first. */
export const PERIOD_GRANULARITIES = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];

export const PERIOD_KINDS = ['MONTH', 'QUARTER', 'YEAR', 'FINANCIAL_YEAR', 'ROLLING_12_MONTHS', 'MONTH_RANGE'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** The forms a period may be written in, for error messages. */
export const PERIOD_FORMS =
  'a month (2024-03), a quarter (2024-Q1), a calendar year (2024), a financial year (2022/23), ' +
  'a rolling 12 months ending a month (12m-to-2023-03) or a range of whole months (2023-01..2023-06)';

/** Longest month range accepted: ten years. */
export const MAX_RANGE_MONTHS = 120;

export interface Period {
  code: string;
  kind: PeriodKind;
  /**
   * The finest granularity the period shows, for agreements: a 12-month period (calendar or
   * financial year, rolling 12 months) is a YEAR, whole calendar quarters a QUARTER, anything
   * else a MONTH.
   */
  granularity: PeriodGranularity;
  /** First month covered. */
  start: number;
  /** First month after the period. */
  end: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;

function monthOf(text: string): number | null {
  const m = MONTH.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return Number(m[1]) * 12 + month - 1;
}

/**
 * Parses any of the six forms (case-insensitive, surrounding spaces ignored); null when the text
 * is none of them, a financial year's halves do not follow on (2022/24), a range ends before it
 * starts or is longer than ten years.
 */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  const month = monthOf(trimmed);
  if (month !== null) return canonicalPeriod(month, month + 1);
  let m = /^(\d{4})-Q([1-4])$/i.exec(trimmed);
  if (m) {
    const start = Number(m[1]) * 12 + (Number(m[2]) - 1) * 3;
    return canonicalPeriod(start, start + 3);
  }
  m = /^(\d{4})$/.exec(trimmed);
  if (m) return canonicalPeriod(Number(m[1]) * 12, Number(m[1]) * 12 + 12);
  m = /^(\d{4})\/(\d{2})$/.exec(trimmed);
  if (m) {
    const year = Number(m[1]);
    if ((year + 1) % 100 !== Number(m[2])) return null;
    return canonicalPeriod(year * 12 + 3, year * 12 + 15);
  }
  m = /^12m-to-(\d{4}-\d{2})$/i.exec(trimmed);
  if (m) {
    const last = monthOf(m[1]!);
    return last === null ? null : canonicalPeriod(last - 11, last + 1);
  }
  m = /^(\d{4}-\d{2})\.\.(\d{4}-\d{2})$/.exec(trimmed);
  if (m) {
    const first = monthOf(m[1]!);
    const last = monthOf(m[2]!);
    if (first === null || last === null || last < first || last - first + 1 > MAX_RANGE_MONTHS) return null;
    return canonicalPeriod(first, last + 1);
  }
  return null;
}

/** Why `text` is not a period, naming the forms allowed; null when it is one. */
export function periodProblem(text: string): string | null {
  if (parsePeriod(text)) return null;
  return `"${text}" is not a period: write ${PERIOD_FORMS}; a financial year's halves follow on (2022/23), a range runs forward and spans at most ${MAX_RANGE_MONTHS} months`;
}

/** The one period of months [start, end), named by its most specific form. */
export function canonicalPeriod(start: number, end: number): Period {
  const length = end - start;
  const month = start % 12;
  const year = Math.floor(start / 12);
  if (length === 1) return { code: monthCode(start), kind: 'MONTH', granularity: 'MONTH', start, end };
  if (length === 3 && month % 3 === 0) return { code: `${year}-Q${month / 3 + 1}`, kind: 'QUARTER', granularity: 'QUARTER', start, end };
  if (length === 12 && month === 0) return { code: String(year), kind: 'YEAR', granularity: 'YEAR', start, end };
  if (length === 12 && month === 3) {
    return { code: `${year}/${String((year + 1) % 100).padStart(2, '0')}`, kind: 'FINANCIAL_YEAR', granularity: 'YEAR', start, end };
  }
  if (length === 12) return { code: `12m-to-${monthCode(end - 1)}`, kind: 'ROLLING_12_MONTHS', granularity: 'YEAR', start, end };
  const quarters = month % 3 === 0 && length % 3 === 0;
  return { code: `${monthCode(start)}..${monthCode(end - 1)}`, kind: 'MONTH_RANGE', granularity: quarters ? 'QUARTER' : 'MONTH', start, end };
}

/** `2024-03` for a month number. */
export function monthCode(month: number): string {
  const year = Math.floor(month / 12);
  return `${year}-${String(month - year * 12 + 1).padStart(2, '0')}`;
}

/** First day of the period, `YYYY-MM-DD`. */
export function firstDay(period: Pick<Period, 'start'>): string {
  return `${monthCode(period.start)}-01`;
}

/** Last day of the period, `YYYY-MM-DD`: the day before the first day of the month after it (leap Februaries included). */
export function lastDay(period: Pick<Period, 'end'>): string {
  const year = Math.floor(period.end / 12);
  return new Date(Date.UTC(year, period.end - year * 12, 0)).toISOString().slice(0, 10);
}

const MONTHS = { MONTH: 1, QUARTER: 3, YEAR: 12 } as const;

/** The calendar period of `granularity` that contains the month `month`. */
export function periodContaining(month: number, granularity: PeriodGranularity): Period {
  const size = MONTHS[granularity];
  const start = Math.floor(month / size) * size;
  return canonicalPeriod(start, start + size);
}

/**
 * The calendar periods of `granularity` that make up `period`, or null when they do not fit it
 * whole (a financial year is four quarters but not whole calendar years).
 */
export function periodsWithin(period: Pick<Period, 'start' | 'end'>, granularity: PeriodGranularity): Period[] | null {
  const size = MONTHS[granularity];
  if (period.start % size !== 0 || period.end % size !== 0) return null;
  const result: Period[] = [];
  for (let start = period.start; start < period.end; start += size) result.push(canonicalPeriod(start, start + size));
  return result;
}

/** True when `a` is finer than `b` (a month is finer than a quarter). */
export function isFiner(a: PeriodGranularity, b: PeriodGranularity): boolean {
  return PERIOD_GRANULARITIES.indexOf(a) < PERIOD_GRANULARITIES.indexOf(b);
}

export function isPeriodGranularity(value: string): value is PeriodGranularity {
  return (PERIOD_GRANULARITIES as readonly string[]).includes(value);
}
