/**
 * Imports an encounter-data file into the service-delivery subgraph's database:
 *   npm run import -- <dataset> <file> --force <organisation-key> [--write-path copy|insert] [--no-publish] [--replace-months]
 * Connects with DATABASE_URL, or opens the embedded database `npm start` uses (which only one
 * process can hold at a time). Exits 1 and prints the report by line when the file is refused.
 * Without --write-path, records go by COPY on a PostgreSQL server and by multi-row INSERTs on the
 * embedded database; --write-path copy or insert chooses.
 * Datasets: stop-search, use-of-force, arrests-custody (or custody), hate-crime, complaints,
 * victim-satisfaction. After a stop-and-search import it publishes the aggregates of the months imported to the partners subgraph
 * (PARTNERS_URL, signed with INTERNAL_TOKEN_SECRET); when that cannot be done it says why on one
 * line and still exits 0, since the import itself succeeded.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import pg from 'pg';
import { commandServicesContext, ConfigError, defaultDataDir, openSubgraphDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from '@edhr/kit';
import { serviceDelivery } from '../module';
import { fileSource } from '../records/import-source';
import { STOP_SEARCH_DATASET } from '../imports/stop-search-import.service';
import { importerOf, IMPORTABLE_DATASETS, unknownDatasetMessage } from '../imports/encounter-import.service';
import { formatImportReport } from '../imports/import-report.format';
import type { PublishingSettings } from '../publishing/publishing-settings';
import { formatPublishResult, publishAfterImport } from '../publishing/publish-stop-search.service';

const USAGE = `usage: npm run import -- <${IMPORTABLE_DATASETS.join('|')}> <file.csv> --force <organisation-key> [--write-path copy|insert] [--no-publish] [--replace-months] [--accept-unmapped] [--unmapped-threshold 0.01] [--self-defined-codes 16+1|18+1]`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    force: { type: 'string' },
    'write-path': { type: 'string' },
    'no-publish': { type: 'boolean' },
    'accept-unmapped': { type: 'boolean' },
    'unmapped-threshold': { type: 'string' },
    'self-defined-codes': { type: 'string' },
    'replace-months': { type: 'boolean' },
  },
});
const [dataset, file] = positionals;
if (!dataset || !file || !values.force) fail(USAGE);
const format = importerOf(dataset);
if (!format) fail(`${unknownDatasetMessage(dataset)}\n${USAGE}`);
const isStopSearch = format.dataset === STOP_SEARCH_DATASET;
if (!existsSync(file)) fail(`no such file: ${file}`);
if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(values.force)) fail(`"${values.force}" is not an organisation key (lower-case letters, digits and hyphens)`);
const threshold = values['unmapped-threshold'] === undefined ? undefined : Number(values['unmapped-threshold']);
if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) fail(`--unmapped-threshold must be a share between 0 and 1 (0.01 = 1%), not ${values['unmapped-threshold']}`);
const selfDefinedCodes = values['self-defined-codes'];
if (selfDefinedCodes !== undefined && selfDefinedCodes !== '16+1' && selfDefinedCodes !== '18+1') fail(`--self-defined-codes must be 16+1 or 18+1, not ${selfDefinedCodes}`);
const writePathOption = values['write-path'];
const writePath = writePathOption === 'copy' ? 'COPY' : writePathOption === 'insert' ? 'BATCHED_INSERT' : 'auto';
// Read before importing, so a mistyped ORGANISATION_AREAS or PARTNERS_URL is refused while nothing is done yet.
let publishing: PublishingSettings | undefined;
if (!values['no-publish'] && isStopSearch) {
  try {
    // The same services the subgraph builds at start, from this command's environment.
    publishing = serviceDelivery.createServices(commandServicesContext(serviceDelivery.name)).publishing;
  } catch (error) {
    if (error instanceof ConfigError) fail(`${error.message}\n(or pass --no-publish to import without publishing)`);
    throw error;
  }
}

let embedded: EmbeddedPostgres | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  const dataDir = defaultDataDir('embedded-postgres');
  try {
    embedded = await startEmbeddedPostgres({ dataDir, maxConnections: 4 });
  } catch (error) {
    fail(
      `could not open the embedded database in ${dataDir}: ${(error as Error).message}\n` +
        'If `npm start` is running it holds that database: stop it first, or set DATABASE_URL to a PostgreSQL server.',
      1,
    );
  }
  url = embedded.url;
  console.error(`no DATABASE_URL: importing into the embedded database in ${dataDir}`);
}

let exitCode = 0;
try {
  // Apply any pending migrations, then release the pool: the import uses its own connection.
  const orm = await openSubgraphDatabase({
    url,
    schema: serviceDelivery.databaseSchema,
    entities: serviceDelivery.entities,
    migrations: serviceDelivery.migrations,
  });
  await orm.close();

  const source = fileSource(file);
  const bar = new SingleBar(
    { format: 'importing [{bar}] {percentage}% | {value}/{total} MB | {duration_formatted}', hideCursor: true },
    Presets.shades_classic,
  );
  const megabytes = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;
  bar.start(megabytes(source.size ?? 0), 0);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const report = await format.import({
      client,
      schema: serviceDelivery.databaseSchema,
      organisationKey: values.force,
      source,
      writePath,
      acceptUnmapped: values['accept-unmapped'] ?? false,
      unmappedThreshold: threshold,
      selfDefinedCodes,
      replaceMonths: values['replace-months'] === true,
      onProgress: (bytes) => bar.update(megabytes(bytes)),
    });
    bar.stop();
    console.log(formatImportReport(report));
    if (report.status === 'REFUSED') exitCode = 1;
    if (report.status === 'IMPORTED' && !isStopSearch) console.log('not published to partners: only stop-and-search aggregates are');
    if (report.status === 'IMPORTED' && isStopSearch) {
      // Whatever happens here the exit code stays 0: the records are imported and are the source of truth.
      if (!publishing) console.log('not published to partners: --no-publish');
      else if (!publishing.partners) {
        console.log(
          'not published to partners: INTERNAL_TOKEN_SECRET is not set and no local npm start secret exists in .data/ (it must be the secret the partners subgraph runs with); ' +
            'publish later with the publishStopSearchAggregates mutation',
        );
      } else {
        const published = await publishAfterImport(client, report, { schema: serviceDelivery.databaseSchema, settings: publishing });
        if (published) console.log(formatPublishResult(published));
        if (published && published.status !== 'PUBLISHED' && published.status !== 'NOTHING_TO_PUBLISH') {
          console.log('the import stands; publish again later with the publishStopSearchAggregates mutation');
        }
      }
    }
  } finally {
    bar.stop();
    await client.end();
  }
} catch (error) {
  console.error(`import failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await embedded?.stop();
}
process.exit(exitCode);
