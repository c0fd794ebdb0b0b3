import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DeliveryStatusValue } from './delivery-status';

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

  @Field(() => [String], {
    description: 'Every deadline the written due date names (YYYY-MM-DD, earliest first), e.g. the four of a cell listing four; empty when it names none.',
  })
  dueDates!: string[];

  @Field(() => DeliveryStatusValue, { description: 'The latest recorded progress entry\'s status, else the one the source states.' })
  status!: DeliveryStatusValue;

  @Field(() => Int, { description: 'Raised by every recorded progress entry; give it as recordProgress\'s expectedVersion.' })
  version!: number;

  @Field(() => [String])
  risks!: string[];

  @Field(() => [String], { description: 'Staff-survey action numbers, as written.' })
  staffSurveyActionNumbers!: string[];

  rowId!: string;
  objectiveId!: string | null;
  strategyRowId!: string;
}
