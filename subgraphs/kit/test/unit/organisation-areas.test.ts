import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_ORGANISATION_AREAS, organisationAreasFromEnv } from '../../src';

describe('ORGANISATION_AREAS', () => {
  it('defaults to the two West Midlands forces, unset or empty', () => {
    const expected = { 'west-midlands-police': 'E23000014', 'west-mercia-police': 'E23000016' };
    expect(Object.fromEntries(organisationAreasFromEnv({}))).toEqual(expected);
    expect(Object.fromEntries(organisationAreasFromEnv({ ORGANISATION_AREAS: '' }))).toEqual(expected);
    expect(DEFAULT_ORGANISATION_AREAS).toBe('west-midlands-police=E23000014,west-mercia-police=E23000016');
  });

  it('reads pairs, trimming spaces and skipping empty entries', () => {
    expect(Object.fromEntries(organisationAreasFromEnv({ ORGANISATION_AREAS: ' a-force = W15000001 ,, b-force=E23000002 ' }))).toEqual({
      'a-force': 'W15000001',
      'b-force': 'E23000002',
    });
  });

  it('names the variable and every bad entry, and the form expected', () => {
    const read = (value: string) => () => organisationAreasFromEnv({ ORGANISATION_AREAS: value });
    expect(read('west-midlands-police:E23000014')).toThrow(ConfigError);
    expect(read('west-midlands-police=E2300')).toThrow(
      'ORGANISATION_AREAS="west-midlands-police=E2300" is invalid: "west-midlands-police=E2300" is not organisation-key=ONS-area-code (expected comma-separated organisation-key=ONS-area-code pairs',
    );
    expect(read('a-force=E23000001,a-force=E23000002')).toThrow(/"a-force" is given twice/);
    expect(read('Bad=E23000001')).toThrow(/"Bad=E23000001" is not organisation-key=ONS-area-code/);
    try {
      read('x=1,a-force=E23000001,y=2')();
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
      expect((error as ConfigError).problems[0]).toContain('"x=1"');
      expect((error as ConfigError).problems[1]).toContain('"y=2"');
    }
  });
});
