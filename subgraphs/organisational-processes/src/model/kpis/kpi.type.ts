import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('Kpi', { description: 'A key performance indicator of a strategy.' })
export class KpiType {
  @Field(() => ID, { description: '"pluginId:key".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'percent, count, ratio, rate_per_1000, score, days or currency_gbp.' })
  unit!: string;

  @Field(() => String, { description: 'up or down: which way is better.' })
  direction!: string;

  @Field(() => String, { description: 'stated (the source states it) or proposed (implied by its aims).' })
  status!: string;

  @Field(() => String, { description: 'monthly, quarterly, annually or biennially.' })
  frequency!: string;

  @Field(() => [String])
  owners!: string[];

  @Field(() => [String])
  characteristics!: string[];

  @Field(() => Float, { nullable: true })
  baselineValue!: number | null;

  @Field(() => String, { nullable: true })
  baselinePeriod!: string | null;

  @Field(() => Float, { nullable: true })
  targetValue!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  targetDate!: string | null;

  @Field(() => Float, { description: 'Amber when within this fraction of the target.' })
  amberTolerance!: number;

  @Field(() => String, { description: 'manual (recorded by hand) or query (refreshed from the federated graph).' })
  measuredBy!: string;

  rowId!: string;
  themeRowId!: string | null;
  /** Row id of the strategy it belongs to (for a plugin extending a strategy, the extended one). */
  strategyRowId!: string;
}
