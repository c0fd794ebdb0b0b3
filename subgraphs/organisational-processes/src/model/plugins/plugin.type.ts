import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

@ObjectType('PluginWarning', { description: 'Something registration reported but did not refuse: the source says it that way.' })
export class PluginWarningType {
  @Field(() => String, { description: 'Path of the field in the manifest, e.g. "actions[16].reference".' })
  path!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('PluginSource', { description: 'The document a plugin\'s content comes from, as its manifest names it.' })
export class PluginSourceType {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  publisher!: string;

  @Field(() => String, { nullable: true, description: 'When it was published, as written.' })
  published!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType('PluginDependency', { description: 'A plugin that must be registered first.' })
export class PluginDependencyType {
  @Field(() => ID, { description: 'The plugin id.' })
  id!: string;

  @Field(() => String, { description: 'The version range needed, e.g. "^1.0.0".' })
  version!: string;
}

@ObjectType('Plugin', { description: 'A registered theme plugin.' })
export class PluginType {
  @Field(() => ID, { description: 'The plugin id, e.g. "wmp-edhr-strategy".' })
  id!: string;

  @Field(() => String)
  version!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => PluginSourceType, { description: 'Provenance: the document the content comes from.' })
  source!: PluginSourceType;

  @Field(() => [PluginDependencyType], { description: 'Plugins it depends on, as its manifest declares them.' })
  dependsOn!: PluginDependencyType[];

  @Field(() => String, { description: 'module (configured at start-up) or manifest (registered through the API).' })
  sourceKind!: string;

  @Field(() => String, { description: 'The module specifier, or "api".' })
  sourceRef!: string;

  @Field(() => String, { description: 'SHA-256 of the registered content ("sha256:…"); the same version always has the same hash.' })
  contentHash!: string;

  @Field(() => Boolean, { description: 'Content of a disabled plugin is hidden.' })
  enabled!: boolean;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => [PluginWarningType])
  warnings!: PluginWarningType[];
}
