import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One denominator figure: the population of one category of a characteristic in one area,
 * from a named source and edition (e.g. Census 2021 usual residents of West Midlands, Black).
 */
export const PopulationEntity = defineEntity({
  name: 'Population',
  tableName: 'population',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    /** Where the figure comes from, e.g. `ONS Census 2021 TS021 (police force areas)`. */
    source: p.string().length(200),
    /** Edition of the source, e.g. `2021`; a later edition is kept beside, not over, an earlier one. */
    edition: p.string().length(40),
    /** ONS geography code: police force area (E23…/W15…) or local authority. */
    area: p.string().length(12),
    characteristic: p.string().length(40),
    category: p.string().length(60),
    population: p.double(),
    importedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['source', 'edition', 'area', 'characteristic', 'category'] }],
});
export type Population = InstanceType<typeof PopulationEntity.class>;
