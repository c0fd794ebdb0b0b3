import * as Plot from '@observablehq/plot';
import { renderPlot } from './render-plot';

/** A KPI's values in period order as a small line; the trend's words sit beside it in the table. */
export function sparklineSvg(values: { period: string; value: number }[]): string | undefined {
  if (values.length < 2) return undefined;
  return renderPlot({
    width: 120,
    height: 32,
    margin: 4,
    axis: null,
    x: { type: 'point' },
    marks: [
      Plot.lineY(values, { x: 'period', y: 'value', stroke: '#1d70b8', strokeWidth: 2 }),
      Plot.dot(values.slice(-1), { x: 'period', y: 'value', fill: '#1d70b8', r: 3 }),
    ],
  });
}
