import { category, characteristic } from '../csv/csv-fields';

/** The characteristic and category columns every format shares. */
export function characteristicCells(record: Record<string, string>) {
  const code = characteristic(record, 'characteristic');
  const matched = category(record, 'category', code);
  return { characteristic: code, category: matched.value, categoryRecognised: matched.recognised ? 'yes' : 'no' };
}
