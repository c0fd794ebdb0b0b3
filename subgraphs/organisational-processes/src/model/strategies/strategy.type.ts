import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('StrategyValue')
export class StrategyValueType {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType('Strategy', { description: 'An equality, diversity and inclusion strategy of an organisation, as a plugin declares it.' })
export class StrategyType {
  @Field(() => ID, { description: 'Stable key, e.g. "wmp-edhr-strategy".' })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  vision!: string | null;

  @Field(() => [StrategyValueType])
  values!: StrategyValueType[];

  @Field(() => String, { nullable: true, description: 'First day of the period, YYYY-MM-DD.' })
  periodFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the period, YYYY-MM-DD.' })
  periodTo!: string | null;

  @Field(() => String, { nullable: true, description: 'How often its objectives are reviewed, as written.' })
  reviewCycle!: string | null;

  @Field(() => [String], { description: 'The prose sections, one paragraph each.' })
  introduction!: string[];

  /** Row id, for loaders. */
  rowId!: string;
  organisationKey!: string;
  pluginId!: string;
}
