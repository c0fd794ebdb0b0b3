import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { StopSearchGroupBy } from './stop-search-group-by';

@InputType('StopSearchPeriodInput', { description: 'Whole days in UK time, both ends included.' })
export class StopSearchPeriodInput {
  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  from!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD.' })
  to!: string;
}

@ObjectType('StopSearchGroupValue')
export class StopSearchGroupValueType {
  @Field(() => StopSearchGroupBy)
  dimension!: StopSearchGroupBy;

  @Field(() => String, {
    description:
      'The mapped category (e.g. BLACK, AGE_18_24, ARREST, 2017-06); NOT_RECORDED or NOT_STATED when not given; UNMAPPED when no rule recognised the value.',
  })
  value!: string;
}

@ObjectType('StopSearchAnalysisRow', { description: 'Stop-and-search counts and rates for one combination of groups.' })
export class StopSearchAnalysisRowType {
  @Field(() => [StopSearchGroupValueType])
  groups!: StopSearchGroupValueType[];

  @Field(() => Int)
  searches!: number;

  @Field(() => Int, { description: 'Searches whose outcome was an arrest.' })
  arrests!: number;

  @Field(() => Int, {
    description:
      'Searches with any recorded outcome other than no further action ("Nothing found - no further action", "A no further action disposal"); a blank outcome is not positive.',
  })
  positiveOutcomes!: number;

  @Field(() => Int, { description: 'Searches whose outcome was linked to the object of search (True).' })
  linkedFinds!: number;

  @Field(() => Float, { description: 'linkedFinds ÷ searches: the "find rate".' })
  findRate!: number;

  @Field(() => Float, { description: 'arrests ÷ searches.' })
  arrestRate!: number;

  @Field(() => Float, { description: 'positiveOutcomes ÷ searches.' })
  positiveOutcomeRate!: number;
}

@ObjectType('StopSearchEthnicityCell', { description: 'Searches by self-defined against officer-defined ethnicity (Census 2021 broad groups).' })
export class StopSearchEthnicityCellType {
  @Field(() => String)
  selfDefined!: string;

  @Field(() => String)
  officerDefined!: string;

  @Field(() => Int)
  searches!: number;
}
