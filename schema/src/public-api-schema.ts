import { readFileSync } from 'node:fs';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';

/** The composed supergraph, checked in beside this package (`npm run compose` writes it). */
export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

let cached: GraphQLSchema | undefined;

/**
 * The schema clients see through the gateway: the committed supergraph without its federation
 * machinery (join and link directives, inaccessible fields). Plugins' KPI queries are checked
 * against it, the public contract, and never against one subgraph's schema. Built once.
 */
export function publicApiSchema(): GraphQLSchema {
  cached ??= buildASTSchema(transformSupergraphToPublicSchema(parse(readFileSync(SUPERGRAPH_FILE, 'utf8'))));
  return cached;
}
