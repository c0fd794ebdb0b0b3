import { describe, expect, it } from 'vitest';
import { NotComputableReason } from './result.js';
import { selectionRateRatios, type SelectionRateRatios } from './selection-rate-ratio.js';

const applicants = [
  { group: 'White', applicants: 200, successful: 50 },
  { group: 'Black', applicants: 80, successful: 12 },
  { group: 'Asian', applicants: 100, successful: 20 },
];

function byGroup(result: SelectionRateRatios, group: string) {
  const found = result.groups.find((g) => g.group === group);
  if (!found) throw new Error(`no group ${group}`);
  return found;
}

describe('selectionRateRatios', () => {
  it('compares each group with the highest selection rate by default', () => {
    const r = selectionRateRatios(applicants);
    if (!r.computable) throw new Error(r.detail);
    // rates: White 50/200 = 0.25, Black 12/80 = 0.15, Asian 20/100 = 0.20; highest is White
    expect(r.reference).toEqual({ group: 'White', rate: 0.25, chosenBy: 'highest_rate' });
    expect(r.adverseImpactThreshold).toBe(0.8);
    const white = byGroup(r, 'White');
    expect(white.rate.computable && white.rate.value).toBeCloseTo(0.25, 12);
    expect(white.ratio).toEqual({ computable: true, value: 1, adverseImpact: false });
    // Black: 0.15 / 0.25 = 0.6 < 0.8 → adverse impact
    const black = byGroup(r, 'Black');
    expect(black.ratio.computable && black.ratio.value).toBeCloseTo(0.6, 12);
    expect(black.ratio.computable && black.ratio.adverseImpact).toBe(true);
  });

  it('does not flag a ratio of exactly four-fifths', () => {
    const r = selectionRateRatios(applicants);
    if (!r.computable) throw new Error(r.detail);
    // Asian: 0.20 / 0.25 = 0.8, which is not below 0.8
    expect(byGroup(r, 'Asian').ratio).toEqual({ computable: true, value: 0.8, adverseImpact: false });
  });

  it('does not let floating-point rounding push an exact four-fifths below the line', () => {
    const r = selectionRateRatios([
      { group: 'A', applicants: 40, successful: 9 },
      { group: 'B', applicants: 100, successful: 18 },
    ]);
    if (!r.computable) throw new Error(r.detail);
    // rates: A 9/40 = 0.225, B 18/100 = 0.18; 0.18 / 0.225 = 0.8 exactly,
    // though (18/100) / (9/40) evaluates to 0.7999999999999999 in binary floating point.
    expect((18 / 100) / (9 / 40)).toBeLessThan(0.8);
    expect(byGroup(r, 'B').ratio).toEqual({ computable: true, value: 0.8, adverseImpact: false });
  });

  it('flags a ratio just below four-fifths', () => {
    const r = selectionRateRatios([
      { group: 'A', applicants: 1000, successful: 500 },
      { group: 'B', applicants: 1000, successful: 399 },
    ]);
    if (!r.computable) throw new Error(r.detail);
    // 0.399 / 0.5 = 0.798 < 0.8
    const b = byGroup(r, 'B').ratio;
    expect(b.computable && b.value).toBeCloseTo(0.798, 12);
    expect(b.computable && b.adverseImpact).toBe(true);
  });

  it('compares with a named reference group instead', () => {
    const r = selectionRateRatios(applicants, { reference: 'Black' });
    if (!r.computable) throw new Error(r.detail);
    expect(r.reference).toEqual({ group: 'Black', rate: 0.15, chosenBy: 'named' });
    // White 0.25 / 0.15 = 1.666667; Asian 0.20 / 0.15 = 1.333333; Black 1
    const white = byGroup(r, 'White').ratio;
    const asian = byGroup(r, 'Asian').ratio;
    expect(white.computable && white.value).toBeCloseTo(1.666667, 6);
    expect(asian.computable && asian.value).toBeCloseTo(1.333333, 6);
    expect(byGroup(r, 'Black').ratio).toEqual({ computable: true, value: 1, adverseImpact: false });
  });

  it('gives ties for the highest rate to the first group listed', () => {
    const r = selectionRateRatios([
      { group: 'X', applicants: 10, successful: 5 },
      { group: 'Y', applicants: 20, successful: 10 },
    ]);
    expect(r.computable && r.reference.group).toBe('X');
  });

  it('supports another threshold', () => {
    const r = selectionRateRatios(applicants, { adverseImpactThreshold: 0.9 });
    if (!r.computable) throw new Error(r.detail);
    // Asian 0.8 < 0.9
    expect(byGroup(r, 'Asian').ratio).toEqual({ computable: true, value: 0.8, adverseImpact: true });
  });

  it('lets a tiny group set the reference unless a minimum is applied', () => {
    const withTiny = [...applicants, { group: 'Mixed', applicants: 3, successful: 3 }];
    const unguarded = selectionRateRatios(withTiny);
    if (!unguarded.computable) throw new Error(unguarded.detail);
    // Mixed 3/3 = 1.0 is highest; White 0.25 / 1.0 = 0.25
    expect(unguarded.reference.group).toBe('Mixed');
    const whiteUnguarded = byGroup(unguarded, 'White').ratio;
    expect(whiteUnguarded.computable && whiteUnguarded.value).toBeCloseTo(0.25, 12);

    const guarded = selectionRateRatios(withTiny, { minimumApplicants: 10 });
    if (!guarded.computable) throw new Error(guarded.detail);
    expect(guarded.reference.group).toBe('White');
    expect(byGroup(guarded, 'Mixed').ratio).toMatchObject({
      computable: false,
      reason: NotComputableReason.BELOW_MINIMUM_COUNT,
    });
    expect(selectionRateRatios(withTiny, { minimumApplicants: 10, reference: 'Mixed' })).toMatchObject({
      computable: false,
      reason: NotComputableReason.BELOW_MINIMUM_COUNT,
    });
  });

  it('reports a group with no applicants while computing the others', () => {
    const r = selectionRateRatios([...applicants, { group: 'Other', applicants: 0, successful: 0 }]);
    if (!r.computable) throw new Error(r.detail);
    const other = byGroup(r, 'Other');
    expect(other.rate).toMatchObject({ computable: false, reason: NotComputableReason.ZERO_POPULATION });
    expect(other.ratio).toMatchObject({ computable: false, reason: NotComputableReason.ZERO_POPULATION });
    const black = byGroup(r, 'Black').ratio;
    expect(black.computable && black.value).toBeCloseTo(0.6, 12);
  });

  it('reports a group with more successful than applicants', () => {
    const r = selectionRateRatios([...applicants, { group: 'Other', applicants: 5, successful: 6 }]);
    if (!r.computable) throw new Error(r.detail);
    expect(byGroup(r, 'Other').ratio).toMatchObject({ reason: NotComputableReason.COUNT_EXCEEDS_POPULATION });
  });

  it('gives zero-rate groups a computed ratio of 0, which is adverse', () => {
    const r = selectionRateRatios([...applicants, { group: 'Other', applicants: 15, successful: 0 }]);
    if (!r.computable) throw new Error(r.detail);
    // 0 / 15 = 0; 0 / 0.25 = 0
    expect(byGroup(r, 'Other').ratio).toEqual({ computable: true, value: 0, adverseImpact: true });
  });

  it('refuses when the reference rate is zero', () => {
    expect(
      selectionRateRatios([
        { group: 'A', applicants: 10, successful: 0 },
        { group: 'B', applicants: 12, successful: 0 },
      ]),
    ).toMatchObject({ computable: false, reason: NotComputableReason.ZERO_REFERENCE_RATE });
    expect(selectionRateRatios([...applicants, { group: 'Other', applicants: 15, successful: 0 }], { reference: 'Other' }))
      .toMatchObject({ reason: NotComputableReason.ZERO_REFERENCE_RATE });
  });

  it('refuses empty input, repeated names and unknown references', () => {
    expect(selectionRateRatios([])).toMatchObject({ reason: NotComputableReason.EMPTY_INPUT });
    expect(selectionRateRatios([...applicants, { group: 'White', applicants: 1, successful: 1 }])).toMatchObject({
      reason: NotComputableReason.DUPLICATE_GROUP,
    });
    expect(selectionRateRatios(applicants, { reference: 'Martian' })).toMatchObject({
      reason: NotComputableReason.UNKNOWN_REFERENCE_GROUP,
    });
  });

  it('refuses when no group has a usable rate', () => {
    expect(selectionRateRatios([{ group: 'A', applicants: 0, successful: 0 }])).toMatchObject({
      reason: NotComputableReason.ZERO_POPULATION,
    });
  });

  it('refuses a threshold outside (0, 1]', () => {
    expect(selectionRateRatios(applicants, { adverseImpactThreshold: 1.5 })).toMatchObject({
      reason: NotComputableReason.INVALID_OPTION,
    });
    expect(selectionRateRatios(applicants, { adverseImpactThreshold: 0 })).toMatchObject({
      reason: NotComputableReason.INVALID_OPTION,
    });
  });

  it('flags adverse impact exactly when 5 × s × a_ref < 4 × a × s_ref (every pair up to 12 applicants)', () => {
    let exactBoundaries = 0;
    let cases = 0;
    for (let refApplicants = 1; refApplicants <= 12; refApplicants++) {
      for (let refSuccessful = 1; refSuccessful <= refApplicants; refSuccessful++) {
        for (let groupApplicants = 1; groupApplicants <= 12; groupApplicants++) {
          for (let groupSuccessful = 0; groupSuccessful <= groupApplicants; groupSuccessful++) {
            const r = selectionRateRatios(
              [
                { group: 'ref', applicants: refApplicants, successful: refSuccessful },
                { group: 'g', applicants: groupApplicants, successful: groupSuccessful },
              ],
              { reference: 'ref' },
            );
            if (!r.computable) throw new Error(r.detail);
            const g = byGroup(r, 'g').ratio;
            if (!g.computable) throw new Error(g.detail);
            // Integer form of (s / a) / (s_ref / a_ref) < 4/5, free of rounding.
            const lhs = 5 * groupSuccessful * refApplicants;
            const rhs = 4 * groupApplicants * refSuccessful;
            if (lhs === rhs) exactBoundaries++;
            if (g.adverseImpact !== lhs < rhs) {
              throw new Error(`${groupSuccessful}/${groupApplicants} vs ${refSuccessful}/${refApplicants}`);
            }
            cases++;
          }
        }
      }
    }
    // 78 reference pairs (1 + 2 + … + 12) × 90 group pairs (2 + 3 + … + 13) = 7020
    expect(cases).toBe(7020);
    expect(exactBoundaries).toBeGreaterThan(20);
  });
});
