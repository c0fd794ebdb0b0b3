import { Field, ID, InputType, Int } from 'type-graphql';
import { ProgressStatusValue } from '../../../model/delivery-actions/delivery-status';

@InputType('RecordProgressInput')
export class RecordProgressInput {
  @Field(() => ID, { description: 'The delivery action, "pluginId:key".' })
  action!: string;

  @Field(() => String, { description: 'What has been done, as the reporter writes it (at most 8,000 characters).' })
  text!: string;

  @Field(() => ProgressStatusValue, { description: 'The action\'s status as of `asOf`; it becomes the action\'s current status.' })
  status!: ProgressStatusValue;

  @Field(() => Int, { nullable: true, description: '0–100.' })
  percentComplete?: number | null;

  @Field(() => [String], { nullable: true, description: 'Links to evidence: http or https addresses, at most 20, each at most 2,000 characters.' })
  evidence?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not after today (UK date); today when not given.' })
  asOf?: string | null;

  @Field(() => Int, { description: 'The action\'s `version` the entry was written against; a stale one is refused (CONFLICT).' })
  expectedVersion!: number;
}
