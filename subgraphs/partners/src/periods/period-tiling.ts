import { canonicalPeriod, monthCode } from './period';

/** A period a publisher holds figures for, as months [start, end). */
export interface HeldPeriod {
  start: number;
  end: number;
}

/** How a period is answered from the periods one publisher holds. */
export interface Tiling<T extends HeldPeriod> {
  /** The held periods added up, in order; they never overlap. */
  used: T[];
  monthsExpected: number;
  monthsHeld: number;
  /** Months of the period no used figure covers, as `YYYY-MM`. */
  missingMonths: string[];
  /** STORED_FIGURE (one figure for exactly this period), SUM_OF_STORED_PERIODS or NO_DATA. */
  basis: 'STORED_FIGURE' | 'SUM_OF_STORED_PERIODS' | 'NO_DATA';
}

/**
 * Answers the months [start, end) from held periods without counting any month twice: from the
 * first month on, it takes the longest held period that starts there and ends inside, then goes on
 * from its end; a month where none starts is missing. So a figure held for exactly the period asked
 * (a financial year uploaded as `2022/23`) is used as it is, and otherwise whole quarters or months
 * are added up. A held period that runs over either end cannot be split and is never used.
 */
export function tilePeriod<T extends HeldPeriod>(period: HeldPeriod, held: readonly T[]): Tiling<T> {
  const byStart = new Map<number, T>();
  for (const h of held) {
    if (h.start < period.start || h.end > period.end || h.end <= h.start) continue;
    const longest = byStart.get(h.start);
    if (!longest || h.end > longest.end) byStart.set(h.start, h);
  }
  const used: T[] = [];
  const missingMonths: string[] = [];
  let cursor = period.start;
  while (cursor < period.end) {
    const next = byStart.get(cursor);
    if (next) {
      used.push(next);
      cursor = next.end;
    } else {
      missingMonths.push(monthCode(cursor));
      cursor++;
    }
  }
  const monthsExpected = period.end - period.start;
  const basis =
    used.length === 0
      ? 'NO_DATA'
      : used.length === 1 && used[0]!.start === period.start && used[0]!.end === period.end
        ? 'STORED_FIGURE'
        : 'SUM_OF_STORED_PERIODS';
  return { used, monthsExpected, monthsHeld: monthsExpected - missingMonths.length, missingMonths, basis };
}

/** The code of a held period, in its canonical form. */
export function heldCode(held: HeldPeriod): string {
  return canonicalPeriod(held.start, held.end).code;
}
