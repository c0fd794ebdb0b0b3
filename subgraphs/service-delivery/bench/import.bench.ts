/**
 * Import benchmark (not a test): writes an N-row file in the open-data stop-and-search format
 * to a temp folder, imports it, and prints rows/s and peak RSS.
 *   npx tsx subgraphs/service-delivery/bench/import.bench.ts [--rows 1000000] [--write-path copy|insert]
 * Uses DATABASE_URL (a new database is created on that server and dropped afterwards) or an
 * in-memory embedded database.
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openSubgraphDatabase } from '@edhr/kit';
import { createTestDatabase } from '@edhr/kit/testing';
import { serviceDelivery } from '../src/module';
import { fileSource } from '../src/imports/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, 'write-path': { type: 'string' } } });
const rows = Math.min(Number(values.rows), 10_000_000);
const writePath = values['write-path'] === 'copy' ? 'COPY' : values['write-path'] === 'insert' ? 'BATCHED_INSERT' : 'auto';

const TYPES = ['Person search', 'Person and Vehicle search', 'Vehicle search'];
const AGES = ['10-17', '18-24', '25-34', 'over 34', ''];
const GENDERS = ['Male', 'Female', ''];
const SELF = [
  'White - English/Welsh/Scottish/Northern Irish/British',
  'Black/African/Caribbean/Black British - Caribbean',
  'Asian/Asian British - Pakistani',
  'Mixed/Multiple ethnic groups - White and Black Caribbean',
  'Other ethnic group - Not stated',
  '',
];
const OFFICER = ['White', 'Black', 'Asian', 'Other', ''];
const LEGISLATION = ['Police and Criminal Evidence Act 1984 (section 1)', 'Misuse of Drugs Act 1971 (section 23)'];
const OBJECTS = ['Controlled drugs', 'Offensive weapons', 'Stolen goods'];
const OUTCOMES = ['A no further action disposal', 'Arrest', 'Community resolution', 'Khat or Cannabis warning'];
const BOOLS = ['True', 'False', ''];
const pick = <T>(list: readonly T[], i: number, salt: number) => list[(i * 7919 + salt * 104729) % list.length]!;

async function generate(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${STOP_SEARCH_COLUMNS.join(',')}\n`);
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const when = new Date(start + (i % 500_000) * 60_000).toISOString().replace('.000Z', '+00:00');
    const line = [
      pick(TYPES, i, 1), when, pick(BOOLS, i, 2), '', (52.4 + (i % 1000) / 10000).toFixed(6), (-1.9 + (i % 997) / 10000).toFixed(6),
      pick(GENDERS, i, 3), pick(AGES, i, 4), `"${pick(SELF, i, 5)}"`, pick(OFFICER, i, 6), pick(LEGISLATION, i, 7),
      pick(OBJECTS, i, 8), pick(OUTCOMES, i, 9), pick(BOOLS, i, 10), pick(BOOLS, i, 11),
    ].join(',');
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const folder = mkdtempSync(join(tmpdir(), 'stop-search-bench-'));
const file = join(folder, `stop-search-${rows}.csv`);
const database = await createTestDatabase();
try {
  console.log(`generating ${rows} rows …`);
  await generate(file);
  console.log(`file ${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB; database: ${database.kind}`);
  const orm = await openSubgraphDatabase({
    url: database.url,
    schema: serviceDelivery.databaseSchema,
    entities: serviceDelivery.entities,
    migrations: serviceDelivery.migrations,
  });
  await orm.close();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  let peakRss = process.memoryUsage().rss;
  const baseline = peakRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  try {
    const report = await importStopSearch({
      client,
      schema: serviceDelivery.databaseSchema,
      organisationKey: 'bench-force',
      source: fileSource(file),
      writePath,
    });
    clearInterval(sampler);
    const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
    console.log(
      JSON.stringify(
        {
          status: report.status,
          writePath: report.writePath,
          rows: report.rowsImported,
          seconds: report.durationMs / 1000,
          rowsPerSecond: report.rowsPerSecond,
          rssBefore: mb(baseline),
          peakRss: mb(peakRss),
          unmapped: report.unmapped.map((u) => `${u.column}: ${u.count}`),
          problems: report.problems.slice(0, 3),
        },
        null,
        2,
      ),
    );
  } finally {
    clearInterval(sampler);
    await client.end();
  }
} finally {
  await database.stop();
  rmSync(folder, { recursive: true, force: true });
}
