import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { LimitsConfig } from './limits-config';

/**
 * Depth, cost, alias, directive and token limits (graphql-armor), checked before any
 * subgraph is called; field suggestions are hidden in production so error messages do not
 * reveal the schema.
 */
export function queryLimitsPlugin(limits: LimitsConfig, production: boolean) {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: !production, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: !production },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    blockFieldSuggestion: { enabled: production },
  });
}
