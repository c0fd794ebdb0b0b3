import { Field, Int, ObjectType } from 'type-graphql';
import { WorkforcePublishResultType } from '../../publishing/workforce-publish-result.type';
import type { WorkforcePublishResult } from '../../publishing/publish-workforce.service';

@ObjectType('UnrecognisedCategory', { description: 'A category value no rule recognised: kept as written, counted here.' })
export class UnrecognisedCategoryType {
  @Field(() => String)
  characteristic!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Int)
  rows!: number;
}

@ObjectType('WorkforceImportResult', { description: 'What one CSV import did. A refused file raises an error instead.' })
export class WorkforceImportResult {
  @Field(() => String, { description: 'The CSV format, e.g. workforce-snapshot.' })
  format!: string;

  @Field(() => String, { description: 'SHA-256 of the file text, hex.' })
  sha256!: string;

  @Field(() => Boolean, { description: 'True when this exact file was imported before; nothing was written.' })
  alreadyImported!: boolean;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int, { description: 'Rows that replaced a different value held for the same identity.' })
  updated!: number;

  @Field(() => Int, { description: 'Rows already held with the same value.' })
  unchanged!: number;

  @Field(() => [UnrecognisedCategoryType])
  unrecognisedCategories!: UnrecognisedCategoryType[];

  @Field(() => [WorkforcePublishResultType], {
    description:
      'Aggregates published to the partners subgraph after the import (not public), one result per organisation the file names. ' +
      'Empty when the file was already imported or its format feeds no published dataset (joiners and leavers, community population). ' +
      'A failure here does not undo the import.',
  })
  published!: WorkforcePublishResult[];
}
