/**
 * Small-number suppression for tables a partner agency or the public sees.
 *
 * Primary suppression: a cell with 1 ≤ count < threshold (default 10) is withheld, reason
 * `below_threshold`. Zeros are published by default; with `zeros: 'suppress'` they are withheld too.
 *
 * Secondary suppression, so that no withheld cell can be worked out from what is published:
 * 1. In every row (when row totals are published) and every column (when column totals are
 *    published) that has exactly one withheld cell, withhold one more: the smallest non-zero
 *    published cell of that line (a zero only if no non-zero cell is left). Ties go to a cell
 *    whose crossing line also has a single withheld cell, then to one whose crossing line already
 *    has several, then to the earlier cell. Repeat until no line has exactly one.
 * 2. With both row and column totals published, one withheld cell per line is not always enough:
 *    two separate blocks of withheld cells joined by a single withheld cell let that cell be
 *    found by adding up the rows of one block and subtracting its columns. Seen as a graph with
 *    rows and columns as nodes and withheld cells as edges, a cell can be worked out exactly when
 *    its edge is a bridge (lies on no cycle). For each bridge, withhold the smallest published
 *    cell joining the two sides, which puts the bridge on a cycle; then go back to step 1.
 * The result is stable when no line holds exactly one withheld cell and no withheld cell is a
 * bridge. A line of a single cell can never be protected, since its total is the cell; such
 * cells are reported in `warnings`, as are published totals that are themselves small.
 *
 * Limits: the rule blocks exact recovery by addition and subtraction. It does not narrow what a
 * reader can infer from bounds (every withheld primary cell is known to lie between 1 and
 * threshold − 1), and it does not look across separate tables that share totals.
 */
import { NotComputableReason, computed, notComputable, type Result } from './result.js';
import { checkCount } from './validation.js';

export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

export type SuppressionReason = 'below_threshold' | 'secondary';

/** One published cell: its count, or null with the reason it is withheld. */
export interface SuppressedCell {
  value: number | null;
  suppressed: boolean;
  reason: SuppressionReason | null;
}

export interface SuppressionOptions {
  /** Counts from 1 up to, but not including, this are withheld; default 10. */
  threshold?: number;
  /** Whether zero counts are published (default) or withheld as small numbers. */
  zeros?: 'publish' | 'suppress';
}

export interface TableSuppressionOptions extends SuppressionOptions {
  /** Whether each row's total is published; default true. */
  rowTotals?: boolean;
  /** Whether each column's total is published; default true. */
  columnTotals?: boolean;
}

export type TableSuppressionWarning =
  | { kind: 'small_total'; axis: 'row' | 'column'; index: number; value: number }
  | { kind: 'small_total'; axis: 'grand'; index: null; value: number }
  | { kind: 'recoverable_cell'; row: number; column: number };

export interface SuppressedTable {
  cells: SuppressedCell[][];
  /** Row totals as published, or null when they are not. */
  rowTotals: number[] | null;
  /** Column totals as published, or null when they are not. */
  columnTotals: number[] | null;
  /** The grand total, or null when no totals are published. */
  grandTotal: number | null;
  primaryCount: number;
  secondaryCount: number;
  warnings: TableSuppressionWarning[];
}

/**
 * Applies primary and secondary suppression to a table of counts (rows × columns of
 * non-negative whole numbers) as described at the top of this file.
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  options: TableSuppressionOptions = {},
): Result<SuppressedTable> {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    return notComputable(
      NotComputableReason.INVALID_OPTION,
      `threshold must be a whole number of at least 1 (got ${threshold})`,
    );
  }
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  if (rows === 0 || columns === 0) {
    return notComputable(NotComputableReason.INVALID_SHAPE, 'the table has no cells');
  }
  for (const [r, row] of counts.entries()) {
    if (row.length !== columns) {
      return notComputable(
        NotComputableReason.INVALID_SHAPE,
        `row ${r} has ${row.length} cells but row 0 has ${columns}`,
      );
    }
    for (const [c, value] of row.entries()) {
      const problem = checkCount(`cell [${r}][${c}]`, value);
      if (problem) return problem;
    }
  }

  const rowTotalsPublished = options.rowTotals ?? true;
  const columnTotalsPublished = options.columnTotals ?? true;
  const grid = new Grid(counts, rows, columns);
  const suppressZeros = options.zeros === 'suppress';
  grid.values.forEach((v, k) => {
    if ((v >= 1 && v < threshold) || (v === 0 && suppressZeros)) grid.marks[k] = 'below_threshold';
  });
  const recoverable = grid.protect(rowTotalsPublished, columnTotalsPublished);

  const rowTotals = counts.map((row) => row.reduce((s, v) => s + v, 0));
  const columnTotals = Array.from({ length: columns }, (_, c) => counts.reduce((s, row) => s + row[c]!, 0));
  const grandTotal = rowTotals.reduce((s, v) => s + v, 0);
  const isSmall = (v: number) => v >= 1 && v < threshold;
  const warnings: TableSuppressionWarning[] = [];
  // Interior suppression cannot hide a total that is itself a small number; the caller must decide.
  for (const [axis, totals, published] of [
    ['row', rowTotals, rowTotalsPublished],
    ['column', columnTotals, columnTotalsPublished],
  ] as const) {
    if (!published) continue;
    totals.forEach((value, index) => {
      if (isSmall(value)) warnings.push({ kind: 'small_total', axis, index, value });
    });
  }
  const anyTotals = rowTotalsPublished || columnTotalsPublished;
  if (anyTotals && isSmall(grandTotal)) {
    warnings.push({ kind: 'small_total', axis: 'grand', index: null, value: grandTotal });
  }
  for (const k of recoverable) warnings.push({ kind: 'recoverable_cell', row: grid.rowOf(k), column: grid.columnOf(k) });

  const cells = counts.map((row, r) =>
    row.map((value, c): SuppressedCell => {
      const reason = grid.marks[r * columns + c] ?? null;
      return reason ? { value: null, suppressed: true, reason } : { value, suppressed: false, reason: null };
    }),
  );
  return computed({
    cells,
    rowTotals: rowTotalsPublished ? rowTotals : null,
    columnTotals: columnTotalsPublished ? columnTotals : null,
    grandTotal: anyTotals ? grandTotal : null,
    primaryCount: grid.marks.filter((m) => m === 'below_threshold').length,
    secondaryCount: grid.marks.filter((m) => m === 'secondary').length,
    warnings,
  });
}

/** A count for one category of a one-dimensional breakdown. */
export interface CategoryCount {
  category: string;
  count: number;
}

export interface CategorySuppressionOptions extends SuppressionOptions {
  /** Whether the total across categories is published; default true. */
  totalPublished?: boolean;
}

export type CategorySuppressionWarning =
  | { kind: 'small_total'; value: number }
  | { kind: 'recoverable_cell'; category: string };

export interface SuppressedCategories {
  categories: Array<{ category: string } & SuppressedCell>;
  /** The total, or null when it is not published. */
  total: number | null;
  primaryCount: number;
  secondaryCount: number;
  warnings: CategorySuppressionWarning[];
}

/**
 * The one-dimensional form of {@link suppressTable}: a list of categories and, by default, their
 * published total. When exactly one category is withheld, the smallest other non-zero category
 * is withheld too, since otherwise total minus the rest would give it away.
 */
export function suppressCategories(
  categories: readonly CategoryCount[],
  options: CategorySuppressionOptions = {},
): Result<SuppressedCategories> {
  if (categories.length === 0) return notComputable(NotComputableReason.EMPTY_INPUT, 'no categories were given');
  const table = suppressTable([categories.map((c) => c.count)], {
    threshold: options.threshold,
    zeros: options.zeros,
    rowTotals: options.totalPublished ?? true,
    columnTotals: false,
  });
  if (!table.computable) {
    // Name the category rather than the internal cell position.
    const detail = table.detail.replace(/cell \[0\]\[(\d+)\]/, (_, i: string) => {
      return `category "${categories[Number(i)]!.category}"`;
    });
    return notComputable(table.reason, detail);
  }
  const warnings: CategorySuppressionWarning[] = table.warnings.flatMap((w): CategorySuppressionWarning[] => {
    if (w.kind === 'recoverable_cell') return [{ kind: 'recoverable_cell', category: categories[w.column]!.category }];
    return w.axis === 'row' ? [{ kind: 'small_total', value: w.value }] : [];
  });
  return computed({
    categories: categories.map((c, i) => ({ category: c.category, ...table.cells[0]![i]! })),
    total: table.rowTotals ? table.rowTotals[0]! : null,
    primaryCount: table.primaryCount,
    secondaryCount: table.secondaryCount,
    warnings,
  });
}

/** A table flattened row by row, with the suppression mark of each cell. */
class Grid {
  readonly values: number[];
  readonly marks: Array<SuppressionReason | null>;

  constructor(
    counts: readonly (readonly number[])[],
    readonly rows: number,
    readonly columns: number,
  ) {
    this.values = counts.flat();
    this.marks = this.values.map(() => null);
  }

  rowOf(k: number): number {
    return Math.floor(k / this.columns);
  }

  columnOf(k: number): number {
    return k % this.columns;
  }

  /** Runs secondary suppression to a fixed point; returns withheld cells that can still be worked out. */
  protect(rowTotals: boolean, columnTotals: boolean): number[] {
    const lines: number[][] = [];
    if (rowTotals) {
      for (let r = 0; r < this.rows; r++) lines.push(Array.from({ length: this.columns }, (_, c) => r * this.columns + c));
    }
    if (columnTotals) {
      for (let c = 0; c < this.columns; c++) lines.push(Array.from({ length: this.rows }, (_, r) => r * this.columns + c));
    }
    const linesOfCell: number[][] = this.values.map(() => []);
    lines.forEach((line, li) => line.forEach((k) => linesOfCell[k]!.push(li)));

    // Cells that no published cell can protect; remembered so the loop ends.
    const unprotectable = new Set<number>();
    const bothTotals = rowTotals && columnTotals;
    for (;;) {
      this.fillSingleLines(lines, linesOfCell, unprotectable);
      if (!bothTotals || !this.breakOneBridge(unprotectable)) break;
    }
    const recoverable = new Set(bothTotals ? this.bridges() : []);
    for (const line of lines) {
      if (this.suppressedIn(line) === 1) recoverable.add(line.find((k) => this.marks[k])!);
    }
    return [...recoverable].sort((a, b) => a - b);
  }

  private suppressedIn(line: readonly number[]): number {
    return line.reduce((n, k) => n + (this.marks[k] ? 1 : 0), 0);
  }

  /** Step 1: give every line with exactly one withheld cell a second one. */
  private fillSingleLines(lines: number[][], linesOfCell: number[][], unprotectable: Set<number>): void {
    let changed = true;
    while (changed) {
      changed = false;
      lines.forEach((line, li) => {
        if (this.suppressedIn(line) !== 1) return;
        const candidates = line.filter((k) => !this.marks[k]);
        if (candidates.length === 0) {
          unprotectable.add(line.find((k) => this.marks[k])!);
          return;
        }
        const crossing = (k: number) => {
          const counts = linesOfCell[k]!.filter((other) => other !== li).map((other) => this.suppressedIn(lines[other]!));
          if (counts.includes(1)) return 0;
          return counts.length === 0 || counts.some((n) => n >= 2) ? 1 : 2;
        };
        const chosen = this.smallest(candidates, crossing);
        this.marks[chosen] = 'secondary';
        changed = true;
      });
    }
  }

  /** Step 2: put one bridge on a cycle. Returns whether a cell was withheld. */
  private breakOneBridge(unprotectable: Set<number>): boolean {
    for (const bridge of this.bridges()) {
      if (unprotectable.has(bridge)) continue;
      const rowNode = this.rowOf(bridge);
      const component = this.reachable(rowNode, -1);
      const nearSide = this.reachable(rowNode, bridge);
      const joining = this.values
        .map((_, k) => k)
        .filter((k) => {
          if (this.marks[k]) return false;
          const ends = [this.rowOf(k), this.rows + this.columnOf(k)];
          return ends.every((n) => component.has(n)) && nearSide.has(ends[0]!) !== nearSide.has(ends[1]!);
        });
      if (joining.length === 0) {
        unprotectable.add(bridge);
        continue;
      }
      this.marks[this.smallest(joining, () => 0)] = 'secondary';
      return true;
    }
    return false;
  }

  /** The cell among `candidates` to withhold: non-zero first, then smallest, then by `rank`, then earliest. */
  private smallest(candidates: number[], rank: (k: number) => number): number {
    const key = (k: number) => [this.values[k] === 0 ? 1 : 0, this.values[k]!, rank(k), k] as const;
    return candidates.reduce((best, k) => {
      const a = key(k);
      const b = key(best);
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? k : best;
      return best;
    });
  }

  /** Withheld cells as edges between row nodes 0..rows−1 and column nodes rows..rows+columns−1. */
  private adjacency(): Array<Array<{ node: number; edge: number }>> {
    const adjacent: Array<Array<{ node: number; edge: number }>> = Array.from({ length: this.rows + this.columns }, () => []);
    this.marks.forEach((mark, k) => {
      if (!mark) return;
      const rowNode = this.rowOf(k);
      const columnNode = this.rows + this.columnOf(k);
      adjacent[rowNode]!.push({ node: columnNode, edge: k });
      adjacent[columnNode]!.push({ node: rowNode, edge: k });
    });
    return adjacent;
  }

  /** Withheld cells lying on no cycle, in cell order (Tarjan's bridge-finding). */
  private bridges(): number[] {
    const adjacent = this.adjacency();
    const order = new Array<number>(adjacent.length).fill(-1);
    const low = new Array<number>(adjacent.length).fill(0);
    const found: number[] = [];
    let counter = 0;
    const visit = (node: number, viaEdge: number) => {
      order[node] = low[node] = counter++;
      for (const { node: next, edge } of adjacent[node]!) {
        if (edge === viaEdge) continue;
        if (order[next] === -1) {
          visit(next, edge);
          low[node] = Math.min(low[node], low[next]!);
          if (low[next]! > order[node]) found.push(edge);
        } else {
          low[node] = Math.min(low[node], order[next]!);
        }
      }
    };
    for (let node = 0; node < adjacent.length; node++) if (order[node] === -1) visit(node, -1);
    return found.sort((a, b) => a - b);
  }

  /** Nodes reachable from `start` over withheld cells other than `without`. */
  private reachable(start: number, without: number): Set<number> {
    const adjacent = this.adjacency();
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const node = queue.pop()!;
      for (const { node: next, edge } of adjacent[node]!) {
        if (edge === without || seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return seen;
  }
}
