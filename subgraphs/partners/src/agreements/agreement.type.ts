import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PeriodGranularityType } from '../periods/period-granularity.type';

@ObjectType('DataSharingAgreement', { description: 'What one partner agency may see, and when.' })
export class AgreementType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  reference!: string;

  @Field(() => String)
  partnerKey!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [String])
  datasets!: string[];

  @Field(() => [String], { description: 'Protected characteristic codes.' })
  characteristics!: string[];

  @Field(() => [String], { description: 'ONS geography codes.' })
  areas!: string[];

  @Field(() => PeriodGranularityType, { description: 'Nothing finer than this is shown.' })
  finestPeriod!: PeriodGranularityType;

  @Field(() => String, { description: 'First day in force (YYYY-MM-DD).' })
  validFrom!: string;

  @Field(() => String, { description: 'Last day in force (YYYY-MM-DD).' })
  validTo!: string;

  @Field(() => Int, { description: 'Counts from 1 below this are suppressed.' })
  suppressionThreshold!: number;

  @Field(() => Boolean, { description: 'In force today.' })
  live!: boolean;

  @Field(() => Int, { description: 'Pass this back when editing; an edit of an older version is refused.' })
  version!: number;
}
