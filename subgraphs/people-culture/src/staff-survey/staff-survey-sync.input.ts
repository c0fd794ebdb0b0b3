import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@InputType('StaffSurveySyncInput', { description: "A plugin's whole staff-survey delivery plan, replacing what it sent before." })
export class StaffSurveySyncInput {
  @Field(() => ID)
  pluginId!: string;

  @Field(() => String)
  pluginVersion!: string;

  @Field(() => ID, { description: 'Organisation key, e.g. "west-midlands-police".' })
  organisation!: string;

  @Field(() => ID, { description: 'Key of the strategy the key-action codes refer to.' })
  strategy!: string;

  @Field(() => GraphQLJSON, { description: 'The actions, each as the plugin SDK defines a staff-survey action.' })
  actions!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'By action number, the owners (organisational-processes `Owner` ids) its contact and local owner name: { "9": { "contact": "pluginId:key", "localOwner": "pluginId:key" } }.',
  })
  owners?: unknown;
}

@ObjectType('StaffSurveySyncResult')
export class StaffSurveySyncResult {
  @Field(() => ID)
  pluginId!: string;

  @Field(() => Int, { description: 'Actions received (and now current) for the plugin.' })
  received!: number;
}
