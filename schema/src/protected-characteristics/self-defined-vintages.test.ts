import { describe, expect, it } from 'vitest';
import { mapSelfDefinedEthnicity, type EthnicityMapping } from './ethnicity-mapping.js';
import { findPaceSelfDefinedCode, readSelfDefinedCode } from './pace-self-defined-codes.js';

const outcomeOf = (m: EthnicityMapping) =>
  m.outcome === 'not_stated' ? m.category : m.outcome === 'unmapped' ? 'UNMAPPED' : (m.value.detailed ?? m.value.broad);

/**
 * The 17 values of self-defined ethnicity in data.police.uk stop-and-search records before 2017:
 * the PACE 16+1 labels with their codes in brackets. The wording is the one the data.police.uk API
 * documentation shows in its stops-street example ("White - White British (W1)") and that public
 * clients of that API list value by value (e.g. a London crime client's filter of the
 * self_defined_ethnicity field, which writes the Other codes with a zero: "(01)", "(09)").
 */
const SIXTEEN_PLUS_ONE_LABELS: ReadonlyArray<[string, string]> = [
  ['White - White British (W1)', 'WHITE_BRITISH'],
  ['White - White Irish (W2)', 'WHITE_IRISH'],
  ['White - Any other White ethnic background (W9)', 'WHITE_OTHER'],
  ['Mixed - White and Black Caribbean (M1)', 'MIXED_WHITE_AND_BLACK_CARIBBEAN'],
  ['Mixed - White and Black African (M2)', 'MIXED_WHITE_AND_BLACK_AFRICAN'],
  ['Mixed - White and Asian (M3)', 'MIXED_WHITE_AND_ASIAN'],
  ['Mixed - Any other Mixed ethnic background (M9)', 'MIXED_OTHER'],
  ['Asian or Asian British - Indian (A1)', 'ASIAN_INDIAN'],
  ['Asian or Asian British - Pakistani (A2)', 'ASIAN_PAKISTANI'],
  ['Asian or Asian British - Bangladeshi (A3)', 'ASIAN_BANGLADESHI'],
  ['Asian or Asian British - Any other Asian ethnic background (A9)', 'ASIAN_OTHER'],
  ['Black or Black British - Caribbean (B1)', 'BLACK_CARIBBEAN'],
  ['Black or Black British - African (B2)', 'BLACK_AFRICAN'],
  ['Black or Black British - Any other Black ethnic background (B9)', 'BLACK_OTHER'],
  ['Chinese or other ethnic group - Chinese (O1)', 'ASIAN_CHINESE'],
  ['Chinese or other ethnic group - Any other ethnic group (O9)', 'OTHER_ANY_OTHER'],
  ['Not Stated (NS)', 'NOT_STATED'],
];

describe('self-defined ethnicity in the PACE 16+1 labels with codes (files before 2017)', () => {
  it.each(SIXTEEN_PLUS_ONE_LABELS)('maps %j to %s', (value, expected) => {
    const m = mapSelfDefinedEthnicity(value);
    expect(m.mapped).toBe(true);
    expect(outcomeOf(m)).toBe(expected);
    expect(m).toMatchObject({ rule: 'label-and-code' });
  });

  it('maps the same labels without their codes', () => {
    for (const [value, expected] of SIXTEEN_PLUS_ONE_LABELS) {
      expect([value, outcomeOf(mapSelfDefinedEthnicity(value.replace(/ \(\w\w\)$/, '')))]).toEqual([value, expected]);
    }
  });

  it('reads a zero written for the letter O, and other case, spacing and dash variants', () => {
    expect(outcomeOf(mapSelfDefinedEthnicity('Chinese or other ethnic group - Chinese (01)'))).toBe('ASIAN_CHINESE');
    expect(outcomeOf(mapSelfDefinedEthnicity('Chinese or other ethnic group - Any other ethnic group (09)'))).toBe('OTHER_ANY_OTHER');
    expect(outcomeOf(mapSelfDefinedEthnicity('WHITE - WHITE BRITISH (W1)'))).toBe('WHITE_BRITISH');
    expect(outcomeOf(mapSelfDefinedEthnicity('White – White British(W1)'))).toBe('WHITE_BRITISH');
    expect(outcomeOf(mapSelfDefinedEthnicity('  Black or  Black British -African ( B2 ) '))).toBe('BLACK_AFRICAN');
    expect(outcomeOf(mapSelfDefinedEthnicity('not stated (ns)'))).toBe('NOT_STATED');
    expect(outcomeOf(mapSelfDefinedEthnicity('Other Ethnic Group - Chinese'))).toBe('ASIAN_CHINESE');
    expect(outcomeOf(mapSelfDefinedEthnicity('Other ethnic group - Not stated (NS)'))).toBe('NOT_STATED');
  });

  it('names the 16+1 scheme only for values that only the 16+1 scheme has', () => {
    expect(mapSelfDefinedEthnicity('Chinese or other ethnic group - Chinese (O1)').scheme).toBe('16+1');
    expect(mapSelfDefinedEthnicity('Chinese or other ethnic group - Any other ethnic group (O9)').scheme).toBe('16+1');
    expect(mapSelfDefinedEthnicity('Other Ethnic Group - Chinese').scheme).toBe('16+1');
    // W1 means British in both schemes: no evidence either way.
    expect(mapSelfDefinedEthnicity('White - White British (W1)').scheme).toBeUndefined();
    expect(mapSelfDefinedEthnicity('Asian or Asian British - Indian (A1)').scheme).toBeUndefined();
  });

  it('refuses to read a label whose code contradicts it', () => {
    for (const value of ['Asian or Asian British - Indian (B1)', 'White - White British (NS)', 'Not Stated (W1)', 'Other ethnic group - Arab (A4)', 'Martian (W1)']) {
      expect([value, mapSelfDefinedEthnicity(value).mapped]).toEqual([value, false]);
    }
  });
});

describe('self-defined ethnicity in the 18+1 wording (2011 Census, files from 2017)', () => {
  it.each<[string, string, string | undefined]>([
    ['White - English/Welsh/Scottish/Northern Irish/British', 'WHITE_BRITISH', undefined],
    ['White - Gypsy or Irish Traveller', 'WHITE_GYPSY_OR_IRISH_TRAVELLER', '18+1'],
    ['White - Roma', 'WHITE_ROMA', '18+1'],
    ['Asian/Asian British - Chinese', 'ASIAN_CHINESE', '18+1'],
    ['Other ethnic group - Arab', 'OTHER_ARAB', '18+1'],
    ['Other ethnic group - Any other ethnic group', 'OTHER_ANY_OTHER', undefined],
    ['Other ethnic group - Not stated', 'NOT_STATED', undefined],
    ['Mixed/Multiple ethnic groups - Any other Mixed/Multiple ethnic background', 'MIXED_OTHER', undefined],
    ['Black/African/Caribbean/Black British - Any other Black/African/Caribbean background', 'BLACK_OTHER', undefined],
    // With codes, as some forces add them: the code must agree, and O1 with Arab says 18+1.
    ['Other ethnic group - Arab (O1)', 'OTHER_ARAB', '18+1'],
    ['Asian/Asian British - Chinese (A4)', 'ASIAN_CHINESE', '18+1'],
    ['White - Gypsy or Irish Traveller (W3)', 'WHITE_GYPSY_OR_IRISH_TRAVELLER', '18+1'],
    ['White - English/Welsh/Scottish/Northern Irish/British (W1)', 'WHITE_BRITISH', undefined],
  ])('maps %j to %s (scheme %s)', (value, expected, scheme) => {
    const m = mapSelfDefinedEthnicity(value);
    expect(outcomeOf(m)).toBe(expected);
    expect(m.scheme).toBe(scheme);
  });

  it('does not take Chinese labelled O1 for Arab, nor Arab labelled O1 for Chinese', () => {
    expect(outcomeOf(mapSelfDefinedEthnicity('Other ethnic group - Arab (O1)'))).toBe('OTHER_ARAB');
    expect(outcomeOf(mapSelfDefinedEthnicity('Chinese or other ethnic group - Chinese (O1)'))).toBe('ASIAN_CHINESE');
  });
});

describe('bare codes and the code scheme', () => {
  it('finds O1 ambiguous without a scheme, and names both readings', () => {
    const m = mapSelfDefinedEthnicity('O1');
    expect(m).toMatchObject({ mapped: false, outcome: 'unmapped', raw: 'O1' });
    expect(m.ambiguous).toBe('O1 is ASIAN_CHINESE in the 16+1 codes and OTHER_ARAB in the 18+1 codes');
    expect(readSelfDefinedCode('o1').kind).toBe('ambiguous');
  });

  it('reads O1 by the scheme it is given', () => {
    expect(outcomeOf(mapSelfDefinedEthnicity('O1', { codes: '16+1' }))).toBe('ASIAN_CHINESE');
    expect(outcomeOf(mapSelfDefinedEthnicity('O1', { codes: '18+1' }))).toBe('OTHER_ARAB');
    expect(findPaceSelfDefinedCode('O1', '16+1')?.group).toBe('ASIAN_CHINESE');
    expect(findPaceSelfDefinedCode('O1', '18+1')?.group).toBe('OTHER_ARAB');
  });

  it('reads codes that mean the same in both schemes without one, and names 18+1 for its own codes', () => {
    expect(mapSelfDefinedEthnicity('W1')).toMatchObject({ mapped: true, rule: 'pace-code' });
    expect(outcomeOf(mapSelfDefinedEthnicity('W1'))).toBe('WHITE_BRITISH');
    expect(mapSelfDefinedEthnicity('W1').scheme).toBeUndefined();
    expect(outcomeOf(mapSelfDefinedEthnicity('NS'))).toBe('NOT_STATED');
    for (const [code, group] of [['A4', 'ASIAN_CHINESE'], ['W3', 'WHITE_GYPSY_OR_IRISH_TRAVELLER'], ['W4', 'WHITE_ROMA'], ['O2', 'OTHER_ARAB']]) {
      const m = mapSelfDefinedEthnicity(code);
      expect([code, outcomeOf(m), m.scheme]).toEqual([code, group, '18+1']);
    }
  });

  it('leaves codes neither scheme has unmapped, without calling them ambiguous', () => {
    for (const code of ['Z1', 'W5', 'O3']) {
      const m = mapSelfDefinedEthnicity(code);
      expect([code, m.mapped, m.ambiguous]).toEqual([code, false, undefined]);
    }
  });
});
