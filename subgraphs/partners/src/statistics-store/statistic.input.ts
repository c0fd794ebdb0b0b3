import { Field, InputType } from 'type-graphql';
import { TableFormatType } from '../common/table-format.type';

@InputType('StatisticsUploadInput', { description: 'Aggregates to add to the shared statistics store.' })
export class StatisticsUploadInputType {
  @Field(() => String, {
    description:
      'Rows with dataset, period (2024-03, 2024-Q1, 2024, 2022/23, 12m-to-2023-03 or 2023-01..2023-06), area (ONS code), ' +
      'characteristic, category, count, ' +
      'and optionally denominator and published.',
  })
  content!: string;

  @Field(() => TableFormatType, { nullable: true, defaultValue: TableFormatType.CSV })
  format?: TableFormatType;
}
