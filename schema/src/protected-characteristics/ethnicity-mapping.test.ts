import { describe, expect, it } from 'vitest';
import { DETAILED_ETHNIC_GROUPS, type DetailedEthnicGroupCode } from './census2021-ethnic-groups.js';
import { mapOfficerDefinedEthnicity, mapSelfDefinedEthnicity, type EthnicityMapping } from './ethnicity-mapping.js';
import { readCsvFixture } from './fixtures/read-csv.js';
import { PACE_SELF_DEFINED_CODES } from './pace-self-defined-codes.js';

const detailed = (m: EthnicityMapping) => (m.outcome === 'value' ? m.value.detailed : m.outcome);
const broad = (m: EthnicityMapping) => (m.outcome === 'value' ? m.value.broad : m.outcome);

/**
 * Every distinct "Self-defined ethnicity" in the June 2017 West Midlands file, with its number of
 * records and the Census 2021 group it must map to (found by listing the column's distinct values).
 */
const SELF_DEFINED_2017: ReadonlyArray<[string, number, DetailedEthnicGroupCode | 'NOT_STATED' | 'NOT_RECORDED']> = [
  ['Black/ African/Caribbean/Black British - Any other Black/African/Caribbean background', 20, 'BLACK_OTHER'],
  ['White - English/Welsh/Scottish/Northern Irish/British', 325, 'WHITE_BRITISH'],
  ['Asian/Asian British - Any other Asian background', 27, 'ASIAN_OTHER'],
  ['Black/ African/Caribbean/Black British - Caribbean', 97, 'BLACK_CARIBBEAN'],
  ['', 33, 'NOT_RECORDED'],
  ['Black/ African/Caribbean/Black British - African', 32, 'BLACK_AFRICAN'],
  ['White - Any other White background', 31, 'WHITE_OTHER'],
  ['Asian/Asian British - Bangladeshi', 6, 'ASIAN_BANGLADESHI'],
  ['Asian/Asian British - Pakistani', 96, 'ASIAN_PAKISTANI'],
  ['Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background', 7, 'MIXED_OTHER'],
  ['Asian/Asian British - Indian', 37, 'ASIAN_INDIAN'],
  ['Other ethnic group - Not stated', 13, 'NOT_STATED'],
  ['Mixed/Multiple ethnic groups - White and Black Caribbean', 24, 'MIXED_WHITE_AND_BLACK_CARIBBEAN'],
  ['White - Irish', 3, 'WHITE_IRISH'],
  ['Mixed/Multiple ethnic groups - White and Black African', 13, 'MIXED_WHITE_AND_BLACK_AFRICAN'],
  ['Mixed/Multiple ethnic groups - White and Asian', 4, 'MIXED_WHITE_AND_ASIAN'],
];

/** Every distinct "Officer-defined ethnicity" in the same file. */
const OFFICER_DEFINED_2017: ReadonlyArray<[string, number, string]> = [
  ['', 716, 'NOT_RECORDED'],
  ['Asian', 39, 'ASIAN'],
  ['Other', 13, 'OTHER'],
];

function outcomeOf(m: EthnicityMapping): string {
  if (m.outcome === 'not_stated') return m.category;
  if (m.outcome === 'unmapped') return 'UNMAPPED';
  return m.value.detailed ?? m.value.broad;
}

describe('the June 2017 West Midlands stop-and-search file', () => {
  const records = readCsvFixture('2017-06-west-midlands-stop-and-search.csv');
  const distinct = (column: string) => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(r[column]!, (counts.get(r[column]!) ?? 0) + 1);
    return counts;
  };

  it('has the records and distinct ethnicity values listed here', () => {
    expect(records).toHaveLength(768);
    const self = distinct('Self-defined ethnicity');
    expect(self.size).toBe(16);
    expect(Object.fromEntries(self)).toEqual(Object.fromEntries(SELF_DEFINED_2017.map(([v, n]) => [v, n])));
    const officer = distinct('Officer-defined ethnicity');
    expect(officer.size).toBe(3);
    expect(Object.fromEntries(officer)).toEqual(Object.fromEntries(OFFICER_DEFINED_2017.map(([v, n]) => [v, n])));
  });

  it.each(SELF_DEFINED_2017)('maps self-defined %j (%i records) to %s', (value, _count, expected) => {
    const m = mapSelfDefinedEthnicity(value);
    expect(m.mapped).toBe(true);
    expect(outcomeOf(m)).toBe(expected);
    expect(m.raw).toBe(value);
  });

  it.each(OFFICER_DEFINED_2017)('maps officer-defined %j (%i records) to %s', (value, _count, expected) => {
    expect(outcomeOf(mapOfficerDefinedEthnicity(value))).toBe(expected);
  });

  it('maps every record, leaving none unmapped', () => {
    const unmapped = records.flatMap((r) =>
      [mapSelfDefinedEthnicity(r['Self-defined ethnicity']), mapOfficerDefinedEthnicity(r['Officer-defined ethnicity'])].filter(
        (m) => !m.mapped,
      ),
    );
    expect(unmapped).toEqual([]);
    // 768 records − 33 blank − 13 not stated = 722 with a detailed self-defined group
    const classified = records
      .map((r) => mapSelfDefinedEthnicity(r['Self-defined ethnicity']))
      .filter((m) => m.outcome === 'value' && m.value.detailed !== null);
    expect(classified).toHaveLength(722);
  });
});

describe('mapSelfDefinedEthnicity: later and other wordings', () => {
  it.each<[string, DetailedEthnicGroupCode]>([
    ['Black/African/Caribbean/Black British - Caribbean', 'BLACK_CARIBBEAN'],
    ['Black/African/Caribbean/Black British - Any other Black/African/Caribbean background', 'BLACK_OTHER'],
    ['Mixed/Multiple ethnic groups - White and Black Caribbean', 'MIXED_WHITE_AND_BLACK_CARIBBEAN'],
    ['White - Any other White background', 'WHITE_OTHER'],
    ['White - Gypsy or Irish Traveller', 'WHITE_GYPSY_OR_IRISH_TRAVELLER'],
    ['White - Roma', 'WHITE_ROMA'],
    ['Asian/Asian British - Chinese', 'ASIAN_CHINESE'],
    ['Other ethnic group - Arab', 'OTHER_ARAB'],
    ['Other ethnic group - Any other ethnic group', 'OTHER_ANY_OTHER'],
    ['White - English, Welsh, Scottish, Northern Irish or British', 'WHITE_BRITISH'],
    ['Mixed or Multiple ethnic groups - White and Black African', 'MIXED_WHITE_AND_BLACK_AFRICAN'],
    ['Mixed or Multiple ethnic groups - Any other Mixed or Multiple ethnic background', 'MIXED_OTHER'],
    ['Asian or Asian British - Pakistani', 'ASIAN_PAKISTANI'],
    ['Asian or Asian British - Any other Asian background', 'ASIAN_OTHER'],
    ['Black, Black British, Caribbean or African - African', 'BLACK_AFRICAN'],
    ['Black, Black British, Caribbean or African - Any other Black, Black British, or Caribbean background', 'BLACK_OTHER'],
    ['Black, Black British, Caribbean or African - Any other Black, Black British or Caribbean background', 'BLACK_OTHER'],
    ['Chinese or other ethnic group - Chinese', 'ASIAN_CHINESE'],
  ])('maps %j to %s', (value, expected) => {
    expect(outcomeOf(mapSelfDefinedEthnicity(value))).toBe(expected);
  });

  it('maps every exact ONS Census 2021 label to its own group', () => {
    for (const g of DETAILED_ETHNIC_GROUPS) {
      const m = mapSelfDefinedEthnicity(g.onsLabel);
      expect({ label: g.onsLabel, outcome: outcomeOf(m) }).toEqual({ label: g.onsLabel, outcome: g.code });
      expect(broad(m)).toBe(g.broad);
    }
  });

  it('evens out spacing, slashes, dashes and case before matching', () => {
    for (const value of [
      '  black / african / caribbean / black british   -   caribbean ',
      'BLACK/AFRICAN/CARIBBEAN/BLACK BRITISH - CARIBBEAN',
      'Black/African/Caribbean/Black British – Caribbean',
      'Black/African/Caribbean/Black British-Caribbean',
      'Black/African/Caribbean/Black\u00a0British - Caribbean',
    ]) {
      expect(outcomeOf(mapSelfDefinedEthnicity(value))).toBe('BLACK_CARIBBEAN');
    }
  });

  it('names the rule that matched', () => {
    expect(mapSelfDefinedEthnicity('White - Irish')).toMatchObject({ rule: 'heading-entry' });
    expect(mapSelfDefinedEthnicity('W2')).toMatchObject({ rule: 'pace-code' });
    expect(mapSelfDefinedEthnicity('')).toMatchObject({ rule: 'blank' });
    expect(mapSelfDefinedEthnicity('White')).toEqual({
      mapped: true,
      outcome: 'value',
      raw: 'White',
      value: { broad: 'WHITE', detailed: null },
      rule: 'heading-only',
    });
  });

  it('keeps blank, not stated and prefer not to say apart from unmapped values', () => {
    expect(mapSelfDefinedEthnicity(null)).toEqual({
      mapped: true,
      outcome: 'not_stated',
      raw: '',
      category: 'NOT_RECORDED',
      rule: 'blank',
    });
    expect(outcomeOf(mapSelfDefinedEthnicity(undefined))).toBe('NOT_RECORDED');
    expect(outcomeOf(mapSelfDefinedEthnicity('   '))).toBe('NOT_RECORDED');
    expect(outcomeOf(mapSelfDefinedEthnicity('Not stated'))).toBe('NOT_STATED');
    expect(outcomeOf(mapSelfDefinedEthnicity('NS'))).toBe('NOT_STATED');
    expect(outcomeOf(mapSelfDefinedEthnicity('Prefer not to say'))).toBe('PREFER_NOT_TO_SAY');
  });
});

describe('mapSelfDefinedEthnicity: PACE self-defined codes', () => {
  it.each<[string, DetailedEthnicGroupCode, string]>([
    ['A1', 'ASIAN_INDIAN', 'ASIAN'],
    ['A2', 'ASIAN_PAKISTANI', 'ASIAN'],
    ['A3', 'ASIAN_BANGLADESHI', 'ASIAN'],
    ['A4', 'ASIAN_CHINESE', 'ASIAN'],
    ['A9', 'ASIAN_OTHER', 'ASIAN'],
    ['B1', 'BLACK_CARIBBEAN', 'BLACK'],
    ['B2', 'BLACK_AFRICAN', 'BLACK'],
    ['B9', 'BLACK_OTHER', 'BLACK'],
    ['M1', 'MIXED_WHITE_AND_BLACK_CARIBBEAN', 'MIXED'],
    ['M2', 'MIXED_WHITE_AND_BLACK_AFRICAN', 'MIXED'],
    ['M3', 'MIXED_WHITE_AND_ASIAN', 'MIXED'],
    ['M9', 'MIXED_OTHER', 'MIXED'],
    ['W1', 'WHITE_BRITISH', 'WHITE'],
    ['W2', 'WHITE_IRISH', 'WHITE'],
    ['W3', 'WHITE_GYPSY_OR_IRISH_TRAVELLER', 'WHITE'],
    ['W4', 'WHITE_ROMA', 'WHITE'],
    ['W9', 'WHITE_OTHER', 'WHITE'],
    ['O1', 'OTHER_ARAB', 'OTHER'],
    ['O9', 'OTHER_ANY_OTHER', 'OTHER'],
  ])('maps %s to %s (%s) in the 18+1 codes of the lookup', (code, group, broadGroup) => {
    const m = mapSelfDefinedEthnicity(code, { codes: '18+1' });
    expect(m).toMatchObject({ mapped: true, outcome: 'value', rule: 'pace-code' });
    expect(detailed(m)).toBe(group);
    expect(broad(m)).toBe(broadGroup);
    expect(detailed(mapSelfDefinedEthnicity(` ${code.toLowerCase()} `, { codes: '18+1' }))).toBe(group);
  });

  it('covers every code in the lookup', () => {
    expect(PACE_SELF_DEFINED_CODES).toHaveLength(20);
    for (const entry of PACE_SELF_DEFINED_CODES) {
      const m = mapSelfDefinedEthnicity(entry.code, { codes: '18+1' });
      expect(outcomeOf(m)).toBe(entry.group ?? 'NOT_STATED');
    }
  });
});

describe('mapSelfDefinedEthnicity: values no rule recognises', () => {
  it.each([
    'Martian',
    'Unknown',
    'Z1',
    'White - Purple',
    // A real group, but not one of the entries listed for the Asian heading: reported, not guessed.
    'Asian/Asian British - Nepali',
    'Any other ethnic group',
    'Black - Any other White background',
    'White and Black Caribbean',
  ])('returns %j unmapped with the raw value', (value) => {
    const m = mapSelfDefinedEthnicity(value);
    expect(m.mapped).toBe(false);
    expect(m).toMatchObject({ outcome: 'unmapped', raw: value });
  });
});

describe('mapOfficerDefinedEthnicity', () => {
  it.each([
    ['White', 'WHITE'],
    ['Black', 'BLACK'],
    ['Asian', 'ASIAN'],
    ['Other', 'OTHER'],
    ['Mixed', 'MIXED'],
    [' white ', 'WHITE'],
    ['MIXED', 'MIXED'],
  ])('maps %j to the broad group %s with no detailed group', (value, expected) => {
    const m = mapOfficerDefinedEthnicity(value);
    expect(m).toMatchObject({ mapped: true, outcome: 'value', rule: 'officer-defined' });
    expect(broad(m)).toBe(expected);
    expect(detailed(m)).toBeNull();
  });

  it('treats a blank as not recorded', () => {
    expect(mapOfficerDefinedEthnicity('')).toMatchObject({ mapped: true, outcome: 'not_stated', category: 'NOT_RECORDED' });
    expect(mapOfficerDefinedEthnicity(null)).toMatchObject({ mapped: true, category: 'NOT_RECORDED' });
  });

  it.each(['IC1', 'White British', 'Chinese', 'Not stated'])('returns %j unmapped', (value) => {
    expect(mapOfficerDefinedEthnicity(value)).toMatchObject({ mapped: false, outcome: 'unmapped', raw: value });
  });
});
