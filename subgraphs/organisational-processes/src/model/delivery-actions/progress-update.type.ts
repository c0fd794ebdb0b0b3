import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { ProgressStatusValue } from './delivery-status';

@ObjectType('ProgressUpdate', { description: 'A progress entry on a delivery action; never changed once recorded.' })
export class ProgressUpdateType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'As written.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'As of when (YYYY-MM-DD): the source\'s date for an update a plugin brought, the reporter\'s for a recorded one.',
  })
  date!: string | null;

  @Field(() => ProgressStatusValue, { nullable: true, description: 'The status it reports; null for an update a plugin brought.' })
  status!: ProgressStatusValue | null;

  @Field(() => Int, { nullable: true, description: '0–100, when given.' })
  percentComplete!: number | null;

  @Field(() => [String], { description: 'Links to evidence (http/https).' })
  evidence!: string[];

  @Field(() => String, { nullable: true, description: 'Who recorded it: the caller\'s subject, or plugin:<id> for an update a plugin brought.' })
  recordedBy!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded here.' })
  recordedAt!: Date;

  sequence!: number;
}
