import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DenominatorUsedType } from '../disparity/disparity.type';
import { FindingType } from './finding.type';

@ObjectType('FindingDetection', { description: 'What one detection run did.' })
export class FindingDetectionType {
  @Field(() => Int, { description: 'Findings new in this run.' })
  created!: number;

  @Field(() => Int, { description: 'Findings whose latest figures changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Findings held for this table that the run left as they were.' })
  unchanged!: number;

  @Field(() => Float, { description: 'The ratio threshold applied (and its inverse below 1).' })
  threshold!: number;

  @Field(() => DenominatorUsedType)
  denominator!: DenominatorUsedType;

  @Field(() => [FindingType], { description: 'Every finding held for this dataset, characteristic, reference, area and period.' })
  findings!: FindingType[];
}
