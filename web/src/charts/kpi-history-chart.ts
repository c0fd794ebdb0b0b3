import * as Plot from '@observablehq/plot';
import { renderPlot, type Chart } from './render-plot';

export interface KpiHistoryPoint {
  period: string;
  value: number;
  /** A value a correction replaced, drawn hollow beside the current one. */
  revision: boolean;
}

/** A KPI's values by period, its revisions hollow, its target as a dashed line. */
export function kpiHistoryChart(points: KpiHistoryPoint[], target: number | null | undefined, unit: string): Chart {
  const current = points.filter((p) => !p.revision);
  const revised = points.filter((p) => p.revision);
  const marks: Plot.Markish[] = [
    Plot.lineY(current, { x: 'period', y: 'value', stroke: '#1d70b8', strokeWidth: 2 }),
    Plot.dot(current, { x: 'period', y: 'value', fill: '#1d70b8', r: 4 }),
    Plot.dot(revised, { x: 'period', y: 'value', stroke: '#505a5f', r: 4, strokeWidth: 1.5 }),
  ];
  if (target !== null && target !== undefined) {
    marks.push(Plot.ruleY([target], { stroke: '#d4351c', strokeDasharray: '6,4', strokeWidth: 2 }));
    marks.push(Plot.text([target], { y: (d: number) => d, frameAnchor: 'right', dy: -8, text: () => `Target ${target}`, fill: '#d4351c' }));
  }
  const latest = current.at(-1);
  const summary =
    current.length === 0
      ? 'No values recorded yet.'
      : `${current.length} value${current.length === 1 ? '' : 's'} from ${current[0]!.period} to ${latest!.period}; ` +
        `the latest is ${latest!.value} (${unit}) for ${latest!.period}` +
        (target !== null && target !== undefined ? `, against a target of ${target}` : ', with no target') +
        (revised.length ? `; ${revised.length} earlier value${revised.length === 1 ? '' : 's'} replaced by corrections, drawn hollow.` : '.');
  return {
    id: 'kpi-history',
    summary,
    svg: renderPlot({
      width: 640,
      height: 260,
      marginLeft: 50,
      x: { type: 'point', label: 'Period' },
      y: { grid: true, label: unit, zero: true },
      marks,
    }),
  };
}
