import { Field, InputType } from 'type-graphql';
import { TableFormatType } from '../common/table-format.type';

@InputType('PopulationImportInput', { description: 'A population table to use as denominators.' })
export class PopulationImportInputType {
  @Field(() => String, { description: 'Where the figures come from, e.g. "ONS Census 2021 TS021 (local authorities)".' })
  source!: string;

  @Field(() => String, { description: 'Edition of the source, e.g. "2021".' })
  edition!: string;

  @Field(() => String, { description: 'Protected characteristic code the categories belong to, e.g. RACE.' })
  characteristic!: string;

  @Field(() => String, { description: 'Rows with area (or geography_code), category (or ethnicity) and population.' })
  content!: string;

  @Field(() => TableFormatType, { nullable: true, defaultValue: TableFormatType.CSV })
  format?: TableFormatType;
}
