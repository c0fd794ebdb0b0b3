import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildPartnersSchema } from './schema';
import { loadDefaultDenominator } from './denominators/default-denominator';
import { createPartnersServices, type PartnersServices } from './services';

/** Partner agencies, data-sharing agreements and the shared aggregate statistics partners query. */
export const partners: SubgraphModule<PartnersServices> = {
  name: 'partners',
  databaseSchema: 'partners',
  portVariable: 'PARTNERS_PORT',
  defaultPort: 4104,
  entities,
  migrations,
  buildSchema: buildPartnersSchema,
  createServices: createPartnersServices,
  beforeServe: async ({ orm, logger }) => {
    await loadDefaultDenominator(orm, logger);
  },
};
