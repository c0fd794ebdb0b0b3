import type { SubgraphModule } from '@edhr/kit';
import { ImportBatchEntity } from './imports/import-batch.entity';
import { StopSearchRecordEntity } from './stop-search/stop-search-record.entity';
import { EncounterRecordEntity } from './encounters/encounter-record.entity';
import { StopSearchRollupEntity } from './rollups/stop-search-rollup.entity';
import { migrations } from './migrations';
import { buildServiceDeliverySchema } from './schema';
import { configurePublishing, publishingConfigFromEnv } from './publishing/publishing-settings';
import { registerImportMetrics } from './imports/import-metrics';

/** The force's encounter data, imported record by record, and its analyses for staff. */
export const serviceDelivery: SubgraphModule = {
  name: 'service-delivery',
  databaseSchema: 'service_delivery',
  portVariable: 'SERVICE_DELIVERY_PORT',
  defaultPort: 4101,
  entities: [ImportBatchEntity, StopSearchRecordEntity, EncounterRecordEntity, StopSearchRollupEntity],
  migrations,
  buildSchema: buildServiceDeliverySchema,
  registerMetrics: registerImportMetrics,
  async beforeServe({ internalTokenSecret, peers, logger, clock }) {
    // Aggregates go straight to the partners subgraph, signed with the secret the kit serves with.
    const config = publishingConfigFromEnv();
    configurePublishing({ ...config, partners: { url: peers.partners, secret: internalTokenSecret, clock } });
    logger.info(
      { partners: peers.partners, areas: Object.fromEntries(config.areas), periods: config.granularities },
      'stop-search aggregates are published to partners',
    );
  },
};
