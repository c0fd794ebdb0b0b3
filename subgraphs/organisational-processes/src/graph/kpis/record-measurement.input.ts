import { Field, Float, ID, InputType } from 'type-graphql';

@InputType('RecordMeasurementInput')
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The KPI, "pluginId:key".' })
  kpi!: string;

  @Field(() => String, { description: 'YYYY, YYYY-Qn, YYYY-MM or YYYY/YY, matching the KPI\'s frequency.' })
  period!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { description: 'Where the figure comes from.' })
  source!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required to replace a value already recorded for the period; the old value is kept as a revision.',
  })
  correctionReason?: string | null;
}
