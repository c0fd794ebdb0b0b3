import { Field, InputType, Int } from 'type-graphql';
import { PeriodGranularityType } from '../periods/period-granularity.type';

@InputType('AgreementInput', { description: 'A new data-sharing agreement.' })
export class AgreementInputType {
  @Field(() => String)
  reference!: string;

  @Field(() => String)
  partnerKey!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [String])
  datasets!: string[];

  @Field(() => [String])
  characteristics!: string[];

  @Field(() => [String])
  areas!: string[];

  @Field(() => PeriodGranularityType)
  finestPeriod!: PeriodGranularityType;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  validFrom!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, inclusive.' })
  validTo!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  suppressionThreshold?: number;
}

@InputType('AgreementChangesInput', { description: 'Fields to change; the rest stay as they are.' })
export class AgreementChangesInputType {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => [String], { nullable: true })
  datasets?: string[];

  @Field(() => [String], { nullable: true })
  characteristics?: string[];

  @Field(() => [String], { nullable: true })
  areas?: string[];

  @Field(() => PeriodGranularityType, { nullable: true })
  finestPeriod?: PeriodGranularityType;

  @Field(() => String, { nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true })
  validTo?: string;

  @Field(() => Int, { nullable: true })
  suppressionThreshold?: number;
}
