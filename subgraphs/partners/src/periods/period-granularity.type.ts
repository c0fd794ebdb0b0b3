import { registerEnumType } from 'type-graphql';

/** GraphQL face of a period granularity; values match `PeriodGranularity`. */
export enum PeriodGranularityType {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}

registerEnumType(PeriodGranularityType, { name: 'PeriodGranularity', description: 'Calendar month, quarter or year.' });
