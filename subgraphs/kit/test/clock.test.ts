import { describe, expect, it } from 'vitest';
import { fixedClock, systemClock, ukDate } from '../src';

describe('clock', () => {
  it('a fixed clock always answers its instant, as a fresh Date', () => {
    const clock = fixedClock('2028-02-29T08:00:00+01:00');
    const first = clock.now();
    first.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2028-02-29T07:00:00.000Z');
  });

  it('refuses an instant without an offset, which would be read in the machine’s zone', () => {
    expect(() => fixedClock('2027-03-31T12:00:00')).toThrow(/UTC offset/);
    expect(() => fixedClock('not a dateZ')).toThrow(/not an ISO 8601 instant/);
  });

  it('the system clock reads the system time', () => {
    expect(systemClock.now()).toBeInstanceOf(Date);
  });
});

describe('ukDate', () => {
  it.each([
    // Last day of a quarter.
    ['2027-03-31T12:00:00Z', '2027-03-31'],
    // Summer time: 23:30 UTC on 30 June is 00:30 BST on 1 July, the next quarter.
    ['2027-06-30T23:30:00Z', '2027-07-01'],
    ['2027-06-30T22:59:59Z', '2027-06-30'],
    // Financial year boundary: BST began on 28 March, so the new year starts at 23:00 UTC on 31 March.
    ['2027-03-31T22:59:00Z', '2027-03-31'],
    ['2027-03-31T23:00:00Z', '2027-04-01'],
    // Clocks go forward on Sunday 28 March 2027 at 01:00 UTC: 00:30 UTC is 00:30 GMT on the 28th.
    ['2027-03-28T00:30:00Z', '2027-03-28'],
    ['2027-03-27T23:30:00Z', '2027-03-27'],
    // Clocks go back on Sunday 31 October 2027 at 01:00 UTC: 00:30 BST on the 31st is 23:30 UTC on the 30th.
    ['2027-10-30T23:30:00Z', '2027-10-31'],
    ['2027-10-31T00:30:00Z', '2027-10-31'],
    ['2027-10-31T23:30:00Z', '2027-10-31'],
    // A leap day.
    ['2028-02-29T23:59:59Z', '2028-02-29'],
  ])('%s is %s in the UK', (instant, expected) => {
    expect(ukDate(new Date(instant))).toBe(expected);
  });
});
