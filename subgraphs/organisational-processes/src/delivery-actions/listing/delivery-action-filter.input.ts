import { Field, ID, InputType } from 'type-graphql';

@InputType('DeliveryActionFilter', { description: 'Every condition given must hold.' })
export class DeliveryActionFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: past the derived due date and not complete; false: the others (including those with no derivable date).',
  })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'One owner entry, matched whole and case-insensitively.' })
  owner?: string | null;

  @Field(() => ID, { nullable: true, description: 'Theme id, "pluginId:themeKey".' })
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Protected characteristic code in scope, e.g. RACE.' })
  characteristic?: string | null;

  @Field(() => ID, { nullable: true, description: 'Strategy id (key).' })
  strategy?: string | null;
}
