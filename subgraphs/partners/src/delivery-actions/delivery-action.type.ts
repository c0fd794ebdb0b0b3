import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Delivery actions belong to organisational-processes. This stub only lets a finding point at one
 * by key; `resolvable: false` because this subgraph cannot resolve one, so the gateway fetches
 * every other field from organisational-processes.
 */
@ObjectType('DeliveryAction')
@Directive('@key(fields: "id", resolvable: false)')
export class DeliveryActionType {
  @Field(() => ID)
  id!: string;
}
