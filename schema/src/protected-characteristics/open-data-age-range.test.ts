import { describe, expect, it } from 'vitest';
import { readCsvFixture } from './fixtures/read-csv.js';
import { OPEN_DATA_AGE_RANGES, mapOpenDataAgeRange } from './open-data-age-range.js';

describe('mapOpenDataAgeRange', () => {
  it.each([
    ['under 10', 'UNDER_10', 0, 9],
    ['10-17', 'AGE_10_17', 10, 17],
    ['18-24', 'AGE_18_24', 18, 24],
    ['25-34', 'AGE_25_34', 25, 34],
    ['over 34', 'OVER_34', 35, null],
  ])('maps %j to %s (%i to %s)', (value, code, minAge, maxAge) => {
    const m = mapOpenDataAgeRange(value);
    expect(m).toMatchObject({ mapped: true, outcome: 'value', rule: 'open-data-age-range' });
    expect(m.outcome === 'value' && m.value).toEqual({ code, label: value, minAge, maxAge });
  });

  it('tolerates case, spacing and dash variations', () => {
    for (const value of ['10 - 17', ' 10-17 ', '10–17']) {
      expect(mapOpenDataAgeRange(value)).toMatchObject({ outcome: 'value', value: { code: 'AGE_10_17' } });
    }
    expect(mapOpenDataAgeRange('Over 34')).toMatchObject({ outcome: 'value', value: { code: 'OVER_34' } });
  });

  it('has contiguous bands from 0 upwards', () => {
    OPEN_DATA_AGE_RANGES.forEach((band, i) => {
      const previous = OPEN_DATA_AGE_RANGES[i - 1];
      expect(band.minAge).toBe(previous ? previous.maxAge! + 1 : 0);
    });
    expect(OPEN_DATA_AGE_RANGES.at(-1)!.maxAge).toBeNull();
  });

  it('treats a blank as not recorded and reports anything else', () => {
    expect(mapOpenDataAgeRange('')).toMatchObject({ mapped: true, outcome: 'not_stated', category: 'NOT_RECORDED' });
    expect(mapOpenDataAgeRange('35-44')).toEqual({ mapped: false, outcome: 'unmapped', raw: '35-44', normalised: '35-44' });
    expect(mapOpenDataAgeRange('adult')).toMatchObject({ mapped: false, raw: 'adult' });
  });

  it('maps every age range in the June 2017 West Midlands file', () => {
    const records = readCsvFixture('2017-06-west-midlands-stop-and-search.csv');
    const ages = new Map<string, number>();
    for (const r of records) ages.set(r['Age range']!, (ages.get(r['Age range']!) ?? 0) + 1);
    // 258 + 132 + 178 + 150 + 50 = 768
    expect(Object.fromEntries(ages)).toEqual({ '18-24': 258, 'over 34': 132, '25-34': 178, '10-17': 150, '': 50 });
    expect(records.every((r) => mapOpenDataAgeRange(r['Age range']).mapped)).toBe(true);
  });
});
