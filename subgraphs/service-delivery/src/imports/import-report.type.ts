import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ImportStatus, WritePath } from '../records/import-report';
import { PublishResultType } from '../publishing/publish-result.type';
import type { PublishResult } from '../publishing/publish-stop-search.service';

export const EncounterImportStatus = { IMPORTED: 'IMPORTED', ALREADY_IMPORTED: 'ALREADY_IMPORTED', REFUSED: 'REFUSED' } as const;
registerEnumType(EncounterImportStatus, {
  name: 'EncounterImportStatus',
  description:
    'IMPORTED: every row written; ALREADY_IMPORTED: every record of the file is already held (whatever the bytes of the file), ' +
    'nothing added; REFUSED: nothing written (invalid rows, or months already held without replaceMonths).',
});

export const EncounterWritePath = { COPY: 'COPY', BATCHED_INSERT: 'BATCHED_INSERT', NONE: 'NONE' } as const;
registerEnumType(EncounterWritePath, {
  name: 'EncounterWritePath',
  description:
    'How rows were written: COPY, by PostgreSQL COPY (binary); BATCHED_INSERT, by multi-row INSERTs where the server cannot take COPY; NONE, none (a file refused before its records were read).',
});

@ObjectType('EncounterImportProblem', { description: 'Why a file was refused, by line (the header is line 1).' })
export class EncounterImportProblemType {
  @Field(() => Int)
  line!: number;

  @Field(() => String, { nullable: true, description: 'The column at fault, when one is.' })
  column!: string | null;

  @Field(() => String)
  reason!: string;
}

@ObjectType('EncounterUnmappedValue')
export class EncounterUnmappedValueType {
  @Field(() => String, { description: 'The value as written in the file.' })
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('EncounterUnmappedColumn', {
  description: 'Values of one column that no rule recognised: kept as written and shown as UNMAPPED in analyses.',
})
export class EncounterUnmappedColumnType {
  @Field(() => String)
  column!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: 'count ÷ records read (0 … 1).' })
  share!: number;

  @Field(() => Boolean, { description: 'Whether the column holds a protected characteristic; its share is held to unmappedThreshold.' })
  protectedCharacteristic!: boolean;

  @Field(() => [EncounterUnmappedValueType], { description: 'The most frequent distinct values (at most 20).' })
  values!: EncounterUnmappedValueType[];
}

@ObjectType('SelfDefinedCodes', { description: 'The self-defined ethnicity code scheme (16+1 or 18+1) a file was read with.' })
export class SelfDefinedCodesType {
  @Field(() => String, { nullable: true, description: '"16+1" (O1 is Chinese) or "18+1" (O1 is Arab); null when not settled.' })
  scheme!: string | null;

  @Field(() => String, { description: 'OPTION: given with the import; FILE: shown by values only that scheme has; NONE: neither.' })
  source!: string;

  @Field(() => String, { nullable: true, description: 'A value of the file only that scheme has, with its count.' })
  evidence!: string | null;
}

@ObjectType('EncounterImportHeldMonth', {
  description: "A month (UK time) of the file that already held records of the organisation and dataset.",
})
export class EncounterImportHeldMonthType {
  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: "The file's records in the month." })
  rows!: number;

  @Field(() => Int, { description: 'Records held before this import in the month.' })
  held!: number;

  @Field(() => Int, { description: "The file's records in the month that were already held." })
  alreadyHeld!: number;
}

@ObjectType('EncounterImportReport', { description: 'What an import of encounter records did, or why it refused the file.' })
export class EncounterImportReportType {
  @Field(() => EncounterImportStatus)
  status!: ImportStatus;

  @Field(() => String)
  dataset!: string;

  @Field(() => ID)
  organisation!: string;

  @Field(() => String)
  sourceName!: string;

  @Field(() => String, { description: "SHA-256 of the file's bytes (for the record; duplicates are found by record)." })
  checksum!: string;

  @Field(() => ID, { nullable: true })
  batchId!: string | null;

  @Field(() => Int, { description: 'Records in the file, repeats within the file included.' })
  rowsRead!: number;

  @Field(() => Int, { description: 'Records this import added (0 unless IMPORTED).' })
  rowsImported!: number;

  @Field(() => Int, { description: "The file's records not held before (records are identified by content, not by file)." })
  rowsNew!: number;

  @Field(() => Int, { description: "The file's records already held, whatever the bytes they came in." })
  rowsAlreadyHeld!: number;

  @Field(() => Int, { description: 'Records repeating an earlier row of the same file exactly: separate events, each counted.' })
  repeatedInFile!: number;

  @Field(() => [EncounterImportHeldMonthType], { description: "The file's months that already held records." })
  heldMonths!: EncounterImportHeldMonthType[];

  @Field(() => [String], { description: 'Months whose held records were replaced by the file (replaceMonths).' })
  monthsReplaced!: string[];

  @Field(() => Int, { description: 'Held records removed because their month was replaced.' })
  rowsReplaced!: number;

  @Field(() => EncounterWritePath)
  writePath!: WritePath;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => Int)
  rowsPerSecond!: number;

  @Field(() => [EncounterUnmappedColumnType])
  unmapped!: EncounterUnmappedColumnType[];

  @Field(() => [EncounterImportProblemType], { description: 'At most 200; see problemCount.' })
  problems!: EncounterImportProblemType[];

  @Field(() => Int)
  problemCount!: number;

  @Field(() => Int, { description: 'Rows that repeat the header row (files joined end to end): skipped, not records.' })
  repeatedHeaderCount!: number;

  @Field(() => [Int], { description: 'Their line numbers (at most 20).' })
  repeatedHeaderLines!: number[];

  @Field(() => Float, { description: 'The largest share of a protected-characteristic column that may be unmapped (default 0.01).' })
  unmappedThreshold!: number;

  @Field(() => Boolean, { description: 'Whether the import was asked to go ahead above that share.' })
  acceptUnmapped!: boolean;

  @Field(() => SelfDefinedCodesType, { nullable: true, description: 'Null when the file needed no scheme and showed none.' })
  selfDefinedCodes!: SelfDefinedCodesType | null;

  @Field(() => PublishResultType, {
    nullable: true,
    description:
      'Aggregates of the months this file covers, published to the partners subgraph after the import (not public). ' +
      'Null when nothing was imported or publishing was not asked for. A failure here does not undo the import.',
  })
  published!: PublishResult | null;
}
