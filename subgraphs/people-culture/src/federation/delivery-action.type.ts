import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Delivery actions belong to organisational-processes; this subgraph only adds staff-survey actions. */
@ObjectType('DeliveryAction')
@Directive('@key(fields: "id")')
export class DeliveryActionReference {
  @Field(() => ID)
  id!: string;

  /** The strategy the row belongs to (for a plugin extending another's strategy, the extended one). */
  @Field(() => String)
  @Directive('@external')
  strategyKey!: string;

  @Field(() => [String])
  @Directive('@external')
  staffSurveyActionNumbers!: string[];
}
