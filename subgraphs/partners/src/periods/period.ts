/** How fine a period is; ordered finest first. */
export const PERIOD_GRANULARITIES = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type PeriodGranularity = (typeof PERIOD_GRANULARITIES)[number];

/** A calendar month, quarter or year, with its months as numbers (year × 12 + month − 1). */
export interface Period {
  code: string;
  granularity: PeriodGranularity;
  /** First month covered. */
  start: number;
  /** First month after the period. */
  end: number;
}

const MONTHS = { MONTH: 1, QUARTER: 3, YEAR: 12 } as const;

/** Parses `2024-03`, `2024-Q1` or `2024`; null when the text is none of these. */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  let match = /^(\d{4})-(\d{2})$/.exec(trimmed);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return null;
    return make('MONTH', Number(match[1]) * 12 + month - 1);
  }
  match = /^(\d{4})-Q([1-4])$/i.exec(trimmed);
  if (match) return make('QUARTER', Number(match[1]) * 12 + (Number(match[2]) - 1) * 3);
  match = /^(\d{4})$/.exec(trimmed);
  if (match) return make('YEAR', Number(match[1]) * 12);
  return null;
}

/** The period of `granularity` that contains the month `month`. */
export function periodContaining(month: number, granularity: PeriodGranularity): Period {
  const size = MONTHS[granularity];
  const year = Math.floor(month / 12);
  const start = year * 12 + Math.floor((month - year * 12) / size) * size;
  return make(granularity, start);
}

/** True when `a` is finer than `b` (a month is finer than a quarter). */
export function isFiner(a: PeriodGranularity, b: PeriodGranularity): boolean {
  return PERIOD_GRANULARITIES.indexOf(a) < PERIOD_GRANULARITIES.indexOf(b);
}

export function isPeriodGranularity(value: string): value is PeriodGranularity {
  return (PERIOD_GRANULARITIES as readonly string[]).includes(value);
}

function make(granularity: PeriodGranularity, start: number): Period {
  const year = Math.floor(start / 12);
  const month = start - year * 12;
  const code =
    granularity === 'MONTH'
      ? `${year}-${String(month + 1).padStart(2, '0')}`
      : granularity === 'QUARTER'
        ? `${year}-Q${month / 3 + 1}`
        : String(year);
  return { code, granularity, start, end: start + MONTHS[granularity] };
}
