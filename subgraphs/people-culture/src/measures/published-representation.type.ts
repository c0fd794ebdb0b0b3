import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('PublishedRepresentationRow', {
  description: 'One group\'s share of one rank (or of the whole workforce) against its share of the community, for the public: shares only, never headcounts.',
})
export class PublishedRepresentationRowType {
  @Field(() => String, { nullable: true, description: 'officer, staff or volunteer; null for the whole workforce.' })
  workforce!: string | null;

  @Field(() => String, { nullable: true, description: 'Rank or grade as imported; null for every rank together.' })
  rank!: string | null;

  @Field(() => String)
  category!: string;

  @Field(() => Float, { nullable: true, description: 'Share of the rank, 0 to 1; null when withheld.' })
  workforceShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the community, 0 to 1; null without community figures.' })
  communityShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'workforceShare ÷ communityShare; null when withheld or not computable.' })
  ratio!: number | null;

  @Field(() => Boolean)
  withheld!: boolean;

  @Field(() => String, { nullable: true, description: 'small_number: the group, or the rest of the rank, is fewer than the threshold, so its share would identify people.' })
  withheldReason!: string | null;
}

@ObjectType('WorkforceRepresentationSection', { description: 'Representation by rank for one characteristic, from the year\'s latest workforce snapshot.' })
export class WorkforceRepresentationSectionType {
  @Field(() => String)
  characteristic!: string;

  @Field(() => String, { description: 'YYYY-MM-DD: the snapshot used, the latest in the year.' })
  snapshotDate!: string;

  @Field(() => String, { nullable: true, description: 'Where the community figures come from; null without them.' })
  communitySource!: string | null;

  @Field(() => Int, { description: 'Groups of fewer than this many people are withheld, as is the rest of a rank below it.' })
  threshold!: number;

  @Field(() => [PublishedRepresentationRowType])
  rows!: PublishedRepresentationRowType[];
}
