import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('DeliveryAction', { description: 'A delivery-plan row, kept as written.' })
@Directive('@key(fields: "id")')
export class DeliveryActionType {
  @Field(() => ID, { description: '"pluginId:key".' })
  id!: string;

  @Field(() => String, { description: 'The plugin that declares the row.' })
  pluginId!: string;

  @Field(() => String, { description: 'The key-action reference exactly as written; it may not resolve.' })
  reference!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => [String])
  actions!: string[];

  @Field(() => String, { description: 'The protected characteristics in scope, as written.' })
  characteristicsAsWritten!: string;

  @Field(() => [String])
  characteristics!: string[];

  @Field(() => [String])
  owners!: string[];

  @Field(() => String, { nullable: true })
  ownersAsWritten!: string | null;

  @Field(() => String, { nullable: true })
  dueAsWritten!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, only where the written due date names one date.' })
  dueDate!: string | null;

  @Field(() => String, { description: 'not-started, in-progress, complete, ongoing or unknown.' })
  status!: string;

  @Field(() => [String])
  risks!: string[];

  @Field(() => [String], { description: 'Staff-survey action numbers, as written.' })
  staffSurveyActionNumbers!: string[];

  rowId!: string;
  objectiveId!: string | null;
  strategyRowId!: string;
}
