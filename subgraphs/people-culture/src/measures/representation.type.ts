import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('RepresentationRow', { description: 'Representation of one group in the whole workforce or in one rank or grade.' })
export class RepresentationRowType {
  @Field(() => String, { nullable: true, description: 'officer, staff or volunteer; null for every workforce together.' })
  workforce!: string | null;

  @Field(() => String, { nullable: true, description: 'Rank or grade as imported; null for every rank together.' })
  rank!: string | null;

  @Field(() => Int)
  groupInWorkforce!: number;

  @Field(() => Int)
  workforceTotal!: number;

  @Field(() => Boolean)
  computable!: boolean;

  @Field(() => Float, { nullable: true, description: 'workforceShare ÷ communityShare; 1 is proportionate, below 1 under-represented.' })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'groupInWorkforce ÷ workforceTotal, from 0 to 1; given whenever the workforce total is above 0, with or without community figures.',
  })
  workforceShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'groupInCommunity ÷ communityTotal, from 0 to 1; null without community figures.' })
  communityShare!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the ratio is not computable (statistics module reason code).' })
  notComputableReason!: string | null;

  @Field(() => String, { nullable: true })
  notComputableDetail!: string | null;
}

@ObjectType('Representation', { description: 'Representation ratio of a group: its share of the workforce ÷ its share of the community.' })
export class RepresentationType {
  @Field(() => ID)
  organisation!: string;

  @Field(() => String, { nullable: true, description: 'Snapshot date used; null when there is no snapshot.' })
  date!: string | null;

  @Field(() => String)
  characteristic!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Int, { nullable: true })
  groupInCommunity!: number | null;

  @Field(() => Int, { nullable: true })
  communityTotal!: number | null;

  @Field(() => String, { nullable: true, description: 'Where the community figures come from.' })
  communitySource!: string | null;

  @Field(() => RepresentationRowType)
  overall!: RepresentationRowType;

  @Field(() => [RepresentationRowType], { description: 'One row per workforce and rank, when asked for by rank.' })
  byRank!: RepresentationRowType[];
}
