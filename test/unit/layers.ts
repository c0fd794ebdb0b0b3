import { folderOf, type SourceImport } from './import-graph';

/**
 * A workspace's layers, top first: a file may import its own layer and the layers below it, never
 * one above. `folders` are relative to `base`; each covers its subfolders, except `''` (the base
 * folder itself, alone), so a new folder belongs to no layer until it is given one.
 */
export interface LayerPlan {
  base: string;
  layers: { name: string; folders: string[] }[];
}

/** An import that goes up, or that leaves or enters a folder with no layer. */
export interface LayerViolation {
  fromLayer: string | undefined;
  toLayer: string | undefined;
  example: SourceImport;
}

/** The layer a folder belongs to (undefined when none does, or it is outside the base). */
export function layerOf(plan: LayerPlan, folder: string): number | undefined {
  let best: { index: number; length: number } | undefined;
  plan.layers.forEach(({ folders }, index) => {
    for (const relative of folders) {
      const path = relative === '' ? plan.base : `${plan.base}/${relative}`;
      const covers = folder === path || (relative !== '' && folder.startsWith(`${path}/`));
      if (covers && (best === undefined || path.length > best.length)) best = { index, length: path.length };
    }
  });
  return best?.index;
}

const inside = (plan: LayerPlan, folder: string) => folder === plan.base || folder.startsWith(`${plan.base}/`);

/** Every import within the base that goes up a layer or touches a folder with no layer. */
export function layerViolations(plan: LayerPlan, imports: SourceImport[]): LayerViolation[] {
  return imports.flatMap((example) => {
    const from = folderOf(example.from);
    const to = folderOf(example.to);
    if (!inside(plan, from) || !inside(plan, to)) return [];
    const fromIndex = layerOf(plan, from);
    const toIndex = layerOf(plan, to);
    const fine = fromIndex !== undefined && toIndex !== undefined && toIndex >= fromIndex;
    if (fine) return [];
    const name = (index: number | undefined) => (index === undefined ? undefined : plan.layers[index]?.name);
    return [{ fromLayer: name(fromIndex), toLayer: name(toIndex), example }];
  });
}

/** A violation as text: which layers, and the import. */
export function describeViolation({ fromLayer, toLayer, example }: LayerViolation): string {
  const layer = (name: string | undefined) => name ?? '(no layer)';
  return `${layer(fromLayer)} → ${layer(toLayer)}: ${example.from} imports '${example.specifier}'`;
}

/** The folders within the base that hold files but belong to no layer. */
export function foldersWithoutLayer(plan: LayerPlan, files: string[]): string[] {
  const folders = new Set(files.map(folderOf).filter((folder) => inside(plan, folder)));
  return [...folders].filter((folder) => layerOf(plan, folder) === undefined).sort();
}
