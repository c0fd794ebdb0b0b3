import type { ProtectedCharacteristicCode } from '@edhr/schema';
import { inputError } from '../common/input-error';
import { AREA_CODE, categoryProblem, characteristicProblem } from '../common/characteristic-categories';
import { isFiner, parsePeriod, type Period, type PeriodGranularity } from '../periods/period';
import { DEFAULT_DENOMINATOR } from '../denominators/default-denominator';

/** The arguments of a disparity query as the API receives them. */
export interface DisparityArgs {
  dataset: string;
  characteristic: string;
  reference: string;
  area: string;
  period: string;
  groupBy?: PeriodGranularity | null;
  source?: string | null;
  denominatorSource?: string | null;
  denominatorEdition?: string | null;
}

/** A checked disparity query. */
export interface DisparityQuery {
  dataset: string;
  characteristic: ProtectedCharacteristicCode;
  reference: string;
  area: string;
  period: Period;
  groupBy: PeriodGranularity;
  source: string | null;
  denominator: { source: string; edition: string };
}

/** Checks the arguments; a bad one is refused with its name and the reason. */
export function parseDisparityArgs(args: DisparityArgs): DisparityQuery {
  if (!args.dataset.trim()) throw inputError('dataset', 'must not be empty');
  const characteristic = args.characteristic.toUpperCase();
  const characteristicIssue = characteristicProblem(characteristic);
  if (characteristicIssue) throw inputError('characteristic', characteristicIssue);
  const reference = args.reference.toUpperCase();
  const referenceIssue = categoryProblem(characteristic as ProtectedCharacteristicCode, reference);
  if (referenceIssue) throw inputError('reference', referenceIssue);
  if (!AREA_CODE.test(args.area)) throw inputError('area', `"${args.area}" is not an ONS geography code`);
  const period = parsePeriod(args.period);
  if (!period) throw inputError('period', `"${args.period}" is not a month (2024-03), quarter (2024-Q1) or year (2024)`);
  const groupBy = args.groupBy ?? period.granularity;
  if (isFiner(period.granularity, groupBy)) {
    throw inputError('groupBy', `${groupBy} is coarser than the period ${period.code}`);
  }
  if (Boolean(args.denominatorSource) !== Boolean(args.denominatorEdition)) {
    throw inputError('denominatorEdition', 'name both denominatorSource and denominatorEdition, or neither');
  }
  return {
    dataset: args.dataset.trim(),
    characteristic: characteristic as ProtectedCharacteristicCode,
    reference,
    area: args.area,
    period,
    groupBy,
    source: args.source ?? null,
    denominator:
      args.denominatorSource && args.denominatorEdition
        ? { source: args.denominatorSource, edition: args.denominatorEdition }
        : { ...DEFAULT_DENOMINATOR },
  };
}
