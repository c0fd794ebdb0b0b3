import { badUserInput } from '@edhr/kit';
import { isProtectedCharacteristicCode, type ProtectedCharacteristicCode } from '@edhr/schema';
import { category as readCategory, characteristic as readCharacteristic, CellError } from '../workforce/csv/csv-fields';

/** The characteristic argument, read by the same rule as the CSV column. */
export function characteristicArgument(value: string): ProtectedCharacteristicCode {
  try {
    const code = readCharacteristic({ characteristic: value }, 'characteristic');
    if (isProtectedCharacteristicCode(code)) return code;
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    throw badUserInput(error.message);
  }
  throw badUserInput(`characteristic "${value}" is not a protected characteristic`);
}

/** The category argument, matched as imported categories were (code or label, else as written). */
export function categoryArgument(value: string, of: ProtectedCharacteristicCode): string {
  try {
    return readCategory({ category: value }, 'category', of).value;
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    throw badUserInput(error.message);
  }
}
