import type { SubgraphModule } from '@edhr/kit';
import { ImportBatchEntity } from './imports/import-batch.entity';
import { StopSearchRecordEntity } from './stop-search/stop-search-record.entity';
import { EncounterRecordEntity } from './encounters/encounter-record.entity';
import { StopSearchRollupEntity } from './rollups/stop-search-rollup.entity';
import { migrations } from './migrations';
import { buildServiceDeliverySchema } from './schema';
import { createServiceDeliveryServices, type ServiceDeliveryServices } from './services';
import { registerImportMetrics } from './imports/import-metrics';

/** The force's encounter data, imported record by record, and its analyses for staff. */
export const serviceDelivery: SubgraphModule<ServiceDeliveryServices> = {
  name: 'service-delivery',
  databaseSchema: 'service_delivery',
  portVariable: 'SERVICE_DELIVERY_PORT',
  defaultPort: 4101,
  entities: [ImportBatchEntity, StopSearchRecordEntity, EncounterRecordEntity, StopSearchRollupEntity],
  migrations,
  buildSchema: buildServiceDeliverySchema,
  registerMetrics: registerImportMetrics,
  createServices: createServiceDeliveryServices,
  // Aggregates go straight to the partners subgraph, signed with the secret the kit serves with.
  async beforeServe({ peers, logger }, { publishing }) {
    logger.info(
      { partners: peers.partners, areas: Object.fromEntries(publishing.areas), periods: publishing.granularities },
      'stop-search aggregates are published to partners',
    );
  },
};
