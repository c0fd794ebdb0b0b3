/**
 * Calendar months and quarters as partners stores periods: `2017-06` and `2017-Q2`.
 * Months are counted as year × 12 + month − 1 so that ranges compare as numbers.
 */
export type PublishGranularity = 'MONTH' | 'QUARTER';

const MONTH = /^(\d{4})-(\d{2})$/;

/** Parses `YYYY-MM` into a month number, or null when it is not a real month. */
export function parseMonth(text: string): number | null {
  const match = MONTH.exec(text.trim());
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return Number(match[1]) * 12 + month - 1;
}

export function monthCode(month: number): string {
  const year = Math.floor(month / 12);
  return `${year}-${String(month - year * 12 + 1).padStart(2, '0')}`;
}

/** The first month of the quarter holding `month`. */
export function quarterStart(month: number): number {
  const year = Math.floor(month / 12);
  return year * 12 + Math.floor((month - year * 12) / 3) * 3;
}

export function quarterCode(month: number): string {
  const year = Math.floor(month / 12);
  return `${year}-Q${Math.floor((month - year * 12) / 3) + 1}`;
}

/** The period code of `granularity` holding `month`. */
export function periodCode(month: number, granularity: PublishGranularity): string {
  return granularity === 'MONTH' ? monthCode(month) : quarterCode(month);
}

/** Widens [from, to] to whole quarters, so a quarter's figure is never computed from part of it. */
export function wholeQuarters(range: MonthRange): MonthRange {
  return { from: quarterStart(range.from), to: quarterStart(range.to) + 2 };
}

/** Months from `from` to `to`, both included. */
export interface MonthRange {
  from: number;
  to: number;
}
