import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { EqiaDecisionValue, EqiaImpactValue, EqiaKindValue, EqiaStageValue } from './eqia-values';

@ObjectType('EqiaCharacteristicImpact', { description: 'The assessed impact on one protected characteristic, with its evidence.' })
export class EqiaCharacteristicImpactType {
  @Field(() => String, { description: 'Protected characteristic code, e.g. RACE.' })
  characteristic!: string;

  @Field(() => EqiaImpactValue)
  impact!: EqiaImpactValue;

  @Field(() => String, { nullable: true })
  evidence!: string | null;
}

@ObjectType('EqiaReview', { description: 'A review of an EQIA; never changed once recorded.' })
export class EqiaReviewType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  reviewedOn!: string;

  @Field(() => String)
  outcome!: string;

  @Field(() => EqiaDecisionValue, { nullable: true, description: 'The decision the review reached, if it changed or confirmed one.' })
  decision!: EqiaDecisionValue | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the next review it set.' })
  nextReviewDue!: string | null;

  @Field(() => String)
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}

@ObjectType('Eqia', { description: 'An equality impact assessment of a policy, function, project or operation.' })
@Directive('@key(fields: "id")')
export class EqiaType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The plugin that brought it; null for one created through the API.' })
  pluginId!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => EqiaKindValue)
  kind!: EqiaKindValue;

  @Field(() => String, { nullable: true, description: 'Null where the source names no owner for the assessment.' })
  owner!: string | null;

  @Field(() => EqiaStageValue)
  stage!: EqiaStageValue;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while planned, or where the source gives no date.' })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'When it is due, exactly as written.' })
  dueAsWritten!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, only where the due date is unambiguous.' })
  dueDate!: string | null;

  @Field(() => [EqiaCharacteristicImpactType], { description: 'All nine protected characteristics, in the Act\'s order; UNKNOWN where not assessed.' })
  impacts!: EqiaCharacteristicImpactType[];

  @Field(() => [String], { description: 'Characteristics assessed as NEGATIVE.' })
  negativeFor!: string[];

  @Field(() => String, { nullable: true, description: 'The consultation done.' })
  consultation!: string | null;

  @Field(() => EqiaDecisionValue, { nullable: true })
  decision!: EqiaDecisionValue | null;

  @Field(() => String, { nullable: true, description: 'Why it continues despite an adverse impact, or why the decision was reached.' })
  justification!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  reviewDue!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the latest review recorded.' })
  lastReviewedOn!: string | null;

  @Field(() => [ID], { description: 'Explain-or-reform findings it addresses (held by partners).' })
  findingIds!: string[];

  @Field(() => String, { nullable: true, description: 'Where in the source document it is named.' })
  sourceLocation!: string | null;

  @Field(() => String, { nullable: true, description: 'The words of the source.' })
  sourceQuote!: string | null;

  @Field(() => Int, { description: 'Raised by every update and review; give it as expectedVersion.' })
  version!: number;

  @Field(() => String)
  createdBy!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  organisationKey!: string;
  objectiveIds!: string[];
  mitigationActionIds!: string[];
}
