import { describe, expect, it } from 'vitest';
import { ukDate } from '@edhr/kit';
import { addYears, dutyIntervalYears, dutyTiming, firstDueDate, isIsoDate } from '../../src/model/duties/duty-period';

describe('duty period rule', () => {
  it('reads the interval from the frequencies the seed documents write', () => {
    // WMP EDHR Strategy, Appendix 1 (the specific duties).
    expect(dutyIntervalYears('at intervals of not greater than one year')).toBe(1);
    expect(dutyIntervalYears('at intervals of not greater than four years')).toBe(4);
    // West Mercia PCC Equality Objectives 2021-2025.
    expect(dutyIntervalYears('at least every 4 years')).toBe(4);
  });

  it('reads the usual unambiguous phrasings, whatever the case, spacing or full stop', () => {
    for (const yearly of ['at least yearly', 'Annually', 'annually.', 'yearly', 'every year', 'at least every year', 'at least once a year', '  At least  yearly ']) {
      expect(dutyIntervalYears(yearly), yearly).toBe(1);
    }
    expect(dutyIntervalYears('at least every four years')).toBe(4);
    expect(dutyIntervalYears('every 2 years')).toBe(2);
    expect(dutyIntervalYears('at intervals of not more than 3 years')).toBe(3);
  });

  it('gives no interval where the frequency is missing or ambiguous', () => {
    for (const unclear of [null, undefined, '', 'regularly', 'biennially', 'from time to time', 'annually or when policy changes', 'every 0 years', 'every eleven years', 'at least every few years']) {
      expect(dutyIntervalYears(unclear), String(unclear)).toBeNull();
    }
  });

  it('adds years to a date, a 29 February landing on 28 February', () => {
    expect(addYears('2012-01-31', 1)).toBe('2013-01-31');
    expect(addYears('2012-04-06', 4)).toBe('2016-04-06');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('is due the interval after the latest publication date, and overdue only after that day', () => {
    const publications = [{ publishedOn: '2023-01-30' }, { publishedOn: '2024-01-31' }, { publishedOn: '2022-01-15' }];
    const yearly = 'at intervals of not greater than one year';
    expect(dutyTiming(yearly, publications, '2025-01-31')).toEqual({
      intervalYears: 1,
      lastPublishedOn: '2024-01-31',
      firstDue: null,
      nextDue: '2025-01-31',
      overdue: false,
    });
    expect(dutyTiming(yearly, publications, '2025-02-01').overdue).toBe(true);
    expect(dutyTiming('at least every 4 years', [{ publishedOn: '2021-06-01' }], '2025-05-31')).toEqual({
      intervalYears: 4,
      lastPublishedOn: '2021-06-01',
      firstDue: null,
      nextDue: '2025-06-01',
      overdue: false,
    });
  });

  it('has no due date without a publication or without an unambiguous frequency', () => {
    expect(dutyTiming('at least yearly', [], '2025-01-01')).toEqual({ intervalYears: 1, lastPublishedOn: null, firstDue: null, nextDue: null, overdue: null });
    expect(dutyTiming(null, [{ publishedOn: '2020-01-01' }], '2025-01-01')).toEqual({
      intervalYears: null,
      lastPublishedOn: '2020-01-01',
      firstDue: null,
      nextDue: null,
      overdue: null,
    });
  });

  it('at the edges: a leap day, the last evening of a quarter, and the clock changes', () => {
    const yearly = 'at intervals of not greater than one year';
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    const leap = [{ publishedOn: '2028-02-29' }];
    expect(dutyTiming(yearly, leap, ukDate(new Date('2029-02-28T23:59:00Z'))).overdue).toBe(false);
    expect(dutyTiming(yearly, leap, ukDate(new Date('2029-03-01T00:00:00Z'))).overdue).toBe(true);
    // Due 30 June: at 23:30 UTC that day it is 1 July in the UK, so overdue.
    const june = [{ publishedOn: '2026-06-30' }];
    expect(dutyTiming(yearly, june, ukDate(new Date('2027-06-30T22:30:00Z'))).overdue).toBe(false);
    expect(dutyTiming(yearly, june, ukDate(new Date('2027-06-30T23:30:00Z'))).overdue).toBe(true);
    // Due 31 March, the last day of the financial year: 23:30 UTC is 00:30 BST on 1 April.
    const march = [{ publishedOn: '2026-03-31' }];
    expect(dutyTiming(yearly, march, ukDate(new Date('2027-03-31T12:00:00Z'))).overdue).toBe(false);
    expect(dutyTiming(yearly, march, ukDate(new Date('2027-03-31T23:30:00Z'))).overdue).toBe(true);
    // The clocks change at 01:00 UTC on the last Sunday of March and of October: 00:30 is still that Sunday.
    expect(ukDate(new Date('2027-03-28T00:30:00Z'))).toBe('2027-03-28');
    expect(ukDate(new Date('2027-10-30T23:30:00Z'))).toBe('2027-10-31');
  });

  it('checks dates and tells the UK date', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1/12/2012')).toBe(false);
    expect(isIsoDate('2024-1-05')).toBe(false);
    // 23:30 UTC on 30 June is already 1 July in British Summer Time; 23:30 UTC in January is not.
    expect(ukDate(new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    expect(ukDate(new Date('2024-01-15T23:30:00Z'))).toBe('2024-01-15');
  });

  it('is due by the first deadline the requirement names until a publication is recorded, and overdue after it', () => {
    const requirement = 'The information must be published:\n(a) not later than 31st January 2012; and\n(b) subsequently at intervals of not greater than one year beginning with the date of last publication.';
    expect(firstDueDate(requirement)).toBe('2012-01-31');
    expect(firstDueDate('(a) not later than 6th April 2012; and')).toBe('2012-04-06');
    expect(firstDueDate('not later than 31st February 2012')).toBeNull();
    expect(firstDueDate('not later than 1st May 2012 or not later than 1st June 2012')).toBeNull();
    expect(firstDueDate('An objective must be specific and measurable.')).toBeNull();
    const yearly = 'at intervals of not greater than one year';
    expect(dutyTiming(yearly, [], '2012-01-31', requirement)).toEqual({
      intervalYears: 1, lastPublishedOn: null, firstDue: '2012-01-31', nextDue: '2012-01-31', overdue: false,
    });
    expect(dutyTiming(yearly, [], '2012-02-01', requirement).overdue).toBe(true);
    expect(dutyTiming(yearly, [{ publishedOn: '2012-01-20' }], '2012-02-01', requirement)).toMatchObject({ nextDue: '2013-01-20', overdue: false });
  });
});
