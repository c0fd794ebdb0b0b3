import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/** Federation directives the subgraphs use; every one must be imported by the @link line. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@inaccessible"])';

export interface SubgraphSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /** Types not reachable from a resolver, e.g. entities only resolved by reference. */
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` per entity type name. */
  referenceResolvers?: Record<string, { __resolveReference: (reference: any, context: any, info: any) => unknown }>;
  authChecker?: BuildSchemaOptions['authChecker'];
}

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql emits the SDL
 * (with `@Directive` keys), and @apollo/subgraph adds `_entities`/`_service` on top, keeping
 * `__resolveReference` where the gateway needs it.
 */
export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const classSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: options.authChecker,
    validate: false,
    // A subgraph may have no Query of its own; @apollo/subgraph adds the federation fields.
    skipCheck: true,
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(classSchema)}`);
  const resolvers = createResolversMap(classSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...reference };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
