import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PERTURBATION_TABLE, canPublishAs } from '@edhr/statistics';
import type { Identity } from '@edhr/kit';
import { ADMIN, PUBLIC, SERVICE, STAFF, openPartnersHarness, partner, type PartnersHarness } from './partners-harness';
import { CREATE_AGREEMENT, DISPARITY, IMPORT_POPULATION, TEST_DENOMINATOR, TEST_POPULATION_CSV, UPLOAD, WEST_MIDLANDS } from './fixtures';

/**
 * Disclosure control against differencing. A year of monthly stop and search with small cells is
 * published (to the public too); a partner may see months at threshold 5. Every question either
 * viewer can ask — each month, quarter and the year, each grouped by every finer granularity —
 * is asked, and everything answered is treated as an attacker would: a set of equations over the
 * true monthly cells. The attacker knows the method and the perturbation table, not the secret.
 *
 * A true small cell is recovered exactly only if every dataset consistent with all the answers
 * agrees on it. For each small cell the test finds a second dataset, differing in that cell, that
 * the ptable could have published as exactly the same answers: so no combination of answers —
 * nested periods subtracted, totals minus cells, any linear system or anything else — can pin it.
 */

const YEAR = 2023;
const CATEGORIES = ['WHITE', 'BLACK', 'ASIAN', 'MIXED', 'OTHER'] as const;
const MONTHS = Array.from({ length: 12 }, (_, m) => m);
const monthCode = (m: number) => `${YEAR}-${String(m + 1).padStart(2, '0')}`;

/** A deterministic generator, so the data (and the test) are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** True monthly counts per category: large for WHITE and BLACK, small (0–12) for the rest. */
function monthlyData(): number[][] {
  const random = seeded(20230101);
  const span: Record<(typeof CATEGORIES)[number], [number, number]> = {
    WHITE: [80, 140],
    BLACK: [15, 40],
    ASIAN: [3, 12],
    MIXED: [0, 6],
    OTHER: [0, 3],
  };
  return MONTHS.map(() => CATEGORIES.map((c) => span[c][0] + Math.floor(random() * (span[c][1] - span[c][0] + 1))));
}

/** One published figure: the true monthly cells it adds up, and what the viewer was shown. */
interface Observation {
  /** Indices month × CATEGORIES.length + category. */
  cells: number[];
  shown: number | null;
  question: string;
}

interface Viewer {
  name: string;
  identity: Identity;
  threshold: number;
}

const QUESTIONS: Array<{ period: string; groupBy?: 'MONTH' | 'QUARTER' }> = [
  ...MONTHS.map((m) => ({ period: monthCode(m) })),
  ...[1, 2, 3, 4].flatMap((q) => [{ period: `${YEAR}-Q${q}` }, { period: `${YEAR}-Q${q}`, groupBy: 'MONTH' as const }]),
  { period: String(YEAR) },
  { period: String(YEAR), groupBy: 'QUARTER' },
  { period: String(YEAR), groupBy: 'MONTH' },
];

/** The months a row's period covers. */
function monthsOf(period: string): number[] {
  if (/^\d{4}-\d{2}$/.test(period)) return [Number(period.slice(5)) - 1];
  const quarter = /^\d{4}-Q(\d)$/.exec(period);
  if (quarter) return [0, 1, 2].map((i) => (Number(quarter[1]) - 1) * 3 + i);
  return MONTHS;
}

describe('disclosure control against differencing', { timeout: 240_000 }, () => {
  let h: PartnersHarness;
  const truth = monthlyData();
  const trueCell = (k: number) => truth[Math.floor(k / CATEGORIES.length)]![k % CATEGORIES.length]!;
  const viewers: Viewer[] = [
    { name: 'the public', identity: PUBLIC, threshold: 10 },
    { name: 'a partner allowed months', identity: partner('monthly'), threshold: 5 },
  ];
  const observed = new Map<string, Observation[]>();

  beforeAll(async () => {
    h = await openPartnersHarness();
    await h.ok(IMPORT_POPULATION, { input: { ...TEST_DENOMINATOR, characteristic: 'RACE', content: TEST_POPULATION_CSV } }, ADMIN);
    const csv = [
      'dataset,period,area,characteristic,category,count,published',
      ...MONTHS.flatMap((m) => CATEGORIES.map((c, i) => `stop-search,${monthCode(m)},${WEST_MIDLANDS},RACE,${c},${truth[m]![i]},true`)),
    ].join('\n');
    await h.ok(UPLOAD, { content: csv }, SERVICE);
    await h.ok(
      `mutation ($input: PartnerAgencyInput!) { createPartnerAgency(input: $input) { key } }`,
      { input: { key: 'monthly', name: 'A partner allowed months', sector: 'health', organisationKey: 'west-midlands-police' } },
      ADMIN,
    );
    await h.ok(
      CREATE_AGREEMENT,
      {
        input: {
          reference: 'WMP-DSA-MONTHLY',
          partnerKey: 'monthly',
          title: 'Monthly stop and search',
          datasets: ['stop-search'],
          characteristics: ['RACE'],
          areas: [WEST_MIDLANDS],
          finestPeriod: 'MONTH',
          suppressionThreshold: 5,
          validFrom: '2020-01-01',
          validTo: '2099-12-31',
        },
      },
      ADMIN,
    );

    for (const viewer of viewers) {
      const list: Observation[] = [];
      for (const question of QUESTIONS) {
        const variables = { dataset: 'stop-search', area: WEST_MIDLANDS, ds: TEST_DENOMINATOR.source, de: TEST_DENOMINATOR.edition, ...question };
        const { disparity } = await h.ok(DISPARITY, variables, viewer.identity);
        const label = `${question.period}${question.groupBy ? ` by ${question.groupBy}` : ''}`;
        for (const row of disparity.rows) {
          const c = CATEGORIES.indexOf(row.category);
          list.push({ cells: monthsOf(row.period).map((m) => m * CATEGORIES.length + c), shown: row.count, question: `${label}: ${row.category} ${row.period}` });
          // A rate is the published count over a public population: it carries nothing more.
          if (row.count !== null && row.denominator) expect((row.rate.value * row.denominator) / 1000).toBeCloseTo(row.count, 6);
          if (row.count === null) expect(row.rate.value).toBeNull();
        }
        for (const total of disparity.totals) {
          const cells = monthsOf(total.period).flatMap((m) => CATEGORIES.map((_, c) => m * CATEGORIES.length + c));
          list.push({ cells, shown: total.total, question: `${label}: total ${total.period}` });
        }
      }
      observed.set(viewer.name, list);
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Whether a dataset could have been published as every observation (some cell key giving each shown value). */
  const consistent = (data: (k: number) => number, observations: Observation[], threshold: number) =>
    observations.every(({ cells, shown }) => {
      const sum = cells.reduce((s, k) => s + data(k), 0);
      if (sum < 0) return false;
      if (shown !== null) return canPublishAs(sum, shown);
      // Withheld: the published value was somewhere from 1 to threshold − 1.
      for (let v = 1; v < threshold; v++) if (canPublishAs(sum, v)) return true;
      return false;
    });

  const smallCells = truth.flatMap((row, m) => row.flatMap((n, c) => (n >= 1 && n < 10 ? [m * CATEGORIES.length + c] : [])));

  it('has small cells to protect, and questions rich enough that exact answers would give them away', () => {
    expect(smallCells.length).toBeGreaterThan(20);
    // Were the answers exact, every month would be its quarter minus its two sibling months (and the
    // year minus the other eleven, and the total minus the other categories), as the first build allowed.
    for (const k of smallCells) {
      const m = Math.floor(k / CATEGORIES.length);
      const c = k % CATEGORIES.length;
      const quarter = Math.floor(m / 3) * 3;
      const siblings = [0, 1, 2].map((i) => quarter + i).filter((x) => x !== m);
      expect(siblings.reduce((s, x) => s - truth[x]![c]!, [0, 1, 2].reduce((s, i) => s + truth[quarter + i]![c]!, 0))).toBe(truth[m]![c]);
    }
  });

  for (const viewer of viewers) {
    describe(`as ${viewer.name}`, () => {
      it('gets the same value for the same cell however it asks (a month alone, in its quarter, in the year)', () => {
        const byCells = new Map<string, Set<number | null>>();
        for (const o of observed.get(viewer.name)!) {
          const key = o.cells.join(',');
          byCells.set(key, (byCells.get(key) ?? new Set()).add(o.shown));
        }
        for (const values of byCells.values()) expect(values.size).toBe(1);
        // 60 month cells, 20 quarter cells, 5 year cells, and 17 totals: every question asked lands on one of them.
        expect(byCells.size).toBe(60 + 20 + 5 + 12 + 4 + 1);
      });

      it('is never shown a count below its threshold exactly, nor a total', () => {
        for (const o of observed.get(viewer.name)!) {
          const trueValue = o.cells.reduce((s, k) => s + trueCell(k), 0);
          if (trueValue >= 1 && trueValue < viewer.threshold) expect(o.shown, o.question).not.toBe(trueValue);
          if (o.shown !== null) expect([1, 2]).not.toContain(o.shown);
          if (o.shown !== null && o.shown > 0) expect(o.shown).toBeGreaterThanOrEqual(viewer.threshold);
        }
      });

      it('cannot work out a small cell by subtracting nested periods or cells from totals', () => {
        const observations = observed.get(viewer.name)!;
        const distinct = [...new Map(observations.map((o) => [o.cells.join(','), o])).values()];
        // Every derivation A − B₁ − … − Bⱼ (shown figures B inside A, disjoint, leaving exactly the one
        // cell: a quarter minus its other months, a year minus the other eleven, a total minus the other
        // categories, a year's total minus quarter totals and cells, …) bounds the cell by the ptable's
        // reach on each figure; intersect them all with the cell's own figure.
        const reach = DEFAULT_PERTURBATION_TABLE.maxDeviation + DEFAULT_PERTURBATION_TABLE.smallestPublished;
        /** Shown figures that exactly cover `wanted`, disjoint, largest first; null when none do. */
        const cover = (wanted: Set<number>, pieces: Observation[]): Observation[] | null => {
          if (wanted.size === 0) return [];
          const first = Math.min(...wanted);
          for (const piece of pieces) {
            if (!piece.cells.includes(first) || !piece.cells.every((x) => wanted.has(x))) continue;
            const rest = new Set([...wanted].filter((x) => !piece.cells.includes(x)));
            const more = cover(rest, pieces);
            if (more) return [piece, ...more];
          }
          return null;
        };
        let derivations = 0;
        for (const k of smallCells) {
          const own = distinct.find((o) => o.cells.length === 1 && o.cells[0] === k)!;
          let [low, high] = own.shown !== null ? [Math.max(0, own.shown - reach), own.shown + reach] : [0, viewer.threshold - 1 + reach];
          for (const a of distinct) {
            if (!a.cells.includes(k) || a.shown === null || a.cells.length === 1) continue;
            const pieces = distinct
              .filter((b) => b !== a && b.shown !== null && !b.cells.includes(k) && b.cells.every((x) => a.cells.includes(x)))
              .sort((x, y) => y.cells.length - x.cells.length);
            const used = cover(new Set(a.cells.filter((x) => x !== k)), pieces);
            if (!used) continue;
            derivations++;
            const estimate = used.reduce((e, b) => e - b.shown!, a.shown);
            const spread = reach * (used.length + 1);
            low = Math.max(low, estimate - spread);
            high = Math.min(high, estimate + spread);
          }
          expect(high - low, `cell ${k}`).toBeGreaterThan(0);
          expect(trueCell(k)).toBeGreaterThanOrEqual(low);
          expect(trueCell(k)).toBeLessThanOrEqual(high);
        }
        // Shown small cells can be attacked this way; withheld ones often cannot even be isolated.
        expect(derivations).toBeGreaterThan(0);
      });

      it('leaves every small cell undetermined: another dataset, differing in that cell, gives exactly the same answers', () => {
        const observations = observed.get(viewer.name)!;
        expect(consistent(trueCell, observations, viewer.threshold)).toBe(true);
        const recovered: string[] = [];
        for (const k of smallCells) {
          const m = Math.floor(k / CATEGORIES.length);
          const c = k % CATEGORIES.length;
          // Changes to try: the cell alone, or with an opposite change in another category of its month
          // or in the same category of a neighbouring month (which keeps some totals as they were).
          const moves: Array<Map<number, number>> = [];
          for (const delta of [1, -1, 2, -2]) {
            moves.push(new Map([[k, delta]]));
            for (let other = 0; other < CATEGORIES.length; other++) if (other !== c) moves.push(new Map([[k, delta], [m * CATEGORIES.length + other, -delta]]));
            for (const near of [m - 1, m + 1]) if (near >= 0 && near < 12) moves.push(new Map([[k, delta], [near * CATEGORIES.length + c, -delta]]));
          }
          const witness = moves.find((move) => {
            const alternative = (x: number) => trueCell(x) + (move.get(x) ?? 0);
            if ([...move.keys()].some((x) => alternative(x) < 0)) return false;
            const touched = observations.filter((o) => o.cells.some((x) => move.has(x)));
            return consistent(alternative, touched, viewer.threshold);
          });
          if (!witness) recovered.push(`${monthCode(m)} ${CATEGORIES[c]} = ${trueCell(k)}`);
        }
        expect(recovered).toEqual([]);
      });
    });
  }

  it('shows a partner a finding only where its category is shown, with the published figures', async () => {
    for (let q = 1; q <= 4; q++) {
      await h.ok(
        `mutation { detectFindings(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "${WEST_MIDLANDS}",
          period: "${YEAR}-Q${q}", denominatorSource: "${TEST_DENOMINATOR.source}", denominatorEdition: "${TEST_DENOMINATOR.edition}") { created } }`,
        {},
        STAFF,
      );
    }
    const fields = 'category period count referenceCount ratio lower upper figuresWithheld';
    const staff = (await h.ok(`{ findings(dataset: "stop-search") { ${fields} } }`, {}, STAFF)).findings;
    const seen = (await h.ok(`{ findings(dataset: "stop-search") { ${fields} } }`, {}, partner('monthly'))).findings;
    expect(staff.length).toBeGreaterThan(0);
    const partnerObservations = observed.get('a partner allowed months')!;
    for (const finding of seen) {
      const c = CATEGORIES.indexOf(finding.category);
      const cells = monthsOf(finding.period).map((m) => m * CATEGORIES.length + c).join(',');
      const figure = partnerObservations.find((o) => o.cells.join(',') === cells)!;
      // The finding's count is the disparity answer's published count, never the exact one it was detected on.
      expect(figure.shown).not.toBeNull();
      expect(finding.count).toBe(figure.shown);
    }
    // Every finding held back is one whose category (or reference) the partner's answer withholds.
    for (const finding of staff.filter((f: any) => !seen.some((s: any) => s.category === f.category && s.period === f.period))) {
      const c = CATEGORIES.indexOf(finding.category);
      const cells = monthsOf(finding.period).map((m) => m * CATEGORIES.length + c).join(',');
      const reference = monthsOf(finding.period).map((m) => m * CATEGORIES.length).join(',');
      const withheld = partnerObservations.filter((o) => (o.cells.join(',') === cells || o.cells.join(',') === reference) && o.shown === null);
      expect(withheld.length).toBeGreaterThan(0);
    }
  });
});
