import { Field, ObjectType } from 'type-graphql';
import { PageInfoType } from '../../pagination/page-info.type';
import { DeliveryActionType } from '../../../model/delivery-actions/delivery-action.type';

@ObjectType('DeliveryActionEdge')
export class DeliveryActionEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => DeliveryActionType)
  node!: DeliveryActionType;
}

@ObjectType('DeliveryActionConnection', { description: 'A page of delivery actions in a stable order (plugin, document position).' })
export class DeliveryActionConnectionType {
  @Field(() => [DeliveryActionEdgeType])
  edges!: DeliveryActionEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  /** Counts every match on request only (`totalCount` is its own statement). */
  countAll!: () => Promise<number>;
}
