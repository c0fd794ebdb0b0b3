import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PublishOutcomeFields, type PublishStatus } from '@edhr/kit';

export const WorkforcePublishStatusValue = {
  PUBLISHED: 'PUBLISHED',
  NOTHING_TO_PUBLISH: 'NOTHING_TO_PUBLISH',
  REFUSED: 'REFUSED',
  FAILED: 'FAILED',
  NOT_CONFIGURED: 'NOT_CONFIGURED',
} as const;
registerEnumType(WorkforcePublishStatusValue, {
  name: 'WorkforcePublishStatus',
  description:
    'PUBLISHED: partners holds every row sent (identical rows count as unchanged); NOTHING_TO_PUBLISH: no count partners can take (see notPublished); ' +
    'REFUSED: no area for the organisation, or partners refused the rows or the token; FAILED: partners unreachable or failing after a bounded retry; ' +
    'NOT_CONFIGURED: this process has no partners subgraph to call.',
});

@ObjectType('WorkforceUnpublishedCount', { description: 'A count held here but not sent to partners, and why.' })
export class WorkforceUnpublishedCountType {
  @Field(() => String, { description: 'The statistics dataset it would belong to, e.g. workforce-headcount.' })
  dataset!: string;

  @Field(() => String, { nullable: true, description: 'The period as held here (year, month, day or snapshot date); null for a round without one.' })
  period!: string | null;

  @Field(() => String)
  characteristic!: string;

  @Field(() => String, { description: 'The category as held here, e.g. a value kept as written at import.' })
  category!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => String)
  reason!: string;
}

@ObjectType('WorkforcePublishResult', {
  description: "What publishing one organisation's workforce aggregates (counts, never records) to the partners subgraph did, or why it did not.",
})
export class WorkforcePublishResultType extends PublishOutcomeFields {
  @Field(() => WorkforcePublishStatusValue)
  status!: PublishStatus;

  @Field(() => [String], { description: 'Statistics datasets computed, e.g. workforce-headcount, promotion, promotion-successful.' })
  datasets!: string[];

  @Field(() => [String], { description: 'Periods of the rows sent (YYYY or YYYY-MM), oldest first.' })
  periods!: string[];

  @Field(() => [WorkforceUnpublishedCountType])
  notPublished!: WorkforceUnpublishedCountType[];
}
