import { Field, ID, InputType } from 'type-graphql';
import { EngagementGroupKindValue } from './engagement-group-kind';

@InputType('RecordEngagementInput')
export class RecordEngagementInput {
  @Field(() => ID)
  organisation!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not after today.' })
  heldOn!: string;

  @Field(() => EngagementGroupKindValue)
  groupKind!: EngagementGroupKindValue;

  @Field(() => String, { description: 'e.g. "Birmingham Stop and Search Scrutiny Group"; at most 300 characters.' })
  groupName!: string;

  @Field(() => String, { description: 'At most 2,000 characters.' })
  topic!: string;

  @Field(() => [String], { nullable: true, description: 'Protected characteristic codes, e.g. RACE.' })
  characteristics?: string[] | null;

  @Field(() => String, { nullable: true, description: 'What came of it; at most 8,000 characters.' })
  outcome?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Current objectives of the organisation it served.' })
  objectives?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'EQIAs of the organisation it informed.' })
  eqias?: string[] | null;
}
