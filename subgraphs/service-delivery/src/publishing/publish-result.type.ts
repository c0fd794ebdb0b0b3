import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PublishOutcomeFields, type PublishStatus } from '@edhr/kit';

export const AggregatePublishStatus = {
  PUBLISHED: 'PUBLISHED',
  NOTHING_TO_PUBLISH: 'NOTHING_TO_PUBLISH',
  REFUSED: 'REFUSED',
  FAILED: 'FAILED',
  NOT_CONFIGURED: 'NOT_CONFIGURED',
} as const;
registerEnumType(AggregatePublishStatus, {
  name: 'AggregatePublishStatus',
  description:
    'PUBLISHED: partners holds every row (re-sent identical rows count as unchanged); NOTHING_TO_PUBLISH: no records in the months asked for; ' +
    'REFUSED: no area for the organisation, or partners refused the rows or the token; FAILED: partners unreachable or failing after a bounded retry; ' +
    'NOT_CONFIGURED: this process has no partners subgraph to call.',
});

@ObjectType('UnpublishedAggregate', {
  description: 'Records counted but not sent to partners, because partners has no category for the value they hold (e.g. UNMAPPED).',
})
export class UnpublishedAggregateType {
  @Field(() => String, { description: 'Month (2017-06) or quarter (2017-Q2).' })
  period!: string;

  @Field(() => String, { description: 'RACE, SEX or AGE.' })
  characteristic!: string;

  @Field(() => String, { description: 'The category as held here, e.g. UNMAPPED or OTHER.' })
  category!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => String)
  reason!: string;
}

@ObjectType('PublishResult', {
  description: 'What publishing stop-and-search aggregates (counts, never records) to the partners subgraph did, or why it did not.',
})
export class PublishResultType extends PublishOutcomeFields {
  @Field(() => AggregatePublishStatus)
  status!: PublishStatus;

  @Field(() => String, { description: 'The statistics dataset, "stop-search".' })
  dataset!: string;

  @Field(() => String, { nullable: true, description: 'First month published, YYYY-MM in UK time.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'Last month published, YYYY-MM in UK time.' })
  to!: string | null;

  @Field(() => [String], { description: 'Periods sent: months, and quarters when configured.' })
  periods!: string[];

  @Field(() => Int, { description: 'Records counted into the rows.' })
  records!: number;

  @Field(() => [UnpublishedAggregateType])
  notPublished!: UnpublishedAggregateType[];
}
