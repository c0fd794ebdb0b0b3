import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Theme', { description: 'A strategic theme (or pillar) of a strategy.' })
export class ThemeType {
  @Field(() => ID, { description: '"pluginId:key", e.g. "wmp-edhr-theme-2-people-culture:people-culture".' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Position in the strategy, as written.' })
  code!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The subgraph domain it belongs to, e.g. people-culture.' })
  domain!: string;

  @Field(() => [String])
  aims!: string[];

  @Field(() => String, { nullable: true, description: 'The named lead, as written.' })
  lead!: string | null;

  @Field(() => Boolean, { description: 'True when a later version of its plugin dropped it.' })
  archived!: boolean;

  rowId!: string;
}
