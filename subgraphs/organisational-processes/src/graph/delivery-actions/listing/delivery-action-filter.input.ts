import { Field, ID, InputType } from 'type-graphql';
import { DeliveryStatusValue } from '../../../model/delivery-actions/delivery-status';

@InputType('DeliveryActionFilter', { description: 'Every condition given must hold.' })
export class DeliveryActionFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: not COMPLETE and past any of its derived deadlines; false: the others (including those with no derivable date).',
  })
  overdue?: boolean | null;

  @Field(() => [DeliveryStatusValue], { nullable: true, description: 'Current status, any of these (e.g. [AT_RISK, OFF_TRACK]).' })
  status?: DeliveryStatusValue[] | null;

  @Field(() => String, { nullable: true, description: 'One owner entry, matched whole and case-insensitively.' })
  owner?: string | null;

  @Field(() => ID, { nullable: true, description: 'Theme id, "pluginId:themeKey".' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Protected characteristic code in scope, e.g. RACE.' })
  characteristic?: string | null;

  @Field(() => ID, { nullable: true, description: 'Strategy id (key).' })
  strategy?: string | null;
}
