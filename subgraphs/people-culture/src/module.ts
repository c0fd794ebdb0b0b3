import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildPeopleCultureSchema } from './schema';
import { configurePublishing, publishingConfigFromEnv } from './publishing/publishing-settings';

/** Workforce data, the staff-survey delivery plan and the skills register. */
export const peopleCulture: SubgraphModule = {
  name: 'people-culture',
  databaseSchema: 'people_culture',
  portVariable: 'PEOPLE_CULTURE_PORT',
  defaultPort: 4102,
  entities,
  migrations,
  buildSchema: buildPeopleCultureSchema,
  async beforeServe({ internalTokenSecret, peers, logger, clock }) {
    // Aggregates go straight to the partners subgraph, signed with the secret the kit serves with.
    const config = publishingConfigFromEnv();
    configurePublishing({ ...config, partners: { url: peers.partners, secret: internalTokenSecret, clock } });
    logger.info({ partners: peers.partners, areas: Object.fromEntries(config.areas) }, 'workforce aggregates are published to partners');
  },
};
