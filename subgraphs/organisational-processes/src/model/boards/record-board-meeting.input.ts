import { Field, ID, InputType } from 'type-graphql';

@InputType('ActionArisingInput')
export class ActionArisingInput {
  @Field(() => String, { description: 'At most 2,000 characters.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'At most 300 characters.' })
  owner?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  due?: string | null;
}

@InputType('RecordBoardMeetingInput')
export class RecordBoardMeetingInput {
  @Field(() => ID, { description: 'The governance body, "pluginId:key".' })
  body!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not after today; one meeting per body and day.' })
  heldOn!: string;

  @Field(() => [String], { description: 'Decisions taken, at most 100, each at most 4,000 characters.' })
  decisions!: string[];

  @Field(() => [ActionArisingInput], { nullable: true, description: 'At most 100.' })
  actionsArising?: ActionArisingInput[] | null;
}
