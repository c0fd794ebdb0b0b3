import type { ProtectedCharacteristicCode } from '@edhr/schema';
import { inputError } from '../common/input-error';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AREA_CODE, AREA_FORM, categoryProblem, characteristicProblem, isUsableCategory } from '../common/characteristic-categories';
import { areaProblem } from '../denominators/known-areas';
import { parsePeriod, periodProblem, periodsWithin, type Period, type PeriodGranularity } from '../periods/period';
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
  /** One answer per calendar period of this size inside `period`; null: the period answered whole. */
  groupBy: PeriodGranularity | null;
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
  if (!isUsableCategory(characteristic as ProtectedCharacteristicCode, reference)) {
    throw inputError('reference', `"${reference}" says nothing about ${characteristic} (not stated, not recorded or unmapped) and cannot be a reference`);
  }
  if (!AREA_CODE.test(args.area)) throw inputError('area', `"${args.area}" is not ${AREA_FORM}`);
  const period = parsePeriod(args.period);
  if (!period) throw inputError('period', periodProblem(args.period)!);
  const groupBy = args.groupBy ?? null;
  if (groupBy && !periodsWithin(period, groupBy)) {
    throw inputError('groupBy', `calendar ${groupBy.toLowerCase()}s do not fit whole inside ${period.code}: group by a finer period or leave groupBy out`);
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
    source: args.source?.trim() || null,
    denominator:
      args.denominatorSource && args.denominatorEdition
        ? { source: args.denominatorSource, edition: args.denominatorEdition }
        : { ...DEFAULT_DENOMINATOR },
  };
}

/** Refuses an area no denominator knows, naming the field: an unknown code is never answered with nothing. */
export async function checkArea(em: EntityManager, area: string): Promise<void> {
  const problem = await areaProblem(em, area);
  if (problem) throw inputError('area', problem);
}

/** The finest period an answer shows: the groupBy asked for, or the period itself. */
export function shownGranularity(query: Pick<DisparityQuery, 'period' | 'groupBy'>): PeriodGranularity {
  return query.groupBy ?? query.period.granularity;
}
