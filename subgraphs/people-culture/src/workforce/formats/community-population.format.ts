import { count, text } from '../csv/csv-fields';
import type { CsvFormat } from '../csv/csv-format';
import { characteristicCells } from './category-cells';

/** The community served, by group: organisation,characteristic,category,population,source */
export const communityPopulationFormat: CsvFormat<{
  organisationKey: string;
  characteristic: string;
  category: string;
  categoryRecognised: string;
  population: number;
  source: string;
}> = {
  name: 'community-population',
  columns: ['organisation', 'characteristic', 'category', 'population', 'source'],
  read: (r) => ({
    organisationKey: text(r, 'organisation', 80),
    ...characteristicCells(r),
    population: count(r, 'population'),
    source: text(r, 'source', 500),
  }),
  keyColumns: ['organisationKey', 'characteristic', 'category'],
  valueColumns: ['population', 'source'],
  table: 'community_population',
};
