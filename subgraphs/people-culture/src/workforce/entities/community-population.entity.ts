import { defineEntity, p } from '@mikro-orm/postgresql';

/** The community an organisation serves, by group: the denominator of representation ratios. */
export const CommunityPopulationEntity = defineEntity({
  name: 'CommunityPopulation',
  tableName: 'community_population',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationKey: p.string().length(80),
    characteristic: p.string().length(40),
    category: p.string().length(100),
    population: p.integer(),
    /** Where the figure comes from, e.g. "Census 2021 TS021". */
    source: p.text(),
    batchId: p.integer(),
  },
  uniques: [{ properties: ['organisationKey', 'characteristic', 'category'] }],
});
