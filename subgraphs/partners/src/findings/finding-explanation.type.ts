import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

@ObjectType('FindingExplanation', { description: 'One recorded explanation of a finding; explanations are never changed.' })
export class FindingExplanationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => [String], { description: 'Documents, analyses or links the explanation rests on.' })
  evidence!: string[];

  @Field(() => String, { description: 'Who gave it.' })
  explainedBy!: string;

  @Field(() => GraphQLDateTime)
  explainedAt!: Date;

  @Field(() => Int, { description: 'The finding version it was written against.' })
  findingVersion!: number;
}
