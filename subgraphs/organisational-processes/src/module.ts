import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildOrganisationalProcessesSchema } from './schema';
import { loadConfiguredPlugins } from './plugins/plugin-startup.loader';

/** The performance-management backbone: organisations, strategies, themes, objectives, KPIs, plugins. */
export const organisationalProcesses: SubgraphModule = {
  name: 'organisational-processes',
  databaseSchema: 'organisational_processes',
  portVariable: 'ORGANISATIONAL_PROCESSES_PORT',
  defaultPort: 4103,
  entities,
  migrations,
  buildSchema: buildOrganisationalProcessesSchema,
  beforeServe: ({ orm, logger }) => loadConfiguredPlugins(orm, logger),
};
