import { Field, ObjectType } from 'type-graphql';
import { DeliveryActionType } from '../delivery-actions/delivery-action.type';

@ObjectType('StrategyRisk', { description: 'A risk a delivery action of the strategy names, as written, with the action.' })
export class StrategyRiskType {
  @Field(() => String)
  text!: string;

  @Field(() => DeliveryActionType)
  action!: DeliveryActionType;
}
