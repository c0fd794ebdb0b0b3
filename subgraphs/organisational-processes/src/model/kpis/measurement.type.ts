import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType('Measurement', { description: 'One value of a KPI for one period.' })
export class MeasurementType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'YYYY, YYYY-Qn, YYYY-MM or YYYY/YY.' })
  period!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { description: 'Where the figure comes from.' })
  source!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String)
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why this value replaced an earlier one; the earlier ones are its revisions.' })
  correctionReason!: string | null;
}
