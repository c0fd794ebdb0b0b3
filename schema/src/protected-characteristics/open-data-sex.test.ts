import { describe, expect, it } from 'vitest';
import { readCsvFixture } from './fixtures/read-csv.js';
import { mapOpenDataSex } from './open-data-sex.js';

describe('mapOpenDataSex', () => {
  it.each([
    ['Male', 'MALE'],
    ['Female', 'FEMALE'],
    ['Other', 'OTHER'],
    [' female ', 'FEMALE'],
    ['MALE', 'MALE'],
  ])('maps %j to %s', (value, expected) => {
    expect(mapOpenDataSex(value)).toEqual({ mapped: true, outcome: 'value', raw: value, value: expected, rule: 'open-data-sex' });
  });

  it('treats a blank as not recorded', () => {
    expect(mapOpenDataSex('')).toEqual({ mapped: true, outcome: 'not_stated', raw: '', category: 'NOT_RECORDED', rule: 'blank' });
    expect(mapOpenDataSex(undefined)).toMatchObject({ outcome: 'not_stated', category: 'NOT_RECORDED' });
  });

  it.each(['M', 'Unknown', 'Non-binary'])('returns %j unmapped', (value) => {
    expect(mapOpenDataSex(value)).toEqual({ mapped: false, outcome: 'unmapped', raw: value, normalised: value.toLowerCase() });
  });

  it('reads the June 2017 West Midlands file, whose Gender column is blank throughout, as not recorded', () => {
    const records = readCsvFixture('2017-06-west-midlands-stop-and-search.csv');
    expect(new Set(records.map((r) => r['Gender']))).toEqual(new Set(['']));
    expect(records.every((r) => mapOpenDataSex(r['Gender']).outcome === 'not_stated')).toBe(true);
  });
});
