import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildPartnersSchema } from './schema';
import { loadDefaultDenominator } from './denominators/default-denominator';

/** Partner agencies, data-sharing agreements and the shared aggregate statistics partners query. */
export const partners: SubgraphModule = {
  name: 'partners',
  databaseSchema: 'partners',
  portVariable: 'PARTNERS_PORT',
  defaultPort: 4104,
  entities,
  migrations,
  buildSchema: buildPartnersSchema,
  beforeServe: ({ orm, logger }) => loadDefaultDenominator(orm, logger),
};
