import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

@ObjectType('PluginDelivery', { description: 'A message about a registration that another subgraph must receive, and how sending it went.' })
export class PluginDeliveryType {
  @Field(() => String, { description: 'The receiving subgraph, e.g. people-culture.' })
  target!: string;

  @Field(() => String, { description: 'The plugin version the message is about.' })
  pluginVersion!: string;

  @Field(() => String, { description: 'pending or delivered.' })
  status!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deliveredAt!: Date | null;
}
