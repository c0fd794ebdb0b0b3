import { describe, expect, it } from 'vitest';
import type { SourceImport } from './import-graph';
import { describeViolation, foldersWithoutLayer, layerOf, layerViolations, type LayerPlan } from './layers';

const plan: LayerPlan = {
  base: 'ws/src',
  layers: [
    { name: 'top', folders: ['', 'bin'] },
    { name: 'middle', folders: ['graph'] },
    { name: 'bottom', folders: ['model'] },
  ],
};
const edge = (from: string, to: string): SourceImport => ({ from, specifier: `./${to}`, to });

describe('layers', () => {
  it('places a folder by the longest folder that covers it; the base folder covers only itself', () => {
    expect(layerOf(plan, 'ws/src')).toBe(0);
    expect(layerOf(plan, 'ws/src/bin')).toBe(0);
    expect(layerOf(plan, 'ws/src/graph/kpis/refresh')).toBe(1);
    expect(layerOf(plan, 'ws/src/model')).toBe(2);
    expect(layerOf(plan, 'ws/src/modelling')).toBeUndefined();
    expect(layerOf(plan, 'ws/src/other')).toBeUndefined();
  });

  it('lets imports go down or stay in their layer, and reports one that goes up', () => {
    const imports = [
      edge('ws/src/module.ts', 'ws/src/graph/a.resolver.ts'),
      edge('ws/src/graph/a.resolver.ts', 'ws/src/model/a/a.type.ts'),
      edge('ws/src/graph/a/b.resolver.ts', 'ws/src/graph/b/b.input.ts'),
      edge('ws/src/model/a/a.loader.ts', 'ws/src/graph/a/a.input.ts'),
      edge('elsewhere/x.ts', 'ws/src/graph/a.resolver.ts'),
    ];
    expect(layerViolations(plan, imports).map(describeViolation)).toEqual([
      "bottom → middle: ws/src/model/a/a.loader.ts imports './ws/src/graph/a/a.input.ts'",
    ]);
  });

  it('reports imports to and from a folder that has no layer, and every such folder holding files', () => {
    const imports = [edge('ws/src/extra/x.ts', 'ws/src/model/a.ts'), edge('ws/src/graph/a.ts', 'ws/src/extra/x.ts')];
    expect(layerViolations(plan, imports).map(describeViolation)).toEqual([
      "(no layer) → bottom: ws/src/extra/x.ts imports './ws/src/model/a.ts'",
      "middle → (no layer): ws/src/graph/a.ts imports './ws/src/extra/x.ts'",
    ]);
    expect(foldersWithoutLayer(plan, ['ws/src/index.ts', 'ws/src/extra/x.ts', 'ws/src/extra/deep/y.ts', 'other/z.ts'])).toEqual([
      'ws/src/extra',
      'ws/src/extra/deep',
    ]);
  });
});
