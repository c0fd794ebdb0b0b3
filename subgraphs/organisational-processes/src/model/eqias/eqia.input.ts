import { Field, ID, InputType, Int } from 'type-graphql';
import { EqiaDecisionValue, EqiaImpactValue, EqiaKindValue, EqiaStageValue } from './eqia-values';

@InputType('EqiaImpactInput')
export class EqiaImpactInput {
  @Field(() => String, { description: 'Protected characteristic code, e.g. RACE.' })
  characteristic!: string;

  @Field(() => EqiaImpactValue)
  impact!: EqiaImpactValue;

  @Field(() => String, { nullable: true, description: 'Required for any impact but UNKNOWN; at most 4,000 characters.' })
  evidence?: string | null;
}

/** The fields an EQIA's author sets; on update, only those given change. Never used as a type of its own. */
@InputType('EqiaFieldsInput')
export class EqiaFields {
  @Field(() => String, { nullable: true })
  owner?: string | null;

  @Field(() => EqiaStageValue, { nullable: true, description: 'COMPLETED needs completedOn and a decision.' })
  stage?: EqiaStageValue | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, not after today.' })
  completedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueDate?: string | null;

  @Field(() => [EqiaImpactInput], { nullable: true, description: 'On update, replaces the impact of each characteristic given; the others stay.' })
  impacts?: EqiaImpactInput[] | null;

  @Field(() => String, { nullable: true })
  consultation?: string | null;

  @Field(() => EqiaDecisionValue, { nullable: true, description: 'ADJUST needs a mitigation; CONTINUE needs a justification.' })
  decision?: EqiaDecisionValue | null;

  @Field(() => String, { nullable: true })
  justification?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Current delivery actions ("pluginId:key") carrying the mitigations.' })
  mitigations?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Current objectives ("pluginId:key") of the organisation it serves.' })
  objectives?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Explain-or-reform finding ids (partners).' })
  findings?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  reviewDue?: string | null;
}

@InputType('CreateEqiaInput')
export class CreateEqiaInput extends EqiaFields {
  @Field(() => ID, { description: 'The organisation, e.g. "west-midlands-police".' })
  organisation!: string;

  @Field(() => String, { description: 'At most 300 characters.' })
  title!: string;

  @Field(() => EqiaKindValue)
  kind!: EqiaKindValue;
}

@InputType('UpdateEqiaInput')
export class UpdateEqiaInput extends EqiaFields {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => EqiaKindValue, { nullable: true })
  kind?: EqiaKindValue | null;

  @Field(() => Int, { description: 'The version read; a stale one is refused (CONFLICT).' })
  expectedVersion!: number;
}

@InputType('RecordEqiaReviewInput')
export class RecordEqiaReviewInput {
  @Field(() => ID)
  eqia!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not after today.' })
  reviewedOn!: string;

  @Field(() => String, { description: 'What the review found; at most 8,000 characters.' })
  outcome!: string;

  @Field(() => EqiaDecisionValue, { nullable: true, description: 'Becomes the EQIA\'s decision when given.' })
  decision?: EqiaDecisionValue | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, after reviewedOn: the EQIA\'s next review date (none when not given).' })
  nextReviewDue?: string | null;

  @Field(() => Int)
  expectedVersion!: number;
}

@InputType('EqiaFilter')
export class EqiaFilterInput {
  @Field(() => Boolean, { nullable: true, description: 'true: only those whose review date has passed (UK date); false: only those whose has not.' })
  reviewOverdue?: boolean | null;

  @Field(() => EqiaDecisionValue, { nullable: true })
  decision?: EqiaDecisionValue | null;

  @Field(() => String, { nullable: true, description: 'Only those assessing a NEGATIVE impact on this characteristic, e.g. RACE.' })
  negativeFor?: string | null;

  @Field(() => EqiaStageValue, { nullable: true })
  stage?: EqiaStageValue | null;
}
