import * as Plot from '@observablehq/plot';
import { renderPlot, type Chart } from './render-plot';

export interface RateBar {
  category: string;
  rate: number;
}

export interface RatioPoint {
  category: string;
  ratio: number;
  lower: number;
  upper: number;
}

/** Rates per 1,000 as horizontal bars, one per category. */
export function ratesChart(bars: RateBar[], ratePer: number): Chart {
  const highest = bars.reduce<RateBar | undefined>((top, bar) => (!top || bar.rate > top.rate ? bar : top), undefined);
  return {
    id: 'rates-chart',
    summary: highest
      ? `Rates per ${ratePer.toLocaleString('en-GB')} people for ${bars.length} groups; the highest is ${highest.category} at ${highest.rate.toFixed(2)}. Groups without a rate are in the table.`
      : 'No group has a rate for this period; the table says why.',
    svg: renderPlot({
      width: 640,
      height: 40 + bars.length * 28,
      marginLeft: 140,
      x: { grid: true, label: `Rate per ${ratePer.toLocaleString('en-GB')}` },
      y: { label: null },
      marks: [Plot.barX(bars, { x: 'rate', y: 'category', fill: '#1d70b8', sort: { y: '-x' } }), Plot.ruleX([0])],
    }),
  };
}

/** Ratio ticks a reader can name: halves and doublings around 1. */
const LOG_TICKS = [0.0625, 0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];

/** Relative rate ratios with their 95% intervals on a log scale, with the line of parity at 1. */
export function ratiosChart(points: RatioPoint[], reference: string): Chart {
  const significant = points.filter((p) => p.lower > 1 || p.upper < 1).length;
  const lows = points.map((p) => p.lower).filter((v) => v > 0);
  const domain: [number, number] = [Math.min(0.5, ...lows) * 0.9, Math.max(2, ...points.map((p) => p.upper)) * 1.1];
  return {
    id: 'ratios-chart',
    summary: points.length
      ? `Relative rate ratios against ${reference} for ${points.length} groups, with 95% confidence intervals, on a log scale; 1 means the same rate as ${reference}. ${significant} of the intervals exclude 1.`
      : 'No ratio can be worked out for this period; the table says why.',
    svg: renderPlot({
      width: 640,
      height: 40 + points.length * 32,
      marginLeft: 140,
      x: {
        type: 'log',
        domain,
        grid: true,
        label: `Ratio against ${reference} (log scale)`,
        ticks: LOG_TICKS.filter((t) => t >= domain[0] && t <= domain[1]),
        tickFormat: (d: number) => String(d),
      },
      y: { label: null },
      marks: [
        Plot.ruleX([1], { stroke: '#0b0c0c', strokeDasharray: '4,3' }),
        Plot.link(points, { x1: 'lower', x2: 'upper', y1: 'category', y2: 'category', stroke: '#1d70b8', strokeWidth: 2 }),
        Plot.dot(points, { x: 'ratio', y: 'category', fill: '#1d70b8', r: 5 }),
      ],
    }),
  };
}
