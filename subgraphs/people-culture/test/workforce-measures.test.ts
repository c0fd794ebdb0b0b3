import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC, STAFF, openHarness, type PeopleCultureHarness } from './people-culture-database';
import { fixture } from './fixture-files';

const ROW = 'workforce rank groupInWorkforce workforceTotal computable value workforceShare communityShare notComputableReason notComputableDetail';
const REPRESENTATION = `query ($org: ID!, $c: String!, $cat: String!, $byRank: Boolean, $date: String, $g: Int, $t: Int) {
  representation(organisation: $org, characteristic: $c, category: $cat, byRank: $byRank, date: $date, communityGroup: $g, communityTotal: $t) {
    date groupInCommunity communityTotal communitySource overall { ${ROW} } byRank { ${ROW} }
  }
}`;

describe('workforce measures', { timeout: 120_000 }, () => {
  let h: PeopleCultureHarness;

  beforeAll(async () => {
    h = await openHarness();
    const imports: [string, string][] = [
      ['importWorkforceSnapshots', 'example-workforce-snapshot.csv'],
      ['importSelectionRounds', 'example-selection-rounds.csv'],
      ['importCommunityPopulation', 'example-community-population.csv'],
    ];
    for (const [mutation, file] of imports) {
      const result = await h.run(`mutation ($csv: String!) { ${mutation}(csv: $csv) { rows } }`, { csv: fixture(file) }, STAFF);
      expect(result.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('works out the representation ratio against the community, overall and by rank', async () => {
    const result = await h.run(REPRESENTATION, { org: 'example-force', c: 'RACE', cat: 'BAME', byRank: true });
    expect(result.errors).toBeUndefined();
    const r = (result.data as any).representation;
    expect(r).toMatchObject({ date: '2024-03-31', groupInCommunity: 300_000, communityTotal: 1_000_000 });
    // Workforce: BAME 60 + 10 + 50 = 120 of 500 + 100 + 400 = 1,000, a share of 0.12.
    // Community: 300,000 of 300,000 + 700,000 = 1,000,000, a share of 0.30.
    // Ratio: 0.12 ÷ 0.30 = 0.4 — the 2018-21 strategy's "12% of the organisation, 30% of the community".
    expect(r.overall).toMatchObject({ rank: null, groupInWorkforce: 120, workforceTotal: 1000, computable: true, value: 0.4 });
    expect(r.overall.workforceShare).toBeCloseTo(0.12, 12);
    expect(r.overall.communityShare).toBeCloseTo(0.3, 12);
    // Constable 60 ÷ 500 = 0.12 → 0.4; Sergeant 10 ÷ 100 = 0.10 → 1/3; Grade C 50 ÷ 400 = 0.125 → 0.41666…
    const byRank = Object.fromEntries((r.byRank as any[]).map((row) => [`${row.workforce}/${row.rank}`, row.value]));
    expect(byRank['officer/Constable']).toBe(0.4);
    expect(byRank['officer/Sergeant']).toBeCloseTo(1 / 3, 12);
    expect(byRank['staff/Grade C']).toBeCloseTo(0.125 / 0.3, 12);
  });

  it('takes community figures from the query when given', async () => {
    // 120 of 1,000 against 150 of 1,000: 0.12 ÷ 0.15 = 0.8.
    const result = await h.run(REPRESENTATION, { org: 'example-force', c: 'RACE', cat: 'BAME', g: 150, t: 1000 });
    expect((result.data as any).representation.overall.value).toBeCloseTo(0.8, 12);
    expect((result.data as any).representation.communitySource).toBe('given in the query');
  });

  it('says why a ratio is not computable instead of returning NaN', async () => {
    const noCommunity = await h.run(REPRESENTATION, { org: 'example-force', c: 'SEX', cat: 'Female' });
    expect((noCommunity.data as any).representation.overall).toMatchObject({
      computable: false,
      value: null,
      // No community population was imported for SEX.
      notComputableReason: 'MISSING_POPULATION',
    });
    // The workforce share needs no community figures: BAME 120 of 1,000 = 0.12 all the same.
    expect(
      (await h.run(REPRESENTATION, { org: 'example-force', c: 'RACE', cat: 'Prefer not to say' })).data as any,
    ).toMatchObject({ representation: { overall: { groupInWorkforce: 25, workforceShare: 0.025, communityShare: 0 } } });
    const noSnapshot = await h.run(REPRESENTATION, { org: 'example-force', c: 'RACE', cat: 'BAME', date: '2020-01-01' });
    expect((noSnapshot.data as any).representation).toMatchObject({
      date: '2020-01-01',
      overall: { workforceTotal: 0, computable: false, notComputableReason: 'ZERO_POPULATION', notComputableDetail: 'workforceTotal is 0' },
    });
  });

  it('gives selection rates, ratios and the four-fifths flag of a promotion round', async () => {
    const result = await h.run(
      `{ selectionRates(round: "PR-2024-SGT", characteristic: "RACE") {
          round organisation kind referenceGroup referenceRate adverseImpactThreshold computable
          groups { category applicants successful rate ratio adverseImpact computable }
        } }`,
    );
    expect(result.errors).toBeUndefined();
    const s = (result.data as any).selectionRates;
    // Rates: BAME 6 ÷ 40 = 0.15; White 40 ÷ 160 = 0.25 (highest, the reference); Prefer not to say 2 ÷ 10 = 0.2.
    expect(s).toMatchObject({ organisation: 'example-force', kind: 'promotion', referenceGroup: 'WHITE', referenceRate: 0.25, adverseImpactThreshold: 0.8, computable: true });
    const byGroup = Object.fromEntries((s.groups as any[]).map((g) => [g.category, g]));
    // BAME: 0.15 ÷ 0.25 = 0.6, below 0.8, so adverse impact.
    expect(byGroup.BAME).toMatchObject({ applicants: 40, successful: 6, rate: 0.15, ratio: 0.6, adverseImpact: true });
    // Prefer not to say: 0.2 ÷ 0.25 = 0.8 exactly, which is not below four-fifths.
    expect(byGroup.PREFER_NOT_TO_SAY).toMatchObject({ rate: 0.2, ratio: 0.8, adverseImpact: false });
    expect(byGroup.WHITE).toMatchObject({ ratio: 1, adverseImpact: false });
  });

  it('compares with a named reference group when asked', async () => {
    const result = await h.run(
      `{ selectionRates(round: "PR-2024-SGT", characteristic: "RACE", reference: "Prefer not to say") {
          referenceGroup referenceRate groups { category ratio adverseImpact } } }`,
    );
    expect(result.errors).toBeUndefined();
    const s = (result.data as any).selectionRates;
    // Against Prefer not to say (2 ÷ 10 = 0.2): BAME 0.15 ÷ 0.2 = 0.75, White 0.25 ÷ 0.2 = 1.25.
    expect(s).toMatchObject({ referenceGroup: 'PREFER_NOT_TO_SAY', referenceRate: 0.2 });
    const byGroup = Object.fromEntries((s.groups as any[]).map((g) => [g.category, g]));
    expect(byGroup.BAME).toMatchObject({ ratio: 0.75, adverseImpact: true });
    expect(byGroup.WHITE).toMatchObject({ ratio: 1.25, adverseImpact: false });
  });

  it('reports an unknown round as not computable', async () => {
    const result = await h.run(`{ selectionRates(round: "NO-SUCH-ROUND", characteristic: "RACE") { computable notComputableReason groups { category } } }`);
    expect((result.data as any).selectionRates).toEqual({ computable: false, notComputableReason: 'EMPTY_INPUT', groups: [] });
  });

  it('gives the disclosure rate', async () => {
    const result = await h.run(
      `{ disclosureRate(organisation: "example-force", characteristic: "Race") { date workforceTotal notDisclosed value computable } }`,
    );
    expect(result.errors).toBeUndefined();
    // Prefer not to say 20 + 5, Not stated 20: 45 of 1,000 = 0.045.
    expect((result.data as any).disclosureRate).toEqual({ date: '2024-03-31', workforceTotal: 1000, notDisclosed: 45, value: 0.045, computable: true });
  });

  it('keeps measures from the public', async () => {
    const result = await h.run(`{ disclosureRate(organisation: "example-force", characteristic: "RACE") { value } }`, {}, PUBLIC);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives the public representation by rank as shares only, withholding small groups', async () => {
    const result = await h.run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on EqualityInformation { workforceRepresentation {
        characteristic snapshotDate communitySource threshold rows { workforce rank category workforceShare communityShare ratio withheld withheldReason } } } } }`,
      { r: [{ __typename: 'EqualityInformation', organisationId: 'example-force', year: 2024 }, { __typename: 'EqualityInformation', organisationId: 'example-force', year: 2023 }] },
      PUBLIC,
    );
    expect(result.errors).toBeUndefined();
    const [in2024, in2023] = (result.data as any)._entities;
    // No snapshot is dated in 2023: nothing, rather than another year's figures.
    expect(in2023.workforceRepresentation).toEqual([]);
    const race = in2024.workforceRepresentation.find((s: any) => s.characteristic === 'RACE');
    expect(race).toMatchObject({ snapshotDate: '2024-03-31', threshold: 10 });
    const row = (workforce: string | null, rank: string | null, category: RegExp) =>
      race.rows.find((r: any) => r.workforce === workforce && r.rank === rank && category.test(r.category));
    // Constables: 60 BAME of 500, 0.12 against 0.30 in the community.
    expect(row('officer', 'Constable', /^BAME$/i)).toMatchObject({ withheld: false, ratio: 0.4 });
    expect(row('officer', 'Constable', /^BAME$/i).workforceShare).toBeCloseTo(0.12, 12);
    // Sergeants: 5 said "prefer not to say", fewer than 10, so their share is withheld.
    expect(row('officer', 'Sergeant', /prefer/i)).toMatchObject({ withheld: true, withheldReason: 'small_number', workforceShare: null, ratio: null });
    // No headcount reaches the public.
    expect(Object.keys(race.rows[0]).sort()).toEqual(['category', 'communityShare', 'rank', 'ratio', 'withheld', 'withheldReason', 'workforce', 'workforceShare']);
  });
});
