import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildPeopleCultureSchema } from './schema';
import { createPeopleCultureServices, type PeopleCultureServices } from './services';

/** Workforce data, the staff-survey delivery plan and the skills register. */
export const peopleCulture: SubgraphModule<PeopleCultureServices> = {
  name: 'people-culture',
  databaseSchema: 'people_culture',
  portVariable: 'PEOPLE_CULTURE_PORT',
  defaultPort: 4102,
  entities,
  migrations,
  buildSchema: buildPeopleCultureSchema,
  createServices: createPeopleCultureServices,
  // Aggregates go straight to the partners subgraph, signed with the secret the kit serves with.
  async beforeServe({ peers, logger }, { publishing }) {
    logger.info({ partners: peers.partners, areas: Object.fromEntries(publishing.areas) }, 'workforce aggregates are published to partners');
  },
};
