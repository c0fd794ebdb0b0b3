import { Field, ID, Int, ObjectType } from 'type-graphql';

/** What sending aggregates to the partners subgraph did: the part every publishing result shares. */
export interface AggregateDelivery {
  /** Aggregate rows sent (or that would have been sent). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** The `published` flag the rows carry. */
  visibleToPublic: boolean;
  /** HTTP attempts made (retries included). */
  attempts: number;
  error: string | null;
}

/**
 * The GraphQL fields of `AggregateDelivery`, inherited by each subgraph's publishing result type.
 * Never emitted itself: type-graphql only emits types a schema reaches.
 */
@ObjectType()
export abstract class AggregateDeliveryFields implements AggregateDelivery {
  @Field(() => Int, { description: 'Aggregate rows sent (or that would have been sent).' })
  rows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Rows partners already held with the same figures.' })
  unchanged!: number;

  @Field(() => Boolean, { description: 'Whether the rows are marked for the public (partners then shows them suppressed).' })
  visibleToPublic!: boolean;

  @Field(() => Int, { description: 'Requests made to partners, retries included.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why it was not published, when it was not.' })
  error!: string | null;
}

/**
 * `AggregateDeliveryFields` and the organisation and area every publishing result names; each
 * subgraph's result type adds its status (an enum of its own name) and its dataset's fields.
 */
@ObjectType()
export abstract class PublishOutcomeFields extends AggregateDeliveryFields {
  @Field(() => ID)
  organisation!: string;

  @Field(() => String, { nullable: true, description: 'ONS area code the figures are published for (ORGANISATION_AREAS).' })
  area!: string | null;
}
