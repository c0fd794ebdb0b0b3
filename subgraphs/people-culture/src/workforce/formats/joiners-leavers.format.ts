import { count, isoDate, oneOf, text } from '../csv/csv-fields';
import type { CsvFormat } from '../csv/csv-format';
import { characteristicCells } from './category-cells';
import { WORKFORCES } from './workforce-snapshot.format';

/** People who joined or left in the period ending on `date`: the snapshot columns plus movement. */
export const joinersLeaversFormat: CsvFormat<{
  organisationKey: string;
  movement: string;
  date: string;
  workforce: string;
  rank: string;
  characteristic: string;
  category: string;
  categoryRecognised: string;
  headcount: number;
}> = {
  name: 'joiners-leavers',
  columns: ['organisation', 'date', 'workforce', 'rank', 'characteristic', 'category', 'movement', 'headcount'],
  read: (r) => ({
    organisationKey: text(r, 'organisation', 80),
    movement: oneOf(r, 'movement', ['joiner', 'leaver'] as const),
    date: isoDate(r, 'date'),
    workforce: oneOf(r, 'workforce', WORKFORCES),
    rank: text(r, 'rank'),
    ...characteristicCells(r),
    headcount: count(r, 'headcount'),
  }),
  keyColumns: ['organisationKey', 'movement', 'date', 'workforce', 'rank', 'characteristic', 'category'],
  valueColumns: ['headcount'],
  table: 'workforce_headcount',
};
