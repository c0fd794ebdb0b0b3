import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType('ActionArising', { description: 'An action a meeting gave someone.' })
export class ActionArisingType {
  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  owner!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  due!: string | null;
}

@ObjectType('BoardMeeting', { description: 'A meeting of a governance body; never changed once recorded.' })
export class BoardMeetingType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  heldOn!: string;

  @Field(() => [String])
  decisions!: string[];

  @Field(() => [ActionArisingType])
  actionsArising!: ActionArisingType[];

  @Field(() => String)
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  bodyRowId!: string;
}
