import { describe, expect, it } from 'vitest';
import { deriveDueDate, deriveDueDates } from './due-date';

describe('deriveDueDate', () => {
  it.each([
    ['1/12/2012', '2012-12-01'], // day/month/year, UK order: 1 December
    ['1/6/2012', '2012-06-01'],
    ['18/01/2012', '2012-01-18'],
    ['Policy Portal - Oct 2012', '2012-10-31'], // a month alone means its last day
    ['April 2013', '2013-04-30'],
    ['Feb 2012', '2012-02-29'], // leap year
  ])('derives %s → %s', (text, date) => {
    expect(deriveDueDate(text)).toBe(date);
  });

  it.each([
    ['Ongoing'],
    ['SCI - April 2013, Custody Development - 2015'], // two deadlines
    ['EDHR Hub of Excellence - Nov 2012 and Ongoing'],
    ['Culture & Values began May 2011 and is Ongoing'], // a start, not a deadline
    ['31/2/2012'], // no such day
    ['2015'], // a year is not a day
    [''],
    [undefined],
  ])('keeps %s as text only', (text) => {
    expect(deriveDueDate(text)).toBeUndefined();
  });
});

describe('deriveDueDates', () => {
  it('reads each labelled deadline of a cell listing several, earliest first', () => {
    expect(deriveDueDates('SCI - April 2013, Custody Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation - Dec 2012'))
      .toEqual(['2012-01-18', '2012-12-31', '2013-04-30', '2015-12-31']);
  });

  it('gives the single date deriveDueDate reads, and none for ongoing work, starts or unreadable parts', () => {
    expect(deriveDueDates('1/12/2012')).toEqual(['2012-12-01']);
    expect(deriveDueDates('Policy Portal - Oct 2012')).toEqual(['2012-10-31']);
    expect(deriveDueDates('Ongoing')).toEqual([]);
    expect(deriveDueDates('Culture & Values began May 2011 and is Ongoing')).toEqual([]);
    expect(deriveDueDates('SCI - April 2013, Custody Development - 2015 or later')).toEqual([]);
    expect(deriveDueDates('2015')).toEqual([]);
    expect(deriveDueDates(undefined)).toEqual([]);
  });
});
