import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PluginType, PluginWarningType } from './plugin.type';

export enum PluginRegistrationOutcome {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(PluginRegistrationOutcome, {
  name: 'PluginRegistrationOutcome',
  description: 'CREATED: a first registration; UPDATED: a new version, a rollback or a takeover; UNCHANGED: this id, version and content were registered already.',
});

@ObjectType('PluginItemChanges', { description: 'Keys of one kind of item a registration added, changed or archived.' })
export class PluginItemChangesType {
  @Field(() => [String])
  added!: string[];

  @Field(() => [String])
  changed!: string[];

  @Field(() => [String], { description: 'No longer declared: archived, never deleted.' })
  archived!: string[];
}

@ObjectType('PluginChanges', { description: 'What a registration changed, by kind of item.' })
export class PluginChangesType {
  @Field(() => PluginItemChangesType)
  themes!: PluginItemChangesType;

  @Field(() => PluginItemChangesType)
  objectives!: PluginItemChangesType;

  @Field(() => PluginItemChangesType)
  kpis!: PluginItemChangesType;

  @Field(() => PluginItemChangesType, { description: 'Delivery actions.' })
  actions!: PluginItemChangesType;
}

@ObjectType('PluginRegistration', {
  description:
    'What registerPlugin did. A refused registration is an error instead (BAD_USER_INPUT for an invalid manifest, CONFLICT for one the registry refuses), naming the plugin, each field and the reason.',
})
export class PluginRegistrationType {
  @Field(() => PluginRegistrationOutcome)
  outcome!: PluginRegistrationOutcome;

  @Field(() => PluginType, { description: 'The plugin as registered now.' })
  plugin!: PluginType;

  @Field(() => String, { nullable: true, description: 'The version registered before; null for a first registration.' })
  previousVersion!: string | null;

  @Field(() => String, { description: 'SHA-256 of the registered content ("sha256:…").' })
  contentHash!: string;

  @Field(() => Boolean, { description: 'A lower version replaced a higher one, as the admin asked (rollback: true).' })
  rolledBack!: boolean;

  @Field(() => Boolean, { description: 'Other content took over the id, as the manifest declared (replaces) and the admin confirmed.' })
  replaced!: boolean;

  @Field(() => PluginChangesType)
  changes!: PluginChangesType;

  @Field(() => String, { description: 'The changes in one line, e.g. "themes: 1 added; KPIs: 2 changed, 1 archived".' })
  summary!: string;

  // The plugin's own fields, as registerPlugin answered them before it answered a PluginRegistration.
  @Field(() => ID, { description: 'The plugin id (plugin.id).' })
  id!: string;

  @Field(() => String, { description: 'The registered version (plugin.version).' })
  version!: string;

  @Field(() => String, { description: 'plugin.name' })
  name!: string;

  @Field(() => String, { description: 'plugin.sourceKind' })
  sourceKind!: string;

  @Field(() => String, { description: 'plugin.sourceRef' })
  sourceRef!: string;

  @Field(() => Boolean, { description: 'plugin.enabled' })
  enabled!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'plugin.registeredAt' })
  registeredAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'plugin.updatedAt' })
  updatedAt!: Date;

  @Field(() => [PluginWarningType], { description: 'plugin.warnings' })
  warnings!: PluginWarningType[];
}
