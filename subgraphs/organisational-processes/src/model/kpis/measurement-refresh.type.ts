import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum RefreshStatusValue {
  OK = 'OK',
  ERROR = 'ERROR',
}
registerEnumType(RefreshStatusValue, { name: 'MeasurementRefreshStatus' });

@ObjectType('MeasurementRefreshResult', { description: 'What refreshing one query-based KPI did.' })
export class MeasurementRefreshResultType {
  @Field(() => ID, { description: 'The KPI, "pluginId:key".' })
  kpi!: string;

  @Field(() => RefreshStatusValue)
  status!: RefreshStatusValue;

  @Field(() => Float, { nullable: true, description: 'The value the query gave.' })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'recorded, corrected (a different value was replaced) or unchanged.' })
  outcome!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  reason!: string | null;
}
