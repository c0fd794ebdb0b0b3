import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { DenominatorUsedType } from '../disparity/disparity.type';
import { FindingStatusType } from './finding-status.type';

@ObjectType('Finding', {
  description:
    'A significant disparity beyond the finding threshold, to be explained or reformed. Staff see the latest detected ' +
    'figures exactly; a partner sees a finding only where its disparity answer shows the category and the reference, ' +
    'with that answer\'s figures (perturbed counts, the ratio and interval worked out from them).',
})
export class FindingType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  dataset!: string;

  @Field(() => String, { description: 'Protected characteristic code.' })
  characteristic!: string;

  @Field(() => String, { description: 'The category the disparity is about.' })
  category!: string;

  @Field(() => String, { description: 'The reference category it is compared with.' })
  reference!: string;

  @Field(() => String, { description: 'ONS geography code.' })
  area!: string;

  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'Who published the figures used.' })
  source!: string;

  @Field(() => Float, { nullable: true, description: 'Relative rate ratio against the reference; null when withheld.' })
  ratio!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95% interval (Katz log method).' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95% interval.' })
  upper!: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard error of ln(ratio).' })
  standardError!: number | null;

  @Field(() => Int, { nullable: true, description: 'Events in the category.' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: 'Population of the category, from the denominator used.' })
  population!: number | null;

  @Field(() => Int, { nullable: true })
  referenceCount!: number | null;

  @Field(() => Float, { nullable: true })
  referencePopulation!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the ratio and interval are not shown to this caller, if they are not.' })
  figuresWithheld!: string | null;

  @Field(() => DenominatorUsedType)
  denominator!: DenominatorUsedType;

  @Field(() => Boolean, {
    description: 'Whether the latest figures still meet the rule; a finding that no longer does stays as it is.',
  })
  stillQualifies!: boolean;

  @Field(() => FindingStatusType)
  status!: FindingStatusType;

  @Field(() => GraphQLDateTime)
  detectedAt!: Date;

  @Field(() => GraphQLDateTime, { description: 'When the figures held were recorded.' })
  figuresAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who linked the reform action.' })
  reformLinkedBy!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  reformLinkedAt!: Date | null;

  @Field(() => Int, { description: 'Pass this back when explaining or linking; an act on an older version is refused.' })
  version!: number;

  reformActionId!: string | null;
}
