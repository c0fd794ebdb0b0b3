import { Arg, Ctx, Float, ID, Mutation, Resolver } from 'type-graphql';
import pg from 'pg';
import { badUserInput, requireRole } from '@edhr/kit';
import { textSource } from '../records/import-source';
import { STOP_SEARCH_DATASET } from './stop-search-import.service';
import { importerOf, unknownDatasetMessage } from './encounter-import.service';
import { EncounterImportReportType } from './import-report.type';
import type { ImportReport } from '../records/import-report';
import { publishAfterImport } from '../publishing/publish-stop-search.service';
import { connectionPerQuery } from '../publishing/query-connection';
import type { PublishingContext } from '../publishing/publishing-settings';

/**
 * Largest file the mutation takes, in bytes of UTF-8. The subgraph server's JSON body limit
 * (1 MB by default) caps it anyway; bigger files go through `npm run import`.
 */
export const MAX_IMPORT_TEXT_BYTES = 900_000;

const badInput = (message: string) => badUserInput(message);

@Resolver()
export class ImportEncountersResolver {
  @Mutation(() => EncounterImportReportType, {
    description:
      'Imports one CSV file of encounter records given as text (at most 900,000 bytes), all or nothing. ' +
      'Datasets: "stop-search" (police open-data street-level format), "use-of-force", "arrests-custody" (or "custody"), ' +
      '"hate-crime", "complaints", "victim-satisfaction" (formats in the service-delivery README). Admin or staff.',
  })
  async importEncounters(
    @Arg('dataset', () => String) dataset: string,
    @Arg('organisation', () => ID) organisation: string,
    @Arg('file', () => String, { description: 'The CSV text.' }) file: string,
    @Arg('publish', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description: 'Publish the aggregates of the imported months to the partners subgraph afterwards (default true; stop and search only).',
    })
    publish: boolean | null | undefined,
    @Arg('acceptUnmapped', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Import even when more than unmappedThreshold of a protected-characteristic column is unmapped (default false: such a file is refused).',
    })
    acceptUnmapped: boolean | null | undefined,
    @Arg('unmappedThreshold', () => Float, { nullable: true, description: 'Share (0 … 1) of a protected-characteristic column that may be unmapped; default 0.01.' })
    unmappedThreshold: number | null | undefined,
    @Arg('selfDefinedCodes', () => String, {
      nullable: true,
      description: 'The self-defined ethnicity code scheme, "16+1" or "18+1", for files whose bare codes (O1) their own values do not settle.',
    })
    selfDefinedCodes: string | null | undefined,
    @Arg('replaceMonths', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        'When the file covers months already held for the organisation and dataset (and is not entirely records already held), ' +
        'replace those months\' records with the file\'s, in one transaction. Without it such a file is refused, naming the months.',
    })
    replaceMonths: boolean | null | undefined,
    @Ctx() context: PublishingContext,
  ): Promise<EncounterImportReportType> {
    requireRole(context, 'admin', 'staff');
    const format = importerOf(dataset);
    if (!format) throw badInput(unknownDatasetMessage(dataset));
    if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(organisation)) throw badInput(`"${organisation}" is not an organisation key.`);
    if (selfDefinedCodes != null && selfDefinedCodes !== '16+1' && selfDefinedCodes !== '18+1') {
      throw badInput(`selfDefinedCodes must be "16+1" or "18+1", not "${selfDefinedCodes}".`);
    }
    if (unmappedThreshold != null && !(unmappedThreshold >= 0 && unmappedThreshold <= 1)) {
      throw badInput(`unmappedThreshold must be a share between 0 and 1, not ${unmappedThreshold}.`);
    }
    const bytes = Buffer.byteLength(file, 'utf8');
    if (bytes > MAX_IMPORT_TEXT_BYTES) {
      throw badInput(`The file is ${bytes} bytes; the mutation takes at most ${MAX_IMPORT_TEXT_BYTES}. Use the import command for larger files.`);
    }
    // A dedicated connection: the whole import (batch row and records) is one transaction on it,
    // and nothing else in this request touches the database while it is open.
    const config = context.em.config;
    const schema = config.get('schema') ?? 'service_delivery';
    const client = new pg.Client({ connectionString: config.get('clientUrl') });
    await client.connect();
    let report: ImportReport;
    try {
      report = await format.import({
        client,
        schema,
        organisationKey: organisation,
        source: textSource(`upload-${context.clock.now().toISOString()}.csv`, file),
        acceptUnmapped: acceptUnmapped ?? false,
        unmappedThreshold: unmappedThreshold ?? undefined,
        selfDefinedCodes: selfDefinedCodes ?? undefined,
        replaceMonths: replaceMonths === true,
      });
    } finally {
      await client.end();
    }
    context.logger.info(
      {
        dataset,
        organisation,
        status: report.status,
        rows: report.rowsImported,
        alreadyHeld: report.rowsAlreadyHeld,
        monthsReplaced: report.monthsReplaced,
        writePath: report.writePath,
        ms: report.durationMs,
      },
      'encounter import',
    );
    // The import has committed: publishing is reported, never allowed to undo it.
    const published =
      // Only stop-and-search aggregates are published to partners.
      publish === false || format.dataset !== STOP_SEARCH_DATASET
        ? null
        : await publishAfterImport(connectionPerQuery(config.get('clientUrl')), report, {
            schema,
            settings: context.services.publishing,
            logger: context.logger,
          });
    return { ...report, organisation: report.organisationKey, published };
  }
}
