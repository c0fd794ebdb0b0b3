import { Field, ID, ObjectType } from 'type-graphql';
import { OwnerReference } from './owner.type';

@ObjectType('StaffSurveyAction', { description: 'An action of a staff-survey delivery plan, as its plugin wrote it.' })
export class StaffSurveyActionType {
  @Field(() => ID, { description: '"pluginId:number".' })
  id!: string;

  @Field(() => String, { description: 'The action number as written, e.g. "13".' })
  number!: string;

  @Field(() => String)
  issue!: string;

  @Field(() => [String], { description: 'Key-action codes as written, e.g. ["3.1", "3.3"]; "ALL" means every key action.' })
  keyActions!: string[];

  @Field(() => String, { nullable: true })
  contact!: string | null;

  @Field(() => String, { nullable: true, description: '"Local delivery plan owner", as written.' })
  localOwner!: string | null;

  @Field(() => OwnerReference, { nullable: true, description: 'The owner the contact names, when its plugin declares one: one owner per person or role.' })
  contactOwner!: OwnerReference | null;

  @Field(() => OwnerReference, { nullable: true, description: 'The owner the local owner names, when its plugin declares one.' })
  localOwnerAsOwner!: OwnerReference | null;

  contactOwnerId!: string | null;
  localOwnerOwnerId!: string | null;

  @Field(() => String, { nullable: true })
  currentPosition!: string | null;

  @Field(() => String, { nullable: true })
  risks!: string | null;

  @Field(() => String, { nullable: true })
  recommendations!: string | null;

  @Field(() => String, { nullable: true })
  furtherUpdates!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => String)
  pluginId!: string;

  @Field(() => String, { nullable: true, description: 'The strategy whose key actions `keyActions` refers to.' })
  strategyKey!: string | null;

  @Field(() => Boolean, { description: 'True when a later sync of its plugin no longer sent it.' })
  archived!: boolean;
}
