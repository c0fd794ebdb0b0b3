import { folderOf, type SourceImport } from './import-graph';

/** A dependency of one folder on another, with the first import (in path order) that makes it. */
export interface FolderEdge {
  from: string;
  to: string;
  example: SourceImport;
}

/** The files collapsed to their folders: one edge per ordered pair of different folders. */
export function folderEdges(imports: SourceImport[]): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  const ordered = [...imports].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  for (const example of ordered) {
    const from = folderOf(example.from);
    const to = folderOf(example.to);
    const key = `${from}\n${to}`;
    if (from !== to && !edges.has(key)) edges.set(key, { from, to, example });
  }
  return [...edges.values()];
}

/**
 * Every folder cycle, each as the edges that close it. Within each strongly connected group of
 * folders, every edge lies on a cycle; for each edge the shortest way back is taken, and cycles
 * found from more than one of their edges are reported once. Sorted, so a report reads the same
 * on every run.
 */
export function folderCycles(edges: FolderEdge[]): FolderEdge[][] {
  const outgoing = new Map<string, FolderEdge[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const cycles = new Map<string, FolderEdge[]>();
  for (const edge of edges) {
    const back = shortestPath(outgoing, edge.to, edge.from);
    if (back === undefined) continue;
    const cycle = rotateToSmallest([edge, ...back]);
    cycles.set(cycle.map((e) => e.from).join(' → '), cycle);
  }
  return [...cycles.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, cycle]) => cycle);
}

/** A cycle as text: each edge with the import that makes it. */
export function describeCycle(cycle: FolderEdge[]): string {
  const folders = [...cycle.map((e) => e.from), cycle[0]?.from].join(' → ');
  const lines = cycle.map(({ example }) => `    ${example.from} imports '${example.specifier}'`);
  return [folders, ...lines].join('\n');
}

// Breadth first, so the cycle reported through an edge is one of the shortest.
function shortestPath(outgoing: Map<string, FolderEdge[]>, start: string, goal: string): FolderEdge[] | undefined {
  const reachedBy = new Map<string, FolderEdge | null>([[start, null]]);
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (next === goal) {
      const path: FolderEdge[] = [];
      for (let edge = reachedBy.get(goal); edge; edge = reachedBy.get(edge.from)) path.unshift(edge);
      return path;
    }
    for (const edge of outgoing.get(next) ?? []) {
      if (reachedBy.has(edge.to)) continue;
      reachedBy.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  return undefined;
}

// The same cycle found from different edges starts at its alphabetically first folder.
function rotateToSmallest(cycle: FolderEdge[]): FolderEdge[] {
  const start = cycle.reduce((best, edge, index) => (edge.from < (cycle[best]?.from ?? '') ? index : best), 0);
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}
