import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType('ProgressUpdate', { description: 'A progress note on a delivery action; never changed once recorded.' })
export class ProgressUpdateType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: 'When it was written, if the source says (YYYY-MM-DD).' })
  date!: string | null;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}
