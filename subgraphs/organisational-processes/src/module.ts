import type { SubgraphModule } from '@edhr/kit';
import { OrganisationEntity } from './organisations/organisation.entity';
import { migrations } from './migrations';
import { buildOrganisationalProcessesSchema } from './schema';

/** The performance-management backbone: organisations, strategies, themes, objectives, KPIs, plugins. */
export const organisationalProcesses: SubgraphModule = {
  name: 'organisational-processes',
  databaseSchema: 'organisational_processes',
  portVariable: 'ORGANISATIONAL_PROCESSES_PORT',
  defaultPort: 4103,
  entities: [OrganisationEntity],
  migrations,
  buildSchema: buildOrganisationalProcessesSchema,
};
