import type { DisparityFiguresFragment } from '../generated/graphql';
import { ratesChart, ratiosChart } from '../charts/disparity-charts';
import { toGovukTable, type Table, type TableCell } from '../tables/table';
import { formatNumber, yesNo } from './format';

/** One disparity answer as the pages show it: its tables, charts and coverage note (the explorer's and the publication's). */
export type Disparity = DisparityFiguresFragment;

export const categoryLabel = (category: string) => category.charAt(0) + category.slice(1).toLowerCase().replace(/_/g, ' ');
const withheld = (reason: string | null | undefined) => `Withheld (${reason === 'below_threshold' ? 'below the disclosure threshold' : (reason ?? 'disclosure control').replace(/_/g, ' ')})`;
const why = (reason: string | null | undefined) => (reason ? `None: ${reason.toLowerCase().replace(/_/g, ' ')}` : 'None');

/** The rates and ratios tables of an answer; `csvHref` gives each table's CSV address. */
export function disparityTables(disparity: Disparity, idPrefix: string, csvHref: (table: 'rates' | 'ratios') => string): [Table, Table] {
  const rates: Table = {
    id: `${idPrefix}rates`,
    caption: `Rates per ${formatNumber(disparity.ratePer)} people, ${disparity.period}`,
    head: ['Group', 'Records', 'Population', `Rate per ${formatNumber(disparity.ratePer)}`],
    numeric: [false, true, true, true],
    rows: disparity.rows.map((r): TableCell[] => [
      categoryLabel(r.category) + (r.isReference ? ' (reference)' : ''),
      r.suppressed || r.count === null || r.count === undefined ? withheld(r.suppressionReason) : formatNumber(r.count, 0),
      r.denominator === null || r.denominator === undefined ? 'Not known' : formatNumber(r.denominator, 0),
      r.rate.computable ? formatNumber(r.rate.value, 3) : r.suppressed ? withheld(r.suppressionReason) : why(r.rate.reason),
    ]),
    csvHref: csvHref('rates'),
  };
  const ratios: Table = {
    id: `${idPrefix}ratios`,
    caption: `Relative rate ratios against ${categoryLabel(disparity.rows.find((r) => r.isReference)?.category ?? 'the reference')}, with 95% confidence intervals`,
    head: ['Group', 'Ratio', 'Lower 95%', 'Upper 95%', 'Interval excludes 1'],
    numeric: [false, true, true, true, false],
    rows: disparity.rows
      .filter((r) => r.usable && !r.isReference)
      .map((r): TableCell[] =>
        r.ratio.computable
          ? [categoryLabel(r.category), formatNumber(r.ratio.value, 2), formatNumber(r.ratio.lower, 2), formatNumber(r.ratio.upper, 2), yesNo(r.ratio.significant)]
          : [categoryLabel(r.category), r.suppressed ? withheld(r.suppressionReason) : why(r.ratio.reason), '', '', 'Not known'],
      ),
    csvHref: csvHref('ratios'),
  };
  return [rates, ratios];
}

export function coverageNote(d: Disparity): string[] {
  if (!d.hasData) return [`No figures are held for ${d.period}: this is no data, not zeros.`];
  return [
    `${d.period} runs from ${d.firstDay} to ${d.lastDay}: figures cover ${d.monthsHeld} of ${d.monthsExpected} months${d.complete ? '' : ' (incomplete: the figures are for the months held only)'}.`,
    `Coverage: ${formatNumber(d.usableRecords, 0)} of ${formatNumber(d.records, 0)} records have a usable group (${d.coverage === null || d.coverage === undefined ? 'not known' : `${(d.coverage * 100).toFixed(1)}%`}).`,
    `Population: ${d.denominator.source}, ${d.denominator.edition}. Figures published by ${d.sources.join(', ') || 'nobody'}.`,
    d.countsPerturbed ? 'Counts are perturbed for disclosure control (cell-key method); rates and ratios are worked out from the perturbed counts.' : 'Counts are exact.',
    ...(d.suppressionApplied ? [`Counts from 1 to ${(d.suppressionThreshold ?? 1) - 1} are withheld.`] : []),
    ...d.notes,
  ];
}

/** Everything a page shows of one answer: coverage note, both charts with their summaries, both tables. */
export function disparityFigures(disparity: Disparity, reference: string, idPrefix: string, csvHref: (table: 'rates' | 'ratios') => string) {
  const [rates, ratios] = disparityTables(disparity, idPrefix, csvHref);
  const bars = disparity.rows.filter((r) => r.rate.computable && r.rate.value !== null && r.rate.value !== undefined).map((r) => ({ category: categoryLabel(r.category), rate: r.rate.value! }));
  const points = disparity.rows
    .filter((r) => !r.isReference && r.ratio.computable && r.ratio.value && r.ratio.lower && r.ratio.upper)
    .map((r) => ({ category: categoryLabel(r.category), ratio: r.ratio.value!, lower: r.ratio.lower!, upper: r.ratio.upper! }));
  return {
    ratePer: formatNumber(disparity.ratePer, 0),
    coverage: coverageNote(disparity),
    ratesChart: { ...ratesChart(bars, disparity.ratePer), id: `${idPrefix}rates-chart` },
    ratiosChart: { ...ratiosChart(points, categoryLabel(reference)), id: `${idPrefix}ratios-chart` },
    ratesTable: toGovukTable(rates),
    ratiosTable: toGovukTable(ratios),
  };
}
