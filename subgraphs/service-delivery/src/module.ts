import type { SubgraphModule } from '@edhr/kit';
import { ImportBatchEntity } from './imports/import-batch.entity';
import { StopSearchRecordEntity } from './stop-search/stop-search-record.entity';
import { migrations } from './migrations';
import { buildServiceDeliverySchema } from './schema';

/** The force's encounter data, imported record by record, and its analyses for staff. */
export const serviceDelivery: SubgraphModule = {
  name: 'service-delivery',
  databaseSchema: 'service_delivery',
  portVariable: 'SERVICE_DELIVERY_PORT',
  defaultPort: 4101,
  entities: [ImportBatchEntity, StopSearchRecordEntity],
  migrations,
  buildSchema: buildServiceDeliverySchema,
};
