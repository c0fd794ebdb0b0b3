import { NotComputableReason, computed, notComputable, type Result } from './result.js';
import { checkCount, checkMinimum, checkPopulation, firstProblem } from './validation.js';

/** Rates are expressed per this many people unless a caller asks otherwise. */
export const DEFAULT_RATE_BASE = 1000;

/** Events (stops, arrests, complaints...) counted in a population. */
export interface RateInput {
  /** Number of events; a non-negative whole number. */
  events: number;
  /** Size of the population at risk; may be a non-integer estimate, must not be negative. */
  population: number | null | undefined;
}

export interface RateOptions {
  /** The rate is per this many people; default 1000. */
  per?: number;
  /** Fewer events than this gives BELOW_MINIMUM_COUNT instead of an unreliable rate. */
  minimumCount?: number;
  /**
   * Events are taken to be distinct people, so more events than people is refused as
   * COUNT_EXCEEDS_POPULATION. Set this when one person can be counted more than once (repeat
   * stops, for example), where a rate above `per` is genuine.
   */
  allowEventsAbovePopulation?: boolean;
}

export interface Rate {
  /** events ÷ population × per. */
  value: number;
  events: number;
  population: number;
  per: number;
}

/**
 * The rate of events per `per` (default 1,000) people: events ÷ population × per.
 * Zero events give a computed rate of 0; a zero or missing population is not computable.
 */
export function rate(input: RateInput, options: RateOptions = {}): Result<Rate> {
  const per = options.per ?? DEFAULT_RATE_BASE;
  const problem = firstProblem(
    checkPopulation('population', input.population, { integer: false }),
    checkCount('events', input.events),
    Number.isFinite(per) && per > 0
      ? null
      : notComputable(NotComputableReason.INVALID_OPTION, `per must be a positive number (got ${per})`),
    checkMinimum('minimumCount', options.minimumCount),
  );
  if (problem) return problem;
  const population = input.population as number;
  if (population === 0) {
    return notComputable(NotComputableReason.ZERO_POPULATION, 'population is 0, so there is no rate');
  }
  if (input.events > population && !options.allowEventsAbovePopulation) {
    return notComputable(
      NotComputableReason.COUNT_EXCEEDS_POPULATION,
      `events (${input.events}) exceed population (${population})`,
    );
  }
  if (options.minimumCount !== undefined && input.events < options.minimumCount) {
    return notComputable(
      NotComputableReason.BELOW_MINIMUM_COUNT,
      `events (${input.events}) are below the minimum of ${options.minimumCount}`,
    );
  }
  return computed({ value: (input.events / population) * per, events: input.events, population, per });
}
