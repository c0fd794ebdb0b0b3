import type { SubgraphModule } from '@edhr/kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildPeopleCultureSchema } from './schema';

/** Workforce data, the staff-survey delivery plan and the skills register. */
export const peopleCulture: SubgraphModule = {
  name: 'people-culture',
  databaseSchema: 'people_culture',
  portVariable: 'PEOPLE_CULTURE_PORT',
  defaultPort: 4102,
  entities,
  migrations,
  buildSchema: buildPeopleCultureSchema,
};
