import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Delivery actions belong to organisational-processes; this subgraph only adds staff-survey actions. */
@ObjectType('DeliveryAction')
@Directive('@key(fields: "id")')
export class DeliveryActionReference {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Directive('@external')
  pluginId!: string;

  @Field(() => [String])
  @Directive('@external')
  staffSurveyActionNumbers!: string[];
}
