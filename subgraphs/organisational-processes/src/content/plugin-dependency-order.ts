/** What ordering needs of a plugin: its id and the ids it depends on. */
export interface PluginNode {
  id: string;
  dependsOn: readonly string[];
}

/** Plugins that depend on each other in a circle; `cycle` starts and ends with the same id. */
export class PluginDependencyCycleError extends Error {
  constructor(readonly cycle: string[]) {
    super(`plugin dependency cycle: ${cycle.join(' → ')}`);
    this.name = 'PluginDependencyCycleError';
  }
}

/**
 * Orders plugins so that each comes after the ones it depends on, keeping the given order
 * wherever dependencies allow it (so a list already in order is left as it is). Dependencies
 * outside the list are ignored here: registration checks that they are registered.
 * Throws `PluginDependencyCycleError` naming the first cycle met, in dependency order, and
 * refuses an id listed twice (it could never be placed once).
 */
export function orderByDependencies<Node extends PluginNode>(nodes: readonly Node[]): Node[] {
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new Error(`plugin "${node.id}" is listed twice`);
    byId.set(node.id, node);
  }
  const inList = (node: Node) => [...new Set(node.dependsOn)].filter((id) => byId.has(id));
  const ordered: Node[] = [];
  const placed = new Set<string>();
  while (ordered.length < nodes.length) {
    // The first plugin, in the given order, whose dependencies are all placed.
    const next = nodes.find((node) => !placed.has(node.id) && inList(node).every((id) => placed.has(id)));
    if (!next) throw new PluginDependencyCycleError(findCycle(nodes.filter((n) => !placed.has(n.id)), byId));
    ordered.push(next);
    placed.add(next.id);
  }
  return ordered;
}

/**
 * Every plugin left has an unplaced dependency, so following the first one from the first
 * plugin must come back to a plugin already on the path: that loop is the cycle.
 */
function findCycle<Node extends PluginNode>(remaining: Node[], byId: Map<string, Node>): string[] {
  const left = new Set(remaining.map((n) => n.id));
  const path: string[] = [];
  let current = remaining[0]!;
  while (!path.includes(current.id)) {
    path.push(current.id);
    const dependency = current.dependsOn.find((id) => left.has(id))!;
    current = byId.get(dependency)!;
  }
  return [...path.slice(path.indexOf(current.id)), current.id];
}
