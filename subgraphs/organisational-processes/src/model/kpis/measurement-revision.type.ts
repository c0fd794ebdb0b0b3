import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType('MeasurementRevision', { description: 'A value that a correction replaced, kept as it was.' })
export class MeasurementRevisionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  source!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String)
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  @Field(() => String, { description: 'Why it was replaced.' })
  correctionReason!: string;

  @Field(() => String)
  correctedBy!: string;

  @Field(() => GraphQLISODateTime)
  correctedAt!: Date;
}
