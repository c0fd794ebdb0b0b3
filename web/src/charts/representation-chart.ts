import * as Plot from '@observablehq/plot';
import { renderPlot, type Chart } from './render-plot';

export interface RankShare {
  label: string;
  share: number;
}

/** Each rank's share of the group as bars, the community's share as a line across them. */
export function representationChart(ranks: RankShare[], communityShare: number | null | undefined, group: string): Chart {
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  const below = communityShare === null || communityShare === undefined ? [] : ranks.filter((r) => r.share < communityShare);
  const marks: Plot.Markish[] = [Plot.barX(ranks, { x: 'share', y: 'label', fill: '#1d70b8' }), Plot.ruleX([0])];
  if (communityShare !== null && communityShare !== undefined) {
    marks.push(Plot.ruleX([communityShare], { stroke: '#d4351c', strokeDasharray: '6,4', strokeWidth: 2 }));
  }
  return {
    id: 'representation-chart',
    summary:
      `${group} as a share of each rank or grade (${ranks.length} of them)` +
      (communityShare === null || communityShare === undefined
        ? '; no community figure is held to compare with.'
        : ` against ${percent(communityShare)} of the community, drawn as a dashed line; ${below.length} rank${below.length === 1 ? ' is' : 's are'} below it.`),
    svg: renderPlot({
      width: 640,
      height: 40 + ranks.length * 28,
      marginLeft: 160,
      x: { grid: true, label: 'Share of the rank', tickFormat: (d: number) => `${Math.round(d * 100)}%` },
      y: { label: null },
      marks,
    }),
  };
}
