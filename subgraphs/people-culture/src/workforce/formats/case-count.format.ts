import { count, oneOf, period, text } from '../csv/csv-fields';
import type { CsvFormat } from '../csv/csv-format';
import { characteristicCells } from './category-cells';

/** Grievance and misconduct cases: organisation,period,kind,characteristic,category,cases */
export const caseCountFormat: CsvFormat<{
  organisationKey: string;
  period: string;
  kind: string;
  characteristic: string;
  category: string;
  categoryRecognised: string;
  cases: number;
}> = {
  name: 'grievance-misconduct',
  columns: ['organisation', 'period', 'kind', 'characteristic', 'category', 'cases'],
  read: (r) => ({
    organisationKey: text(r, 'organisation', 80),
    period: period(r, 'period'),
    kind: oneOf(r, 'kind', ['grievance', 'misconduct'] as const),
    ...characteristicCells(r),
    cases: count(r, 'cases'),
  }),
  keyColumns: ['organisationKey', 'period', 'kind', 'characteristic', 'category'],
  valueColumns: ['cases'],
  table: 'case_count',
};
