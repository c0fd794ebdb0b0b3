/**
 * Cell-key perturbation: consistent, keyed noise on every published count, after the method the
 * Office for National Statistics used for Census 2021 outputs.
 *
 * Every cell a viewer can see — a category's count in a period, or a period's total — is named by
 * what it counts: dataset, area, characteristic, category (or the total), the first and last day
 * of the period, the source and the view it is drawn from. Its **cell key** is an HMAC-SHA256 of
 * that description under a secret the viewer never sees, read as a number in [0, 1). A
 * **perturbation table** (ptable) gives, for each true count, a distribution of published counts;
 * the published count is the one where the cell key falls in that distribution's cumulative
 * probabilities. So the same cell always gets the same published value however the question is
 * put (a quarter asked directly and the same quarter as one row of a year grouped by quarter, or a
 * month range covering the same days), asking again never averages the noise away, and a total is
 * a cell in its own right, perturbed with its own key rather than summed from perturbed cells.
 *
 * Subtracting published figures gives a true difference plus a difference of unknown noises: no
 * combination of answers gives a true count exactly, because every published value is consistent
 * with several true values (see {@link possibleTrueCounts}).
 *
 * The ptable ({@link perturbationRow}), for a true count n:
 * - n = 0 is published as 0 (zeros stay zero: nobody is invented in a cell that has nobody, and
 *   sparse tables keep their shape; a published 0 does not prove a true 0, since small counts are
 *   published as 0 too).
 * - n ≥ 1: published values v lie within `maxDeviation` of n, with weight `decay`^|v − n| (a
 *   two-sided geometric, or discrete Laplace, shape). Values from 1 to `smallestPublished` − 1
 *   (1 and 2 by default) are never published. Where those values cut the lower tail, the rest of
 *   the lower side goes to 0, with just the probability that keeps the row unbiased: the mean
 *   published value of every row is exactly n.
 * - Away from the cut (n ≥ maxDeviation + smallestPublished) every row is the same shape shifted:
 *   P(v = n) = (1 − decay) ÷ (1 + decay) (≈ 1/3 with decay ½), variance ≈ 2·decay ÷ (1 − decay)²
 *   (≈ 4, a standard deviation of 2), mean absolute deviation ≈ 2·decay ÷ (1 − decay²) (≈ 1.33).
 *
 * Everything here is pure: the same secret, description and count always give the same value.
 */
import { createHmac } from 'node:crypto';

export interface PerturbationTableParameters {
  /** Weight ratio between neighbouring deviations (0 < decay < 1); higher spreads the noise more. */
  decay: number;
  /** Largest deviation from the true count (away from the zero cut). */
  maxDeviation: number;
  /** The smallest positive count ever published: 1 … smallestPublished − 1 never appear. */
  smallestPublished: number;
}

/** Decay ½, deviations up to ±15, and no published 1 or 2. */
export const DEFAULT_PERTURBATION_TABLE: PerturbationTableParameters = Object.freeze({
  decay: 0.5,
  maxDeviation: 15,
  smallestPublished: 3,
});

/** What one cell counts; every field takes part in its key. */
export interface CellDescription {
  dataset: string;
  area: string;
  characteristic: string;
  /** A category code, or a marker such as `*total*` for a period's total. */
  category: string;
  /** ISO dates, both inclusive: the key depends on the days covered, not on how the period was written. */
  firstDay: string;
  lastDay: string;
  /** Who published the figures (several joined when a cell draws on more than one). */
  source: string;
  /** Which figures the cell is drawn from, e.g. `published` (the public's) or `all` (a partner's). */
  view: string;
}

/** One row of the ptable: the published values a true count can take, with their probabilities. */
export interface PerturbationRow {
  count: number;
  /** Ascending by `published`; probabilities sum to 1. */
  entries: ReadonlyArray<{ published: number; probability: number }>;
}

const FIELDS: ReadonlyArray<keyof CellDescription> = ['dataset', 'area', 'characteristic', 'category', 'firstDay', 'lastDay', 'source', 'view'];

/**
 * The cell key of a cell, in [0, 1): the first 48 bits of HMAC-SHA256(secret, description). Fields
 * are written name=value and joined with a separator no field can contain unescaped, so two
 * different descriptions never share a message.
 */
export function cellKey(secret: string, cell: CellDescription): number {
  if (!secret) throw new Error('a cell key needs a secret');
  const message = FIELDS.map((f) => `${f}=${encodeURIComponent(cell[f])}`).join('\n');
  const digest = createHmac('sha256', secret).update(message, 'utf8').digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

function checkParameters(p: PerturbationTableParameters): void {
  if (!(p.decay > 0 && p.decay < 1)) throw new Error(`decay must lie strictly between 0 and 1 (got ${p.decay})`);
  if (!Number.isInteger(p.maxDeviation) || p.maxDeviation < 1) throw new Error(`maxDeviation must be a whole number of at least 1 (got ${p.maxDeviation})`);
  if (!Number.isInteger(p.smallestPublished) || p.smallestPublished < 1 || p.smallestPublished > p.maxDeviation) {
    throw new Error(`smallestPublished must be a whole number from 1 to maxDeviation (got ${p.smallestPublished})`);
  }
}

const rows = new Map<string, PerturbationRow>();

/** The ptable row of a true count (see the top of this file); rows are built once and kept. */
export function perturbationRow(count: number, parameters: PerturbationTableParameters = DEFAULT_PERTURBATION_TABLE): PerturbationRow {
  if (!Number.isInteger(count) || count < 0) throw new Error(`a count must be a whole number, 0 or more (got ${count})`);
  checkParameters(parameters);
  const { decay, maxDeviation, smallestPublished } = parameters;
  // Far from the cut every row has the same shape; build it once, relative to the count.
  const cut = count < maxDeviation + smallestPublished;
  const memo = `${decay}|${maxDeviation}|${smallestPublished}|${cut ? count : 'shape'}`;
  let row = rows.get(memo);
  if (!row) {
    row = buildRow(cut ? count : maxDeviation + smallestPublished, parameters);
    rows.set(memo, row);
  }
  if (cut || row.count === count) return row;
  const shift = count - row.count;
  return { count, entries: row.entries.map((e) => ({ published: e.published + shift, probability: e.probability })) };
}

function buildRow(count: number, { decay, maxDeviation, smallestPublished }: PerturbationTableParameters): PerturbationRow {
  if (count === 0) return { count, entries: [{ published: 0, probability: 1 }] };
  const weights: Array<{ published: number; weight: number }> = [];
  for (let v = Math.max(smallestPublished, count - maxDeviation); v <= count + maxDeviation; v++) {
    weights.push({ published: v, weight: decay ** Math.abs(v - count) });
  }
  const total = weights.reduce((s, w) => s + w.weight, 0);
  const positiveMean = weights.reduce((s, w) => s + w.published * w.weight, 0) / total;
  // The cut lower tail lifts the mean of the positive values above the count; a probability of
  // publishing 0 brings it back: (1 − q) × positiveMean = count.
  const zero = positiveMean > count ? 1 - count / positiveMean : 0;
  const entries = weights.map((w) => ({ published: w.published, probability: ((1 - zero) * w.weight) / total }));
  return { count, entries: zero > 0 ? [{ published: 0, probability: zero }, ...entries] : entries };
}

/** The published value of a true count for a cell key in [0, 1): where the key falls in the row's cumulative probabilities. */
export function perturbCount(count: number, key: number, parameters: PerturbationTableParameters = DEFAULT_PERTURBATION_TABLE): number {
  if (!(key >= 0 && key < 1)) throw new Error(`a cell key lies in [0, 1) (got ${key})`);
  const { entries } = perturbationRow(count, parameters);
  let cumulative = 0;
  for (const entry of entries) {
    cumulative += entry.probability;
    if (key < cumulative) return entry.published;
  }
  return entries[entries.length - 1]!.published;
}

/** Whether the ptable lets a true count be published as `published` under some cell key. */
export function canPublishAs(count: number, published: number, parameters: PerturbationTableParameters = DEFAULT_PERTURBATION_TABLE): boolean {
  if (count < 0 || !Number.isInteger(count)) return false;
  return perturbationRow(count, parameters).entries.some((e) => e.published === published && e.probability > 0);
}

/**
 * Every true count the ptable could have published as `published` (what a viewer who knows the
 * ptable but not the secret can say about one cell on its own): never a single value.
 */
export function possibleTrueCounts(published: number, parameters: PerturbationTableParameters = DEFAULT_PERTURBATION_TABLE): number[] {
  const { maxDeviation, smallestPublished } = parameters;
  const reach = maxDeviation + smallestPublished;
  const found: number[] = [];
  for (let n = Math.max(0, published - reach); n <= published + reach; n++) if (canPublishAs(n, published, parameters)) found.push(n);
  return found;
}

/** Accuracy of one ptable row: bias (mean published − true), variance, mean absolute deviation, chance of the true value. */
export interface RowAccuracy {
  count: number;
  bias: number;
  variance: number;
  meanAbsoluteDeviation: number;
  exactProbability: number;
}

export function rowAccuracy(count: number, parameters: PerturbationTableParameters = DEFAULT_PERTURBATION_TABLE): RowAccuracy {
  const { entries } = perturbationRow(count, parameters);
  const mean = entries.reduce((s, e) => s + e.published * e.probability, 0);
  return {
    count,
    bias: mean - count,
    variance: entries.reduce((s, e) => s + (e.published - mean) ** 2 * e.probability, 0),
    meanAbsoluteDeviation: entries.reduce((s, e) => s + Math.abs(e.published - count) * e.probability, 0),
    exactProbability: entries.find((e) => e.published === count)?.probability ?? 0,
  };
}

/** The published value of one described cell: its cell key under `secret`, then the ptable. */
export function perturbCell(
  secret: string,
  cell: CellDescription,
  count: number,
  parameters: PerturbationTableParameters = DEFAULT_PERTURBATION_TABLE,
): number {
  return perturbCount(count, cellKey(secret, cell), parameters);
}
