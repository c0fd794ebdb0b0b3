import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('GovernanceBody', { description: 'A board, forum, staff network or role governing an organisation\'s strategies.' })
export class GovernanceBodyType {
  @Field(() => ID, { description: '"pluginId:key".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'board, forum, staff-network, champion-role, lead-role or group.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  chair!: string | null;

  @Field(() => Boolean, { description: 'True when a later version of its plugin dropped it.' })
  archived!: boolean;

  /** `pluginId:key` of the body it reports to. */
  reportsToId!: string | null;
  rowId!: string;
  organisationKey!: string;
  strategyRowId!: string | null;
}
