import { ArgsType, Field } from 'type-graphql';
import { PeriodGranularityType } from '../periods/period-granularity.type';

/** Which disparity to compute: the arguments `disparity` and `detectFindings` share. */
@ArgsType()
export class DisparitySelectionArgs {
  @Field(() => String)
  dataset!: string;

  @Field(() => String, { description: 'Protected characteristic code, e.g. RACE.' })
  characteristic!: string;

  @Field(() => String, { description: 'Reference category code, e.g. WHITE.' })
  reference!: string;

  @Field(() => String, { description: 'ONS geography code, e.g. E23000014.' })
  area!: string;

  @Field(() => String, {
    description:
      'A month (2024-03), quarter (2024-Q1), calendar year (2024), financial year (2022/23: 1 April 2022 to 31 March 2023), ' +
      'rolling 12 months ending a month (12m-to-2023-03) or range of whole months (2023-01..2023-06).',
  })
  period!: string;

  @Field(() => String, {
    nullable: true,
    description: "Whose figures: default the force's own (its subgraphs' publications); name partner:<key> for a partner's.",
  })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'Default: ONS Census 2021 by police force area.' })
  denominatorSource?: string | null;

  @Field(() => String, { nullable: true })
  denominatorEdition?: string | null;
}

/** `disparity`'s arguments: a selection, optionally split into periods. */
@ArgsType()
export class DisparityQueryArgs extends DisparitySelectionArgs {
  @Field(() => PeriodGranularityType, { nullable: true, description: 'One row set per calendar period of this size, which must fit whole inside the period; default the period itself.' })
  groupBy?: PeriodGranularityType | null;
}
