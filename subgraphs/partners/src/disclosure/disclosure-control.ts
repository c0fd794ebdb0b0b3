import { perturbCell, type CellDescription } from '@edhr/statistics';

/**
 * Disclosure control of what partners and the public see: cell-key perturbation
 * (`@edhr/statistics`, cell-key-perturbation.ts) applied to every count and every total, then
 * the viewer's threshold applied to the published value.
 */

/** How a viewer's counts are protected: the secret behind the cell keys and the viewer's threshold. */
export interface DisclosureControl {
  secret: string;
  /** Published values from 1 to threshold − 1 are withheld. */
  threshold: number;
  /** `published` when only figures marked published are drawn on (the public), `all` otherwise. */
  view: 'published' | 'all';
}

/** One published figure: its perturbed value, or null when that value is below the threshold. */
export interface ProtectedFigure {
  value: number | null;
  suppressed: boolean;
  reason: 'below_threshold' | null;
}

/** The category marker of a period's total, which is a cell of its own. */
export const TOTAL_CELL = '*total*';

/** The days a period covers, from its months (year × 12 + month − 1; `end` is the first month after). */
export function daysOf(period: { start: number; end: number }): { firstDay: string; lastDay: string } {
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  const firstDay = new Date(Date.UTC(Math.floor(period.start / 12), period.start % 12, 1));
  // Day 0 of the month after the period is its last day.
  const lastDay = new Date(Date.UTC(Math.floor(period.end / 12), period.end % 12, 0));
  return { firstDay: iso(firstDay), lastDay: iso(lastDay) };
}

/** What a cell counts, without its category: everything but the category takes part in the key. */
export type CellScope = Omit<CellDescription, 'category' | 'view'>;

/**
 * The published figure of one cell: its true count perturbed under its cell key, then withheld if
 * the perturbed value is from 1 to threshold − 1. Zeros stay zero and are shown. Withholding
 * follows the published value, not the true one, so being withheld says nothing exact either.
 */
export function protectFigure(control: DisclosureControl, scope: CellScope, category: string, count: number): ProtectedFigure {
  const published = perturbCell(control.secret, { ...scope, category, view: control.view }, count);
  if (published >= 1 && published < control.threshold) return { value: null, suppressed: true, reason: 'below_threshold' };
  return { value: published, suppressed: false, reason: null };
}

/** Said in every protected answer. */
export function disclosureNote(threshold: number): string {
  return (
    'counts and totals are perturbed for disclosure control (cell-key method: the same cell always gets the same ' +
    `value; unbiased; typically within 2 of the true count; never 1 or 2); published values below ${threshold} are ` +
    'withheld; rates, ratios and intervals are worked out from the published counts'
  );
}
