import { describe, expect, it } from 'vitest';
import { representationRatio } from './representation-ratio.js';
import { NotComputableReason } from './result.js';

describe('representationRatio', () => {
  it('reproduces the strategy example: 12% of the organisation against 30% of the community', () => {
    const r = representationRatio({
      groupInWorkforce: 120,
      workforceTotal: 1000,
      groupInCommunity: 30000,
      communityTotal: 100000,
    });
    if (!r.computable) throw new Error(r.detail);
    // workforce share = 120 / 1000 = 0.12; community share = 30000 / 100000 = 0.30
    // ratio = 0.12 / 0.30 = 0.4
    expect(r.workforceShare).toBeCloseTo(0.12, 12);
    expect(r.communityShare).toBeCloseTo(0.3, 12);
    expect(r.value).toBeCloseTo(0.4, 12);
  });

  it('works with real Census 2021 community figures', () => {
    // West Midlands police force area (E23000014), Census 2021 usual residents:
    // Black 236,047 of 667,315 + 236,047 + 121,685 + 1,793,173 + 101,435 = 2,919,655.
    // An illustrative workforce of 7,000 with 210 Black staff (3%).
    const r = representationRatio({
      groupInWorkforce: 210,
      workforceTotal: 7000,
      groupInCommunity: 236047,
      communityTotal: 2919655,
    });
    if (!r.computable) throw new Error(r.detail);
    // community share = 236047 / 2919655 = 0.080848
    // ratio = 0.03 / 0.080848 = (210 × 2919655) / (7000 × 236047) = 613127550 / 1652329000 = 0.371069
    expect(r.communityShare).toBeCloseTo(0.080848, 6);
    expect(r.value).toBeCloseTo(0.371069, 6);
  });

  it('shows over-representation above 1', () => {
    const r = representationRatio({ groupInWorkforce: 50, workforceTotal: 200, groupInCommunity: 10000, communityTotal: 100000 });
    // 50 / 200 = 0.25; 10000 / 100000 = 0.1; 0.25 / 0.1 = 2.5
    expect(r.computable && r.value).toBeCloseTo(2.5, 12);
  });

  it('gives a computed 0 when nobody from the group is in the workforce', () => {
    const r = representationRatio({ groupInWorkforce: 0, workforceTotal: 500, groupInCommunity: 3000, communityTotal: 60000 });
    // 0 / 500 = 0; 3000 / 60000 = 0.05; 0 / 0.05 = 0
    expect(r).toMatchObject({ computable: true, value: 0, workforceShare: 0, communityShare: 0.05 });
  });

  it('refuses a group absent from the community, where the ratio would divide by zero', () => {
    expect(
      representationRatio({ groupInWorkforce: 2, workforceTotal: 500, groupInCommunity: 0, communityTotal: 60000 }),
    ).toMatchObject({ computable: false, reason: NotComputableReason.ZERO_REFERENCE_RATE });
  });

  it('refuses zero totals', () => {
    expect(
      representationRatio({ groupInWorkforce: 0, workforceTotal: 0, groupInCommunity: 5, communityTotal: 100 }),
    ).toMatchObject({ reason: NotComputableReason.ZERO_POPULATION });
    expect(
      representationRatio({ groupInWorkforce: 1, workforceTotal: 10, groupInCommunity: 0, communityTotal: 0 }),
    ).toMatchObject({ reason: NotComputableReason.ZERO_POPULATION });
  });

  it('refuses missing community figures', () => {
    expect(
      representationRatio({ groupInWorkforce: 1, workforceTotal: 10, groupInCommunity: null, communityTotal: 100 }),
    ).toMatchObject({ reason: NotComputableReason.MISSING_POPULATION });
    expect(
      representationRatio({ groupInWorkforce: 1, workforceTotal: 10, groupInCommunity: 5, communityTotal: undefined }),
    ).toMatchObject({ reason: NotComputableReason.MISSING_POPULATION });
  });

  it('refuses a group larger than its total', () => {
    expect(
      representationRatio({ groupInWorkforce: 11, workforceTotal: 10, groupInCommunity: 5, communityTotal: 100 }),
    ).toMatchObject({ reason: NotComputableReason.COUNT_EXCEEDS_POPULATION });
    expect(
      representationRatio({ groupInWorkforce: 1, workforceTotal: 10, groupInCommunity: 101, communityTotal: 100 }),
    ).toMatchObject({ reason: NotComputableReason.COUNT_EXCEEDS_POPULATION });
  });

  it('refuses fractional and negative headcounts', () => {
    expect(
      representationRatio({ groupInWorkforce: 1.5, workforceTotal: 10, groupInCommunity: 5, communityTotal: 100 }),
    ).toMatchObject({ reason: NotComputableReason.NON_INTEGER_COUNT });
    expect(
      representationRatio({ groupInWorkforce: 1, workforceTotal: 10, groupInCommunity: -5, communityTotal: 100 }),
    ).toMatchObject({ reason: NotComputableReason.NEGATIVE_INPUT });
  });
});
