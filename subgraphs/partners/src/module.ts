import type { SubgraphModule } from '@edhr/kit';
import { PartnerAgencyEntity } from './partner-agencies/partner-agency.entity';
import { migrations } from './migrations';
import { buildPartnersSchema } from './schema';

/** Partner agencies, data-sharing agreements and the shared aggregate statistics partners query. */
export const partners: SubgraphModule = {
  name: 'partners',
  databaseSchema: 'partners',
  portVariable: 'PARTNERS_PORT',
  defaultPort: 4104,
  entities: [PartnerAgencyEntity],
  migrations,
  buildSchema: buildPartnersSchema,
};
