import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import type { SubgraphModule } from '@edhr/kit';

/** Default subgraph URL written into the supergraph; the gateway's configuration overrides it. */
export function defaultSubgraphUrl(module: SubgraphModule): string {
  return `http://127.0.0.1:${module.defaultPort}/graphql`;
}

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`The subgraphs do not compose:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/**
 * Composes the supergraph offline from each subgraph's own schema. Errors name the
 * subgraph(s) and the conflict, as the composition library reports them.
 */
export async function composeSupergraph(modules: readonly SubgraphModule[]): Promise<string> {
  const services = await Promise.all(
    modules.map(async (module) => ({
      name: module.name,
      url: defaultSubgraphUrl(module),
      typeDefs: parse(printSubgraphSchema(await module.buildSchema())),
    })),
  );
  const result = composeServices(services);
  if (result.errors && result.errors.length > 0) {
    throw new CompositionError(result.errors.map((e) => e.message));
  }
  if (!result.supergraphSdl) throw new CompositionError(['composition produced no supergraph']);
  return `${result.supergraphSdl.trim()}\n`;
}
