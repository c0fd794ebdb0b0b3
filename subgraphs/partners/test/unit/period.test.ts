import { describe, expect, it } from 'vitest';
import { canonicalPeriod, firstDay, lastDay, parsePeriod, periodProblem, periodsWithin } from '../../src/periods/period';
import { tilePeriod } from '../../src/periods/period-tiling';

const month = (year: number, m: number) => year * 12 + m - 1;

describe('periods', () => {
  it('reads the six forms, with their first and last days', () => {
    const cases: [string, string, string, string, string][] = [
      ['2024-03', 'MONTH', '2024-03', '2024-03-01', '2024-03-31'],
      ['2024-Q1', 'QUARTER', '2024-Q1', '2024-01-01', '2024-03-31'],
      ['2024-q4', 'QUARTER', '2024-Q4', '2024-10-01', '2024-12-31'],
      ['2024', 'YEAR', '2024', '2024-01-01', '2024-12-31'],
      ['2022/23', 'FINANCIAL_YEAR', '2022/23', '2022-04-01', '2023-03-31'],
      ['1999/00', 'FINANCIAL_YEAR', '1999/00', '1999-04-01', '2000-03-31'],
      ['12m-to-2023-06', 'ROLLING_12_MONTHS', '12m-to-2023-06', '2022-07-01', '2023-06-30'],
      ['2023-01..2023-06', 'MONTH_RANGE', '2023-01..2023-06', '2023-01-01', '2023-06-30'],
      [' 2023-02..2023-03 ', 'MONTH_RANGE', '2023-02..2023-03', '2023-02-01', '2023-03-31'],
    ];
    for (const [text, kind, code, first, last] of cases) {
      const period = parsePeriod(text);
      expect(period, text).not.toBeNull();
      expect({ kind: period!.kind, code: period!.code, first: firstDay(period!), last: lastDay(period!) }, text).toEqual({ kind, code, first, last });
    }
  });

  it('ends a financial year on 31 March and starts the next on 1 April', () => {
    const a = parsePeriod('2022/23')!;
    const b = parsePeriod('2023/24')!;
    expect(lastDay(a)).toBe('2023-03-31');
    expect(firstDay(b)).toBe('2023-04-01');
    expect(a.end).toBe(b.start);
    expect(a.end - a.start).toBe(12);
    // April 2022 is month 3 of 2022; March 2023 is the last month held.
    expect(a.start).toBe(month(2022, 4));
    expect(a.end - 1).toBe(month(2023, 3));
  });

  it('knows leap Februaries', () => {
    expect(lastDay(parsePeriod('2024-02')!)).toBe('2024-02-29');
    expect(lastDay(parsePeriod('2023-02')!)).toBe('2023-02-28');
    expect(lastDay(parsePeriod('2000-02')!)).toBe('2000-02-29');
    expect(lastDay(parsePeriod('1900-02')!)).toBe('1900-02-28');
    expect(lastDay(parsePeriod('2023-12..2024-02')!)).toBe('2024-02-29');
  });

  it('runs a rolling 12 months across a year end', () => {
    const p = parsePeriod('12m-to-2024-02')!;
    expect(p).toMatchObject({ kind: 'ROLLING_12_MONTHS', code: '12m-to-2024-02', granularity: 'YEAR' });
    expect([firstDay(p), lastDay(p)]).toEqual(['2023-03-01', '2024-02-29']);
    expect(p.end - p.start).toBe(12);
  });

  it('gives the same months one code, so one figure is never kept under two names', () => {
    expect(parsePeriod('2022-04..2023-03')!.code).toBe('2022/23');
    expect(parsePeriod('12m-to-2023-03')!.code).toBe('2022/23');
    expect(parsePeriod('12m-to-2023-12')!.code).toBe('2023');
    expect(parsePeriod('2023-01..2023-03')!.code).toBe('2023-Q1');
    expect(parsePeriod('2023-05..2023-05')!.code).toBe('2023-05');
    expect(canonicalPeriod(month(2023, 2), month(2023, 5)).code).toBe('2023-02..2023-04');
  });

  it('says how fine each period is, for agreements', () => {
    expect(parsePeriod('2022/23')!.granularity).toBe('YEAR');
    expect(parsePeriod('12m-to-2023-05')!.granularity).toBe('YEAR');
    expect(parsePeriod('2023-01..2023-06')!.granularity).toBe('QUARTER');
    expect(parsePeriod('2023-02..2023-04')!.granularity).toBe('MONTH');
  });

  it('refuses what is not a period, naming the forms allowed', () => {
    for (const text of ['2022/24', '2022-13', '2022-00', '2023-06..2023-01', '2010-01..2020-12', 'FY2022', '2022-Q5', '12m-to-2023', '']) {
      expect(parsePeriod(text), text).toBeNull();
      expect(periodProblem(text), text).toContain('a financial year (2022/23)');
    }
    expect(periodProblem('2022/23')).toBeNull();
  });

  it('splits a period into calendar periods only where they fit whole', () => {
    expect(periodsWithin(parsePeriod('2022/23')!, 'QUARTER')!.map((p) => p.code)).toEqual(['2022-Q2', '2022-Q3', '2022-Q4', '2023-Q1']);
    expect(periodsWithin(parsePeriod('2022/23')!, 'YEAR')).toBeNull();
    expect(periodsWithin(parsePeriod('12m-to-2024-02')!, 'MONTH')!.map((p) => p.code).slice(9)).toEqual(['2023-12', '2024-01', '2024-02']);
  });
});

describe('answering a period from the periods held', () => {
  const fy = parsePeriod('2022/23')!;
  const months = Array.from({ length: 12 }, (_, i) => ({ start: fy.start + i, end: fy.start + i + 1 }));

  it('uses a figure held for exactly the period as it stands, before its months', () => {
    const tiling = tilePeriod(fy, [...months, { start: fy.start, end: fy.end }]);
    expect(tiling).toMatchObject({ basis: 'STORED_FIGURE', monthsExpected: 12, monthsHeld: 12, missingMonths: [] });
    expect(tiling.used).toEqual([{ start: fy.start, end: fy.end }]);
  });

  it('adds up months otherwise, never a month twice, preferring whole quarters', () => {
    const q = { start: fy.start, end: fy.start + 3 };
    const tiling = tilePeriod(fy, [...months, q]);
    expect(tiling.basis).toBe('SUM_OF_STORED_PERIODS');
    expect(tiling.used).toHaveLength(10);
    expect(tiling.used[0]).toEqual(q);
    expect(tiling.monthsHeld).toBe(12);
  });

  it('says which months are missing', () => {
    const tiling = tilePeriod(fy, months.filter((_, i) => i !== 10 && i !== 11));
    expect(tiling).toMatchObject({ monthsExpected: 12, monthsHeld: 10, missingMonths: ['2023-02', '2023-03'] });
  });

  it('never splits a figure that runs over an edge', () => {
    const calendar2022 = { start: month(2022, 1), end: month(2023, 1) };
    const tiling = tilePeriod(fy, [calendar2022]);
    expect(tiling).toMatchObject({ basis: 'NO_DATA', monthsHeld: 0, used: [] });
    expect(tiling.missingMonths).toHaveLength(12);
  });
});
