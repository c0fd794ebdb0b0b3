import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('ImportRowError', { description: 'One problem with one row of an upload.' })
export class ImportRowErrorType {
  @Field(() => Int, { description: 'CSV line (the header is line 1) or JSON item number; 0 for the whole file or request.' })
  line!: number;

  @Field(() => String, { description: 'The column or argument at fault.' })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('ImportReport', { description: 'What an all-or-nothing import did; with any error, nothing was written.' })
export class ImportReportType {
  @Field(() => Boolean)
  accepted!: boolean;

  @Field(() => Int, { description: 'Rows read.' })
  rows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Rows identical to what was already stored.' })
  unchanged!: number;

  @Field(() => [ImportRowErrorType])
  errors!: ImportRowErrorType[];
}
