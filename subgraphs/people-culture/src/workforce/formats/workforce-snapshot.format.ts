import { count, isoDate, oneOf, text } from '../csv/csv-fields';
import type { CsvFormat } from '../csv/csv-format';
import { characteristicCells } from './category-cells';

export const WORKFORCES = ['officer', 'staff', 'volunteer'] as const;

/** Headcount on a date: organisation,date,workforce,rank,characteristic,category,headcount */
export const workforceSnapshotFormat: CsvFormat<{
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
  name: 'workforce-snapshot',
  columns: ['organisation', 'date', 'workforce', 'rank', 'characteristic', 'category', 'headcount'],
  read: (r) => ({
    organisationKey: text(r, 'organisation', 80),
    movement: 'snapshot',
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
