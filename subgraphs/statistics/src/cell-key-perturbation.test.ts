import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PERTURBATION_TABLE,
  canPublishAs,
  cellKey,
  perturbCell,
  perturbCount,
  perturbationRow,
  possibleTrueCounts,
  rowAccuracy,
  type CellDescription,
} from './cell-key-perturbation.js';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const cell = (over: Partial<CellDescription> = {}): CellDescription => ({
  dataset: 'stop-search',
  area: 'E23000014',
  characteristic: 'RACE',
  category: 'ASIAN',
  firstDay: '2024-06-01',
  lastDay: '2024-06-30',
  source: 'service-delivery',
  view: 'all',
  ...over,
});

describe('cell keys', () => {
  it('are the same for the same cell and secret, and differ when anything differs', () => {
    const key = cellKey(SECRET, cell());
    expect(key).toBe(cellKey(SECRET, cell()));
    expect(key).toBeGreaterThanOrEqual(0);
    expect(key).toBeLessThan(1);
    const others = [
      cellKey('another-secret-of-at-least-thirty-two-chars', cell()),
      cellKey(SECRET, cell({ category: 'BLACK' })),
      cellKey(SECRET, cell({ lastDay: '2024-06-29' })),
      cellKey(SECRET, cell({ source: 'partner:bcc' })),
      cellKey(SECRET, cell({ view: 'published' })),
      // Moving text between fields gives another message.
      cellKey(SECRET, cell({ dataset: 'stop-search\narea=E23000014', area: '' })),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it('spread evenly over [0, 1)', () => {
    const keys = Array.from({ length: 4000 }, (_, i) => cellKey(SECRET, cell({ category: `C${i}` })));
    const deciles = Array.from({ length: 10 }, (_, d) => keys.filter((k) => Math.floor(k * 10) === d).length);
    // 400 expected per decile; ±100 is far outside chance for a uniform key (sd ≈ 19).
    for (const n of deciles) expect(Math.abs(n - 400)).toBeLessThan(100);
  });
});

describe('the perturbation table', () => {
  it('keeps zeros at zero and never publishes 1 or 2', () => {
    expect(perturbationRow(0).entries).toEqual([{ published: 0, probability: 1 }]);
    for (let n = 0; n <= 200; n++) {
      const { entries } = perturbationRow(n);
      expect(entries.reduce((s, e) => s + e.probability, 0)).toBeCloseTo(1, 12);
      expect(entries.some((e) => e.published === 1 || e.published === 2)).toBe(false);
      for (const e of entries) expect(e.published === 0 || Math.abs(e.published - n) <= 15).toBe(true);
    }
  });

  it('never publishes a count of 1 or 2 as itself, whatever the key', () => {
    for (let i = 0; i < 2000; i++) {
      const key = i / 2000;
      expect(perturbCount(1, key)).not.toBe(1);
      expect(perturbCount(2, key)).not.toBe(2);
    }
    // True 1: published 0 with probability 3/4 (the positive values have mean 4, and 1/4 × 4 = 1).
    expect(perturbationRow(1).entries[0]).toEqual({ published: 0, probability: expect.closeTo(0.75, 3) });
    expect(perturbationRow(1).entries[1]).toMatchObject({ published: 3 });
  });

  it('is unbiased in every row', () => {
    for (let n = 0; n <= 300; n++) expect(Math.abs(rowAccuracy(n).bias)).toBeLessThan(1e-9);
  });

  it('has the documented spread away from the zero cut: P(exact) 1/3, variance ≈ 4, mean absolute deviation ≈ 4/3', () => {
    for (const n of [18, 40, 149, 359, 10_000]) {
      const a = rowAccuracy(n);
      expect(a.exactProbability).toBeCloseTo(1 / 3, 4);
      expect(a.variance).toBeCloseTo(4, 1);
      expect(a.meanAbsoluteDeviation).toBeCloseTo(4 / 3, 3);
    }
  });

  it('leaves every published value consistent with several true counts', () => {
    for (const published of [0, 3, 4, 9, 10, 17, 120]) {
      const possible = possibleTrueCounts(published);
      expect(possible.length).toBeGreaterThanOrEqual(2);
      for (const n of possible) expect(canPublishAs(n, published)).toBe(true);
    }
    expect(possibleTrueCounts(0)).toEqual(Array.from({ length: 18 }, (_, n) => n));
    expect(possibleTrueCounts(120)).toEqual(Array.from({ length: 31 }, (_, i) => 105 + i));
  });

  it('refuses bad input', () => {
    expect(() => perturbationRow(-1)).toThrow(/whole number/);
    expect(() => perturbationRow(1.5)).toThrow(/whole number/);
    expect(() => perturbCount(3, 1)).toThrow(/\[0, 1\)/);
    expect(() => perturbationRow(3, { ...DEFAULT_PERTURBATION_TABLE, decay: 1 })).toThrow(/decay/);
    expect(() => cellKey('', cell())).toThrow(/secret/);
  });
});

describe('what perturbation costs in accuracy (the figures in the partners README)', () => {
  /**
   * Realistic monthly counts for one force area and category: stop and search by broad ethnic
   * group in a large force runs from a handful (Mixed, Other) to a few hundred (White, Black);
   * quarters and years are larger. The measured figures are printed and checked against the README.
   */
  const realistic = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 20, 25, 30, 40, 60, 90, 149, 200, 359, 450, 1200];

  it('is unbiased and costs about 1.3 in mean absolute deviation on realistic counts, exactly by the ptable', () => {
    const rows = realistic.map((n) => rowAccuracy(n));
    const meanBias = rows.reduce((s, r) => s + r.bias, 0) / rows.length;
    const mad = rows.reduce((s, r) => s + r.meanAbsoluteDeviation, 0) / rows.length;
    const madSmall = rows.filter((r) => r.count >= 1 && r.count <= 9).map((r) => r.meanAbsoluteDeviation);
    expect(Math.abs(meanBias)).toBeLessThan(1e-9);
    expect(mad).toBeGreaterThan(1.2);
    expect(mad).toBeLessThan(2.2);
    // Small counts move most: 1 is published as 0 (¾) or 3 and more, so it moves by 1.5 on average.
    expect(rowAccuracy(1).meanAbsoluteDeviation).toBeCloseTo(1.5, 1);
    expect(Math.max(...madSmall)).toBeLessThan(2.6);
    const relative150 = rowAccuracy(149).meanAbsoluteDeviation / 149;
    expect(relative150).toBeLessThan(0.01);
  });

  it('measured over 20,000 keyed cells: bias near 0, mean absolute deviation near the ptable figure', () => {
    let sumError = 0;
    let sumAbsolute = 0;
    let exact = 0;
    let cells = 0;
    for (let i = 0; i < 20_000; i++) {
      const n = realistic[i % realistic.length]!;
      const published = perturbCell(SECRET, cell({ category: `C${i}` }), n);
      sumError += published - n;
      sumAbsolute += Math.abs(published - n);
      if (published === n) exact++;
      cells++;
    }
    const bias = sumError / cells;
    const mad = sumAbsolute / cells;
    const expectedMad = realistic.reduce((s, n) => s + rowAccuracy(n).meanAbsoluteDeviation, 0) / realistic.length;
    expect(Math.abs(bias)).toBeLessThan(0.05);
    expect(Math.abs(mad - expectedMad)).toBeLessThan(0.05);
    expect(exact / cells).toBeLessThan(0.4);
  });
});
