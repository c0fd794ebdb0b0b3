/**
 * Reporting periods as plugins and users write them, and how they relate to a KPI's frequency.
 *   YYYY     a calendar year            YYYY-Qn  a calendar quarter (Q1 = January to March)
 *   YYYY-MM  a month                    YYYY/YY  a financial year, 1 April to 31 March
 */
export type PeriodKind = 'year' | 'financial-year' | 'quarter' | 'month';
export type Frequency = 'monthly' | 'quarterly' | 'annually' | 'biennially';

export interface Period {
  kind: PeriodKind;
  /** First day, UTC midnight. */
  start: Date;
  /** The first day after the period, UTC midnight: the period is [start, end). */
  end: Date;
}

const PATTERN = /^(?:(\d{4})|(\d{4})-Q([1-4])|(\d{4})-(0[1-9]|1[0-2])|(\d{4})\/(\d{2}))$/;

export const PERIOD_FORMATS = 'YYYY, YYYY-Qn, YYYY-MM or YYYY/YY';

/** Parses a period; null when it is not one of the four forms (or a financial year whose halves do not follow on). */
export function parsePeriod(text: string): Period | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const utc = (year: number, month: number) => new Date(Date.UTC(year, month, 1));
  if (m[1]) return { kind: 'year', start: utc(+m[1], 0), end: utc(+m[1] + 1, 0) };
  if (m[2]) {
    const first = (+m[3]! - 1) * 3;
    return { kind: 'quarter', start: utc(+m[2], first), end: utc(+m[2], first + 3) };
  }
  if (m[4]) return { kind: 'month', start: utc(+m[4], +m[5]! - 1), end: utc(+m[4], +m[5]!) };
  const year = +m[6]!;
  if ((year + 1) % 100 !== +m[7]!) return null;
  return { kind: 'financial-year', start: utc(year, 3), end: utc(year + 1, 3) };
}

/** The period forms a KPI of each frequency is reported in. */
export const KINDS_BY_FREQUENCY: Record<Frequency, readonly PeriodKind[]> = {
  monthly: ['month'],
  quarterly: ['quarter'],
  annually: ['year', 'financial-year'],
  biennially: ['year', 'financial-year'],
};

const FORM_BY_FREQUENCY: Record<Frequency, string> = {
  monthly: 'YYYY-MM',
  quarterly: 'YYYY-Qn',
  annually: 'YYYY or YYYY/YY',
  biennially: 'YYYY or YYYY/YY',
};

/** Why `text` is not a period for a KPI of `frequency`, or null when it is one. */
export function periodProblem(text: string, frequency: string): string | null {
  const period = parsePeriod(text);
  if (!period) return `"${text}" is not a period: write it as ${PERIOD_FORMATS} (a financial year's halves must follow on, e.g. 2024/25)`;
  const kinds = KINDS_BY_FREQUENCY[frequency as Frequency];
  if (kinds && !kinds.includes(period.kind)) {
    return `"${text}" is a ${period.kind.replace('-', ' ')}, but this KPI is reported ${frequency}: write the period as ${FORM_BY_FREQUENCY[frequency as Frequency]}`;
  }
  return null;
}

/** Months between one value and the next one due, by frequency. */
export const MONTHS_PER_INTERVAL: Record<Frequency, number> = { monthly: 1, quarterly: 3, annually: 12, biennially: 24 };

/** Adds whole months to a UTC date. */
export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

/** Orders periods by when they end, then by text, so mixed forms (2018, 2018/19) sort in time. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  const ea = pa?.end.getTime() ?? Number.NEGATIVE_INFINITY;
  const eb = pb?.end.getTime() ?? Number.NEGATIVE_INFINITY;
  return ea !== eb ? ea - eb : a < b ? -1 : a > b ? 1 : 0;
}
