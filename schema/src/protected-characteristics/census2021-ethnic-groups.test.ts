import { describe, expect, it } from 'vitest';
import {
  BROAD_ETHNIC_GROUP_CODES,
  BROAD_ETHNIC_GROUPS,
  DETAILED_ETHNIC_GROUP_CODES,
  DETAILED_ETHNIC_GROUPS,
  broadGroupOf,
  getBroadEthnicGroup,
  getDetailedEthnicGroup,
} from './census2021-ethnic-groups.js';
import { readCsvFixture } from './fixtures/read-csv.js';
import { PACE_SELF_DEFINED_CODES, findPaceSelfDefinedCode } from './pace-self-defined-codes.js';

describe('Census 2021 ethnic groups', () => {
  it('has the five broad groups in Census order', () => {
    expect(BROAD_ETHNIC_GROUPS.map((g) => g.label)).toEqual(['Asian', 'Black', 'Mixed', 'White', 'Other']);
    expect(BROAD_ETHNIC_GROUPS.map((g) => g.code)).toEqual([...BROAD_ETHNIC_GROUP_CODES]);
  });

  it('has the 19 detailed groups in Census category order', () => {
    expect(DETAILED_ETHNIC_GROUPS).toHaveLength(19);
    expect(DETAILED_ETHNIC_GROUPS.map((g) => g.nomisCode)).toEqual(Array.from({ length: 19 }, (_, i) => `_${i + 1}`));
    expect(DETAILED_ETHNIC_GROUPS.map((g) => g.code)).toEqual([...DETAILED_ETHNIC_GROUP_CODES]);
  });

  it('copies the NOMIS lookup exactly', () => {
    const rows = readCsvFixture('census2021-ethnicity-19-to-5.csv');
    expect(rows).toHaveLength(19);
    for (const row of rows) {
      const group = DETAILED_ETHNIC_GROUPS.find((g) => g.nomisCode === row['nomis_code']);
      expect(group).toBeDefined();
      expect({
        label: group!.label,
        broad: getBroadEthnicGroup(group!.broad).label,
        onsLabel: group!.onsLabel,
      }).toEqual({ label: row['ethnicity_19'], broad: row['ethnicity_5'], onsLabel: row['source_label'] });
    }
  });

  it('puts each detailed group under the heading its ONS label starts with', () => {
    for (const g of DETAILED_ETHNIC_GROUPS) {
      expect(g.onsLabel.startsWith(`${getBroadEthnicGroup(g.broad).onsLabel}: `)).toBe(true);
    }
  });

  it('looks groups up by code', () => {
    expect(getDetailedEthnicGroup('BLACK_CARIBBEAN')).toMatchObject({ nomisCode: '_7', label: 'Caribbean' });
    expect(broadGroupOf('ASIAN_CHINESE')).toBe('ASIAN');
    expect(broadGroupOf('OTHER_ARAB')).toBe('OTHER');
  });
});

describe('PACE self-defined codes', () => {
  it('copies the searchlight lookup exactly', () => {
    const rows = readCsvFixture('pace-self-defined-codes-to-census2021.csv');
    expect(rows).toHaveLength(20);
    expect(PACE_SELF_DEFINED_CODES.map((e) => e.code)).toEqual(rows.map((r) => r['police_code']));
    for (const row of rows) {
      const entry = findPaceSelfDefinedCode(row['police_code']!)!;
      expect(entry.censusCode).toBe(row['census_code'] === '' ? null : Number(row['census_code']));
      if (entry.group === null) {
        expect(row['ethnicity_19']).toBe('Unknown');
        continue;
      }
      const group = getDetailedEthnicGroup(entry.group);
      expect({ label: group.label, broad: getBroadEthnicGroup(group.broad).label, census: group.nomisCode }).toEqual({
        label: row['ethnicity_19'],
        broad: row['ethnicity_5'],
        census: `_${row['census_code']}`,
      });
    }
  });

  it('finds codes regardless of case and spacing, and only real codes', () => {
    expect(findPaceSelfDefinedCode(' w3 ')).toEqual({ code: 'W3', group: 'WHITE_GYPSY_OR_IRISH_TRAVELLER', censusCode: 15 });
    expect(findPaceSelfDefinedCode('NS')).toEqual({ code: 'NS', group: null, censusCode: null });
    expect(findPaceSelfDefinedCode('W5')).toBeUndefined();
  });
});
