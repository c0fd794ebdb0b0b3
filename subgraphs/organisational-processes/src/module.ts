import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildOrganisationalProcessesSchema } from './schema';
import { loadConfiguredPlugins } from './content/plugin-startup.loader';
import { startOutboxDelivery } from './peers/outbox/outbox-delivery.startup';
import { createOrganisationalProcessesServices, type OrganisationalProcessesServices } from './services';
import { registerOutboxMetrics } from './peers/outbox/outbox-metrics';

/** The performance-management backbone: organisations, strategies, themes, objectives, KPIs, plugins. */
export const organisationalProcesses: SubgraphModule<OrganisationalProcessesServices> = {
  name: 'organisational-processes',
  databaseSchema: 'organisational_processes',
  portVariable: 'ORGANISATIONAL_PROCESSES_PORT',
  defaultPort: 4103,
  entities,
  migrations,
  buildSchema: buildOrganisationalProcessesSchema,
  registerMetrics: registerOutboxMetrics,
  createServices: createOrganisationalProcessesServices,
  async beforeServe({ orm, logger, internalTokenSecret, peers, clock }, { serviceCalls }) {
    await loadConfiguredPlugins(orm, logger, clock);
    // Runs before the server listens, so the deliverer waits a moment before its first pass.
    const deliverer = startOutboxDelivery(orm, logger, serviceCalls ?? { internalTokenSecret, peers }, clock);
    return { stop: async () => deliverer.stop() };
  },
};
