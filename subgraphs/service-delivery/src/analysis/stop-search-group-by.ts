import { registerEnumType } from 'type-graphql';

export const StopSearchGroupBy = {
  ETHNICITY_SELF_DEFINED: 'ETHNICITY_SELF_DEFINED',
  ETHNICITY_OFFICER_DEFINED: 'ETHNICITY_OFFICER_DEFINED',
  SEX: 'SEX',
  AGE_RANGE: 'AGE_RANGE',
  OBJECT: 'OBJECT',
  LEGISLATION: 'LEGISLATION',
  OUTCOME: 'OUTCOME',
  MONTH: 'MONTH',
} as const;
export type StopSearchGroupBy = (typeof StopSearchGroupBy)[keyof typeof StopSearchGroupBy];

registerEnumType(StopSearchGroupBy, {
  name: 'StopSearchGroupBy',
  description: 'A dimension to group stop-and-search records by. Ethnicities are Census 2021 broad groups.',
});

/** The stored column (or expression) each dimension groups on; MONTH is the month in UK time. */
export const GROUP_EXPRESSIONS: Readonly<Record<StopSearchGroupBy, string>> = {
  ETHNICITY_SELF_DEFINED: 'self_defined_broad',
  ETHNICITY_OFFICER_DEFINED: 'officer_defined_broad',
  SEX: 'sex',
  AGE_RANGE: 'age_range',
  OBJECT: 'object_of_search',
  LEGISLATION: 'legislation',
  OUTCOME: 'outcome',
  MONTH: `to_char(occurred_at at time zone 'Europe/London', 'YYYY-MM')`,
};
