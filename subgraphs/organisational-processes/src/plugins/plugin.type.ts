import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType('PluginWarning', { description: 'Something registration reported but did not refuse: the source says it that way.' })
export class PluginWarningType {
  @Field(() => String, { description: 'Path of the field in the manifest, e.g. "actions[16].reference".' })
  path!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('Plugin', { description: 'A registered theme plugin.' })
export class PluginType {
  @Field(() => ID, { description: 'The plugin id, e.g. "wmp-edhr-strategy".' })
  id!: string;

  @Field(() => String)
  version!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'module (configured at start-up) or manifest (registered through the API).' })
  sourceKind!: string;

  @Field(() => String, { description: 'The module specifier, or "api".' })
  sourceRef!: string;

  @Field(() => Boolean, { description: 'Content of a disabled plugin is hidden.' })
  enabled!: boolean;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => [PluginWarningType])
  warnings!: PluginWarningType[];
}
