import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { SubgraphModule } from '@edhr/kit';
import { composeSupergraph, CompositionError } from './compose-supergraph';
import { subgraphModules } from './subgraph-modules';
import { SUPERGRAPH_PATH } from '@edhr/gateway';

describe('supergraph composition', { timeout: 60_000 }, () => {
  it('the committed schema/supergraph.graphql is what the subgraphs compose to (run `npm run compose` if not)', async () => {
    expect(await composeSupergraph(subgraphModules)).toBe(readFileSync(SUPERGRAPH_PATH, 'utf8'));
  });

  it('joins all four subgraphs, each contributing to Organisation', () => {
    const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
    for (const name of ['organisational-processes', 'service-delivery', 'people-culture', 'partners']) {
      expect(sdl).toContain(`@join__graph(name: "${name}"`);
    }
    expect(sdl).toMatch(/serviceDelivery: ServiceDeliverySummary/);
    expect(sdl).toMatch(/peopleCulture: PeopleCultureSummary/);
    expect(sdl).toMatch(/partnerSharing: PartnerSharingSummary/);
  });

  it('a conflict is reported with the subgraphs and the field involved', async () => {
    const conflicting: SubgraphModule = {
      ...subgraphModules[0]!,
      name: 'rogue',
      defaultPort: 4999,
      buildSchema: async () =>
        buildSubgraphSchema({
          typeDefs: parse(`
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
            type Organisation @key(fields: "id") { id: ID! name: Int }
            type Query { rogue: Organisation }
          `),
        }),
    };
    const error = await composeSupergraph([...subgraphModules, conflicting]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompositionError);
    const message = (error as CompositionError).message;
    expect(message).toContain('Organisation.name');
    expect(message).toContain('rogue');
    expect(message).toContain('organisational-processes');
  });
});
