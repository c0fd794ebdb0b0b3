import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PeriodGranularityType } from '../periods/period-granularity.type';

@ObjectType('DisparityRate', { description: 'A rate per 1,000, or why there is none.' })
export class DisparityRateType {
  @Field(() => Boolean)
  computable!: boolean;

  @Field(() => Float, { nullable: true, description: 'Events per 1,000 of the denominator.' })
  value!: number | null;

  @Field(() => String, { nullable: true, description: 'Why it is not computable, e.g. ZERO_POPULATION or SUPPRESSED.' })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType('DisparityRatio', {
  description: 'Relative rate ratio against the reference category with a 95% confidence interval (Katz log method), or why there is none.',
})
export class DisparityRatioType {
  @Field(() => Boolean)
  computable!: boolean;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95% interval.' })
  lower!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95% interval.' })
  upper!: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard error of ln(ratio).' })
  standardError!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the interval excludes 1.' })
  significant!: boolean | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType('DisparityRow', { description: 'One category in one period.' })
export class DisparityRowType {
  @Field(() => String)
  period!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Boolean)
  isReference!: boolean;

  @Field(() => Boolean, {
    description: 'False for not stated, prefer not to say, not recorded and unmapped: counted in the coverage, never given a rate.',
  })
  usable!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Events; for partners and the public perturbed for disclosure control (see countsPerturbed), null when withheld.',
  })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'below_threshold: the published (perturbed) count is below the threshold.' })
  suppressionReason!: string | null;

  @Field(() => Float, { nullable: true, description: 'Population of the category in the area, from the denominator used.' })
  denominator!: number | null;

  @Field(() => DisparityRateType)
  rate!: DisparityRateType;

  @Field(() => DisparityRatioType)
  ratio!: DisparityRatioType;
}

@ObjectType('DisparityPeriodTotal')
export class DisparityPeriodTotalType {
  @Field(() => String)
  period!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Events across all categories of the period. For partners and the public a cell of its own, perturbed with its own ' +
      'key (never the sum of the published counts); null when withheld.',
  })
  total!: number | null;

  @Field(() => Boolean, { description: 'Whether the total is withheld because its published value is below the threshold.' })
  suppressed!: boolean;
}

@ObjectType('DisparityTrend', { description: 'Direction of a category’s rate across the periods.' })
export class DisparityTrendType {
  @Field(() => String)
  category!: string;

  @Field(() => Boolean)
  computable!: boolean;

  @Field(() => String, { nullable: true, description: 'up, down, flat or insufficient_data.' })
  direction!: string | null;

  @Field(() => Int, { nullable: true, description: 'Periods with a rate.' })
  points!: number | null;

  @Field(() => Float, { nullable: true, description: 'Last rate minus first rate.' })
  change!: number | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('DenominatorUsed', { description: 'The population figures rates were worked out from.' })
export class DenominatorUsedType {
  @Field(() => String)
  source!: string;

  @Field(() => String)
  edition!: string;
}

@ObjectType('DisparityPeriod', { description: 'How one period of the answer was made up from the figures held, and how complete it is.' })
export class DisparityPeriodType {
  @Field(() => String)
  period!: string;

  @Field(() => String, { description: 'MONTH, QUARTER, YEAR, FINANCIAL_YEAR, ROLLING_12_MONTHS or MONTH_RANGE.' })
  kind!: string;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  firstDay!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD.' })
  lastDay!: string;

  @Field(() => Int)
  monthsExpected!: number;

  @Field(() => Int, { description: 'Months covered by the figures used.' })
  monthsHeld!: number;

  @Field(() => [String], { description: 'Months no figure covers, YYYY-MM.' })
  missingMonths!: string[];

  @Field(() => Boolean, { description: 'True when every month of the period is covered.' })
  complete!: boolean;

  @Field(() => String, {
    description: 'STORED_FIGURE (a figure published for exactly this period), SUM_OF_STORED_PERIODS (whole months or quarters added up) or NO_DATA.',
  })
  basis!: string;

  @Field(() => [String], { description: 'The stored periods whose figures were added up.' })
  figuresUsed!: string[];

  @Field(() => Int, { nullable: true, description: 'Records in the period, every category; null when there is no data.' })
  records!: number | null;

  @Field(() => Int, { nullable: true, description: 'Records with a usable category.' })
  usableRecords!: number | null;

  @Field(() => Float, { nullable: true, description: 'usableRecords ÷ records; null when there is no data.' })
  coverage!: number | null;
}

@ObjectType('DisparityResult')
export class DisparityResultType {
  @Field(() => String)
  dataset!: string;

  @Field(() => String)
  characteristic!: string;

  @Field(() => String)
  reference!: string;

  @Field(() => String)
  area!: string;

  @Field(() => String, { description: 'The period asked for, in its canonical form (2022-04..2023-03 is 2022/23).' })
  period!: string;

  @Field(() => String, { description: 'MONTH, QUARTER, YEAR, FINANCIAL_YEAR, ROLLING_12_MONTHS or MONTH_RANGE.' })
  periodKind!: string;

  @Field(() => String, { description: 'First day of the period, YYYY-MM-DD.' })
  firstDay!: string;

  @Field(() => String, { description: 'Last day of the period, YYYY-MM-DD.' })
  lastDay!: string;

  @Field(() => Int, { description: 'Months in the period.' })
  monthsExpected!: number;

  @Field(() => Int, { description: 'Months of the period covered by the figures used.' })
  monthsHeld!: number;

  @Field(() => Boolean, { description: 'True when every month of the period is covered; otherwise the figures are for the months held only.' })
  complete!: boolean;

  @Field(() => Boolean, { description: 'False when no figure is held for the period: the answer is no data, not zeros.' })
  hasData!: boolean;

  @Field(() => Int, { nullable: true, description: 'Records in the period, every category; null when there is no data.' })
  records!: number | null;

  @Field(() => Int, { nullable: true, description: 'Records with a usable category (not stated, not recorded and unmapped are not).' })
  usableRecords!: number | null;

  @Field(() => Float, { nullable: true, description: 'Coverage: usableRecords ÷ records; a note is added below 0.95.' })
  coverage!: number | null;

  @Field(() => [DisparityPeriodType], { description: 'Each period of the answer: its days, months expected and held, and what it was made of.' })
  periods!: DisparityPeriodType[];

  @Field(() => PeriodGranularityType, { nullable: true, description: 'Null when the period is answered whole (a financial year, rolling 12 months or range).' })
  groupBy!: PeriodGranularityType | null;

  @Field(() => [String], { description: 'Who published the figures used: a force subgraph, or partner:<key>.' })
  sources!: string[];

  @Field(() => DenominatorUsedType)
  denominator!: DenominatorUsedType;

  @Field(() => Boolean, { description: 'Whether small numbers were suppressed in this answer.' })
  suppressionApplied!: boolean;

  @Field(() => Int, { nullable: true, description: 'Published counts and totals from 1 to this minus 1 are withheld.' })
  suppressionThreshold!: number | null;

  @Field(() => Boolean, {
    description:
      'Whether counts and totals are perturbed for disclosure control (cell-key method: consistent keyed noise, unbiased, ' +
      'never 1 or 2), with rates, ratios and intervals worked out from the perturbed counts. False for staff, who see exact figures.',
  })
  countsPerturbed!: boolean;

  @Field(() => String, { nullable: true, description: 'The agreement a partner’s answer was given under.' })
  agreementReference!: string | null;

  @Field(() => Int, { description: 'Rates are per this many people.' })
  ratePer!: number;

  @Field(() => [DisparityRowType])
  rows!: DisparityRowType[];

  @Field(() => [DisparityPeriodTotalType])
  totals!: DisparityPeriodTotalType[];

  @Field(() => [DisparityTrendType])
  trends!: DisparityTrendType[];

  @Field(() => [String], { description: 'Things the reader should know, e.g. figures left out because they are coarser than groupBy.' })
  notes!: string[];
}
