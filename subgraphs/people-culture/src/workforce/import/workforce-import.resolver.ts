import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '@edhr/kit';
import { IMPORT_ROLES } from '../../common/people-culture-roles';
import type { CellValue, CsvFormat } from '../csv/csv-format';
import { caseCountFormat } from '../formats/case-count.format';
import { communityPopulationFormat } from '../formats/community-population.format';
import { joinersLeaversFormat } from '../formats/joiners-leavers.format';
import { selectionRoundFormat } from '../formats/selection-round.format';
import { workforceSnapshotFormat } from '../formats/workforce-snapshot.format';
import { WorkforceImportResult } from './workforce-import.result';
import { WorkforceImportService } from './workforce-import.service';
import type { PublishingContext } from '../../publishing/publishing-settings';
import { publishAfterImport, queryWith } from '../../publishing/publish-workforce.service';

const SCHEMA = 'people_culture';
const CSV_DESCRIPTION = 'The CSV file text, in the format the people-culture README documents.';

@Resolver()
export class WorkforceImportResolver {
  @Mutation(() => WorkforceImportResult, { description: 'Imports headcount snapshots by workforce, rank or grade and group.' })
  importWorkforceSnapshots(@Arg('csv', () => String, { description: CSV_DESCRIPTION }) csv: string, @Ctx() context: PublishingContext) {
    return run(context, workforceSnapshotFormat, csv);
  }

  @Mutation(() => WorkforceImportResult, { description: 'Imports joiners and leavers by workforce, rank or grade and group.' })
  importJoinersAndLeavers(@Arg('csv', () => String, { description: CSV_DESCRIPTION }) csv: string, @Ctx() context: PublishingContext) {
    return run(context, joinersLeaversFormat, csv);
  }

  @Mutation(() => WorkforceImportResult, { description: 'Imports applicants and successful candidates of promotion and recruitment rounds.' })
  importSelectionRounds(@Arg('csv', () => String, { description: CSV_DESCRIPTION }) csv: string, @Ctx() context: PublishingContext) {
    return run(context, selectionRoundFormat, csv);
  }

  @Mutation(() => WorkforceImportResult, { description: 'Imports grievance and misconduct case counts by group.' })
  importGrievancesAndMisconduct(@Arg('csv', () => String, { description: CSV_DESCRIPTION }) csv: string, @Ctx() context: PublishingContext) {
    return run(context, caseCountFormat, csv);
  }

  @Mutation(() => WorkforceImportResult, { description: 'Imports the community population by group: the denominator of representation ratios.' })
  importCommunityPopulation(@Arg('csv', () => String, { description: CSV_DESCRIPTION }) csv: string, @Ctx() context: PublishingContext) {
    return run(context, communityPopulationFormat, csv);
  }
}

async function run<Row extends Record<string, CellValue>>(
  context: PublishingContext,
  format: CsvFormat<Row>,
  csv: string,
): Promise<WorkforceImportResult> {
  requireRole(context, ...IMPORT_ROLES);
  const schema = context.em.config.get('schema') ?? SCHEMA;
  // The import's transaction has committed when this returns; publishing only reads afterwards.
  const { organisations, ...result } = await new WorkforceImportService(context.em, schema).import(format, csv, context.identity.subject);
  context.logger.info({ format: format.name, rows: result.rows, alreadyImported: result.alreadyImported }, 'workforce CSV imported');
  const published = await publishAfterImport(
    queryWith(context.em),
    { format: result.format, alreadyImported: result.alreadyImported, organisations },
    { schema, settings: context.services.publishing, logger: context.logger },
  );
  return { ...result, published };
}
