import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { EngagementGroupKindValue } from './engagement-group-kind';

@ObjectType('EngagementRecord', { description: 'Consultation or engagement held with a group; never changed once recorded.' })
export class EngagementRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The plugin that brought it; null for one recorded through the API.' })
  pluginId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null only where the source gives no date (see heldAsWritten).' })
  heldOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was held, as the source puts it.' })
  heldAsWritten!: string | null;

  @Field(() => EngagementGroupKindValue)
  groupKind!: EngagementGroupKindValue;

  @Field(() => String)
  groupName!: string;

  @Field(() => String)
  topic!: string;

  @Field(() => [String], { description: 'Protected characteristic codes the engagement was about; empty when it was about all or none named.' })
  characteristics!: string[];

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  sourceLocation!: string | null;

  @Field(() => String, { nullable: true })
  sourceQuote!: string | null;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  organisationKey!: string;
  objectiveIds!: string[];
  eqiaIds!: string[];
}
