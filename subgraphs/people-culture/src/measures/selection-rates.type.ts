import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('SelectionGroup', { description: 'One group of a promotion or recruitment round.' })
export class SelectionGroupType {
  @Field(() => String)
  category!: string;

  @Field(() => Int)
  applicants!: number;

  @Field(() => Int)
  successful!: number;

  @Field(() => Float, { nullable: true, description: 'successful ÷ applicants.' })
  rate!: number | null;

  @Field(() => Float, { nullable: true, description: "This group's rate ÷ the reference group's rate." })
  ratio!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Ratio below the four-fifths threshold.' })
  adverseImpact!: boolean | null;

  @Field(() => Boolean)
  computable!: boolean;

  @Field(() => String, { nullable: true })
  notComputableReason!: string | null;

  @Field(() => String, { nullable: true })
  notComputableDetail!: string | null;
}

@ObjectType('SelectionRates', { description: 'Selection rates of a round by group, against the group with the highest rate.' })
export class SelectionRatesType {
  @Field(() => ID)
  round!: string;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => String, { nullable: true, description: 'promotion or recruitment.' })
  kind!: string | null;

  @Field(() => String)
  characteristic!: string;

  @Field(() => String, { nullable: true })
  referenceGroup!: string | null;

  @Field(() => Float, { nullable: true })
  referenceRate!: number | null;

  @Field(() => Float)
  adverseImpactThreshold!: number;

  @Field(() => Boolean)
  computable!: boolean;

  @Field(() => String, { nullable: true })
  notComputableReason!: string | null;

  @Field(() => String, { nullable: true })
  notComputableDetail!: string | null;

  @Field(() => [SelectionGroupType])
  groups!: SelectionGroupType[];
}
