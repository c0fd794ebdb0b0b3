import { describe, expect, it } from 'vitest';
import { NotComputableReason } from './result.js';
import {
  suppressCategories,
  suppressTable,
  type SuppressedTable,
  type TableSuppressionOptions,
} from './suppression.js';

/** P = withheld below threshold, S = withheld as secondary, . = published. */
function pattern(table: SuppressedTable): string[] {
  return table.cells.map((row) =>
    row.map((c) => (c.reason === 'below_threshold' ? 'P' : c.reason === 'secondary' ? 'S' : '.')).join(''),
  );
}

function suppressed(counts: number[][], options?: TableSuppressionOptions): SuppressedTable {
  const r = suppressTable(counts, options);
  if (!r.computable) throw new Error(r.detail);
  return r;
}

/**
 * Withheld cells that a reader could work out exactly from the published totals and cells,
 * found by linear algebra rather than by the rules under test: cell k is recoverable when the
 * unit vector for k lies in the span of the row and column equations over the withheld cells.
 */
function recoverableByAlgebra(withheld: boolean[][], rowTotals: boolean, columnTotals: boolean): Array<[number, number]> {
  const unknowns: Array<[number, number]> = [];
  withheld.forEach((row, r) => row.forEach((w, c) => w && unknowns.push([r, c])));
  const equations: number[][] = [];
  if (rowTotals) withheld.forEach((_, r) => equations.push(unknowns.map(([ur]) => (ur === r ? 1 : 0))));
  if (columnTotals) {
    withheld[0]!.forEach((_, c) => equations.push(unknowns.map(([, uc]) => (uc === c ? 1 : 0))));
  }
  const base = rank(equations);
  return unknowns.filter((_, k) => rank([...equations, unknowns.map((__, j) => (j === k ? 1 : 0))]) === base);
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  const columns = m[0]?.length ?? 0;
  let r = 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[pivot]![c]!)) pivot = i;
    if (Math.abs(m[pivot]![c]!) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      for (let j = c; j < columns; j++) m[i]![j]! -= f * m[r]![j]!;
    }
    r++;
  }
  return r;
}

const withheldMask = (t: SuppressedTable) => t.cells.map((row) => row.map((c) => c.suppressed));

describe('suppressTable: primary suppression', () => {
  it('withholds counts from 1 to threshold − 1 and publishes zeros by default', () => {
    const t = suppressed(
      [
        [12, 5, 0],
        [9, 10, 1],
      ],
      { rowTotals: false, columnTotals: false },
    );
    // 5, 9 and 1 are in 1..9; 12 and 10 are not small; 0 is published
    expect(pattern(t)).toEqual(['.P.', 'P.P']);
    expect(t.cells[0]).toEqual([
      { value: 12, suppressed: false, reason: null },
      { value: null, suppressed: true, reason: 'below_threshold' },
      { value: 0, suppressed: false, reason: null },
    ]);
    expect(t.primaryCount).toBe(3);
    expect(t.secondaryCount).toBe(0);
    expect(t.rowTotals).toBeNull();
    expect(t.grandTotal).toBeNull();
  });

  it('can withhold zeros too', () => {
    const t = suppressed([[0, 3, 50, 60]], { zeros: 'suppress', columnTotals: false });
    // 0 and 3 are both withheld as small, so the row already has two: no secondary needed
    expect(pattern(t)).toEqual(['PP..']);
    expect(t.cells[0]![0]).toEqual({ value: null, suppressed: true, reason: 'below_threshold' });
  });

  it('honours another threshold', () => {
    const t = suppressed([[4, 5, 6, 70]], { threshold: 5, rowTotals: false, columnTotals: false });
    // threshold 5: only 1..4 are small
    expect(pattern(t)).toEqual(['P...']);
  });
});

describe('suppressTable: secondary suppression', () => {
  it('withholds a second cell when a row has a single withheld cell', () => {
    const t = suppressed([[25, 4, 18, 40]], { columnTotals: false });
    // Published total 87: 87 − 25 − 18 − 40 = 4 would give the 4 away,
    // so the smallest non-zero published cell of the row, 18, is withheld too.
    expect(pattern(t)).toEqual(['.PS.']);
    expect(t.rowTotals).toEqual([87]);
    expect(t.secondaryCount).toBe(1);
  });

  it('prefers a non-zero cell and falls back to a zero only when nothing else is left', () => {
    // 50 beats the zero even though 0 is smaller
    expect(pattern(suppressed([[0, 3, 50, 60]], { columnTotals: false }))).toEqual(['.PS.']);
    // Row [3, 0, 0]: no non-zero cell left, so a zero is withheld; 3 + x = 3 no longer pins either cell.
    const t = suppressed([[3, 0, 0]], { columnTotals: false });
    expect(pattern(t)).toEqual(['PS.']);
    // The total itself is 3, which is a small number in its own right.
    expect(t.warnings).toEqual([
      { kind: 'small_total', axis: 'row', index: 0, value: 3 },
      { kind: 'small_total', axis: 'grand', index: null, value: 3 },
    ]);
  });

  it('chains across rows and columns until every line is safe', () => {
    const counts = [
      [20, 3, 45],
      [33, 41, 27],
      [15, 22, 50],
    ];
    // Without secondary suppression, row 0's total gives the 3 away: 68 − 20 − 45 = 3.
    const t = suppressed(counts);
    // row 0 has one withheld cell → withhold its smallest other cell, 20 at [0][0]
    // column 0 now has one (20) → withhold its smallest other cell, 15 at [2][0]
    // row 2 now has one (15) → withhold 22 at [2][1], which also pairs column 1's 3
    expect(pattern(t)).toEqual(['SP.', '...', 'SS.']);
    expect(t.secondaryCount).toBe(3);
    // totals: rows 20 + 3 + 45 = 68, 33 + 41 + 27 = 101, 15 + 22 + 50 = 87;
    // columns 20 + 33 + 15 = 68, 3 + 41 + 22 = 66, 45 + 27 + 50 = 122; grand 68 + 101 + 87 = 256
    expect(t.rowTotals).toEqual([68, 101, 87]);
    expect(t.columnTotals).toEqual([68, 66, 122]);
    expect(t.grandTotal).toBe(256);
    expect(recoverableByAlgebra(withheldMask(t), true, true)).toEqual([]);
    expect(t.warnings).toEqual([]);
  });

  it('breaks ties in favour of a cell whose column also needs a partner', () => {
    const t = suppressed([
      [4, 30, 30],
      [30, 30, 5],
    ]);
    // Row 0's 4 needs a partner: [0][1] and [0][2] are both 30, but column 2 already holds the 5,
    // so [0][2] protects column 2 as well. Row 1's 5 then pairs with [1][0] for column 0.
    expect(pattern(t)).toEqual(['P.S', 'S.P']);
    expect(t.secondaryCount).toBe(2);
  });

  it('protects a cell that joins two separate blocks of withheld cells', () => {
    const counts = [
      [3, 4, 5, 40],
      [6, 7, 30, 50],
      [60, 70, 8, 9],
      [80, 90, 2, 1],
    ];
    // Every row and column has two or more primary cells, yet the 5 at [0][2] can be found:
    // withheld in rows 0–1 = (3 + 4 + 5) + (6 + 7) = 25, withheld in columns 0–1 = (3 + 6) + (4 + 7) = 20,
    // and 25 − 20 = 5, because only the 5 is in rows 0–1 but not in columns 0–1.
    const primaryOnly = counts.map((row) => row.map((v) => v >= 1 && v < 10));
    expect(recoverableByAlgebra(primaryOnly, true, true)).toEqual([[0, 2]]);
    const t = suppressed(counts);
    // The cheapest published cell joining the two blocks is the 30 at [1][2].
    expect(pattern(t)).toEqual(['PPP.', 'PPS.', '..PP', '..PP']);
    expect(t.secondaryCount).toBe(1);
    expect(recoverableByAlgebra(withheldMask(t), true, true)).toEqual([]);
  });

  it('does not pair cells along rows when only column totals are published', () => {
    const t = suppressed(
      [
        [25, 4],
        [18, 40],
      ],
      { rowTotals: false },
    );
    // column 1: 44 − 40 = 4 would reveal it, so 40 is withheld; row 0 is not constrained
    expect(pattern(t)).toEqual(['.P', '.S']);
    expect(t.rowTotals).toBeNull();
    expect(t.columnTotals).toEqual([43, 44]);
  });

  it('warns when a line of a single cell makes a withheld cell plain from its total', () => {
    const t = suppressed([[5], [20]], { columnTotals: false });
    // row 0's total is the cell itself, so nothing can protect it
    expect(pattern(t)).toEqual(['P', '.']);
    expect(t.warnings).toEqual([
      { kind: 'small_total', axis: 'row', index: 0, value: 5 },
      { kind: 'recoverable_cell', row: 0, column: 0 },
    ]);
  });

  it('refuses malformed tables and options', () => {
    expect(suppressTable([])).toMatchObject({ computable: false, reason: NotComputableReason.INVALID_SHAPE });
    expect(suppressTable([[]])).toMatchObject({ reason: NotComputableReason.INVALID_SHAPE });
    expect(suppressTable([[1, 2], [3]])).toMatchObject({ reason: NotComputableReason.INVALID_SHAPE });
    expect(suppressTable([[1, -2]])).toMatchObject({ reason: NotComputableReason.NEGATIVE_INPUT });
    expect(suppressTable([[1, 2.5]])).toMatchObject({ reason: NotComputableReason.NON_INTEGER_COUNT });
    expect(suppressTable([[1, Number.NaN]])).toMatchObject({ reason: NotComputableReason.NON_FINITE_INPUT });
    expect(suppressTable([[1, 2]], { threshold: 0 })).toMatchObject({ reason: NotComputableReason.INVALID_OPTION });
    expect(suppressTable([[1, 2]], { threshold: 2.5 })).toMatchObject({ reason: NotComputableReason.INVALID_OPTION });
  });
});

describe('suppressTable: properties over random tables', () => {
  // mulberry32: a small seeded generator so failures can be replayed
  function generator(seed: number) {
    let a = seed >>> 0;
    return (n: number) => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
  }

  function randomTable(next: (n: number) => number): number[][] {
    const rows = 2 + next(5);
    const columns = 2 + next(5);
    // Mostly small counts, so tables have plenty to withhold; some zeros and some large counts.
    return Array.from({ length: rows }, () =>
      Array.from({ length: columns }, () => (next(4) === 0 ? 10 + next(90) : next(14))),
    );
  }

  const lines = (mask: boolean[][]) => [
    ...mask,
    ...mask[0]!.map((_, c) => mask.map((row) => row[c]!)),
  ];

  it('leaves every row and column with no withheld cell or at least two (200 tables)', () => {
    const next = generator(2024);
    let withheldTotal = 0;
    for (let i = 0; i < 200; i++) {
      const counts = randomTable(next);
      const t = suppressed(counts);
      for (const line of lines(withheldMask(t))) {
        const n = line.filter(Boolean).length;
        expect(n === 0 || n >= 2).toBe(true);
      }
      withheldTotal += t.primaryCount + t.secondaryCount;
    }
    expect(withheldTotal).toBeGreaterThan(1000);
  });

  it('withholds exactly the small cells as primary and publishes the rest unchanged (200 tables)', () => {
    const next = generator(7);
    for (let i = 0; i < 200; i++) {
      const counts = randomTable(next);
      const t = suppressed(counts);
      t.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const v = counts[r]![c]!;
          expect(cell.reason === 'below_threshold').toBe(v >= 1 && v < 10);
          if (!cell.suppressed) expect(cell.value).toBe(v);
          else expect(cell.value).toBeNull();
        }),
      );
    }
  });

  it('leaves no withheld cell recoverable by any combination of rows and columns (200 tables)', () => {
    const next = generator(31337);
    for (let i = 0; i < 200; i++) {
      const t = suppressed(randomTable(next));
      expect(recoverableByAlgebra(withheldMask(t), true, true)).toEqual([]);
      expect(t.warnings.filter((w) => w.kind === 'recoverable_cell')).toEqual([]);
    }
  });

  it('pairs cells within rows only when only row totals are published (200 tables)', () => {
    const next = generator(99);
    for (let i = 0; i < 200; i++) {
      const t = suppressed(randomTable(next), { columnTotals: false });
      const mask = withheldMask(t);
      for (const row of mask) {
        const n = row.filter(Boolean).length;
        expect(n === 0 || n >= 2).toBe(true);
      }
      expect(recoverableByAlgebra(mask, true, false)).toEqual([]);
    }
  });
});

describe('suppressCategories', () => {
  const byEthnicity = [
    { category: 'White', count: 120 },
    { category: 'Black', count: 7 },
    { category: 'Asian', count: 35 },
    { category: 'Mixed', count: 12 },
    { category: 'Other', count: 0 },
  ];

  it('withholds a second category when one alone would be revealed by the total', () => {
    const r = suppressCategories(byEthnicity);
    if (!r.computable) throw new Error(r.detail);
    // total = 120 + 7 + 35 + 12 + 0 = 174, and 174 − 120 − 35 − 12 − 0 = 7 would reveal Black;
    // the smallest other non-zero category, Mixed (12), is withheld as well
    expect(r.total).toBe(174);
    expect(r.categories).toEqual([
      { category: 'White', value: 120, suppressed: false, reason: null },
      { category: 'Black', value: null, suppressed: true, reason: 'below_threshold' },
      { category: 'Asian', value: 35, suppressed: false, reason: null },
      { category: 'Mixed', value: null, suppressed: true, reason: 'secondary' },
      { category: 'Other', value: 0, suppressed: false, reason: null },
    ]);
    expect(r.primaryCount).toBe(1);
    expect(r.secondaryCount).toBe(1);
    expect(r.warnings).toEqual([]);
  });

  it('needs no secondary cell when the total is not published', () => {
    const r = suppressCategories(byEthnicity, { totalPublished: false });
    if (!r.computable) throw new Error(r.detail);
    expect(r.total).toBeNull();
    expect(r.categories.filter((c) => c.suppressed).map((c) => c.category)).toEqual(['Black']);
  });

  it('needs no secondary cell when two categories are already small', () => {
    const r = suppressCategories([
      { category: 'A', count: 3 },
      { category: 'B', count: 4 },
      { category: 'C', count: 50 },
    ]);
    if (!r.computable) throw new Error(r.detail);
    expect(r.categories.map((c) => c.reason)).toEqual(['below_threshold', 'below_threshold', null]);
  });

  it('warns about a small total and a lone category', () => {
    const small = suppressCategories([{ category: 'Only', count: 4 }]);
    if (!small.computable) throw new Error(small.detail);
    expect(small.warnings).toEqual([
      { kind: 'small_total', value: 4 },
      { kind: 'recoverable_cell', category: 'Only' },
    ]);
  });

  it('names the category at fault', () => {
    const r = suppressCategories([
      { category: 'A', count: 3 },
      { category: 'B', count: -1 },
    ]);
    expect(r).toMatchObject({ computable: false, reason: NotComputableReason.NEGATIVE_INPUT });
    expect(!r.computable && r.detail).toContain('category "B"');
    expect(suppressCategories([])).toMatchObject({ reason: NotComputableReason.EMPTY_INPUT });
  });

  it('leaves no category alone in being withheld (200 seeded lists)', () => {
    let seed = 5;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let i = 0; i < 200; i++) {
      const counts = Array.from({ length: 2 + next(7) }, (_, j) => ({ category: `c${j}`, count: next(3) ? next(15) : 20 + next(100) }));
      const r = suppressCategories(counts);
      if (!r.computable) throw new Error(r.detail);
      const n = r.categories.filter((c) => c.suppressed).length;
      expect(n === 0 || n >= 2).toBe(true);
      expect(r.total).toBe(counts.reduce((s, c) => s + c.count, 0));
    }
  });
});
