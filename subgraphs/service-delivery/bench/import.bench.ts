/**
 * Import benchmark (not a test). Writes N-row files in the open-data stop-and-search format to a
 * temp folder and, in one run on one server, side by side:
 *   - COPY of the file as it is (FORMAT csv) into a table of 15 text columns: the floor, what the
 *     server does with the same bytes and no mapping, keys, validation, indexes or rollups;
 *   - the import of the same file (a fresh organisation each round, so every round adds records);
 * interleaved for --rounds rounds, printing both and the ratio (COPY time ÷ import time: 1 would be
 * the import as fast as the raw COPY). Each import runs in a child process, which reports its own
 * peak RSS; a second, smaller file, imported in every round too, shows whether that peak depends
 * on the file's size (medians over the rounds: one process's peak varies from run to run).
 *   npm run bench:import -- [--rows 1000000] [--small-rows 200000] [--rounds 3] [--write-path copy|insert]
 * Uses DATABASE_URL (a new database is created on that server and dropped afterwards) or an
 * in-memory embedded database, which cannot take COPY FROM STDIN: there the floor is the same
 * text columns written by multi-row INSERT … unnest, the embedded database's fastest path.
 */
import { fork } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openSubgraphDatabase } from '@edhr/kit';
import { createTestDatabase } from '@edhr/kit/testing';
import { serviceDelivery } from '../src/module';
import { fileSource } from '../src/records/import-source';
import { importStopSearch, supportsCopy } from '../src/imports/stop-search-import.service';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    'small-rows': { type: 'string', default: '200000' },
    rounds: { type: 'string', default: '3' },
    'write-path': { type: 'string' },
    // Internal: this process is one import, run by the benchmark.
    child: { type: 'string' },
    url: { type: 'string' },
    organisation: { type: 'string' },
  },
});
const writePath = values['write-path'] === 'copy' ? 'COPY' : values['write-path'] === 'insert' ? 'BATCHED_INSERT' : 'auto';

interface ChildResult {
  status: string;
  writePath: string;
  rows: number;
  seconds: number;
  /** CPU time of the import process (user + system): what the client itself costs, whatever the load. */
  cpuSeconds: number;
  peakRssMb: number;
  problems: unknown[];
}

/** One import in this process; its peak RSS is the process's own. */
async function runChild(file: string, url: string, organisationKey: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const cpu = process.cpuUsage();
    const report = await importStopSearch({ client, schema: serviceDelivery.databaseSchema, organisationKey, source: fileSource(file), writePath });
    const used = process.cpuUsage(cpu);
    const result: ChildResult = {
      status: report.status,
      writePath: report.writePath,
      rows: report.rowsImported,
      seconds: report.durationMs / 1000,
      cpuSeconds: (used.user + used.system) / 1e6,
      peakRssMb: peakRssMb(),
      problems: report.problems.slice(0, 3),
    };
    // Run by hand (e.g. under --cpu-prof) there is no parent to tell: print it.
    if (process.send) process.send(result);
    else console.log(JSON.stringify(result));
  } finally {
    await client.end();
  }
}

/**
 * This process's peak resident memory, MB. Linux's VmHWM is the high-water mark of this program's
 * own memory; getrusage's maxRSS (elsewhere) also counts the parent's, copied at fork before exec,
 * so on Linux a child started by a large parent reported the parent's size.
 */
function peakRssMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Math.round(Number(kb) / 1000);
  } catch {
    // No /proc: not Linux.
  }
  // maxRSS is in kilobytes: the peak over the process's life, not a sample.
  return Math.round(process.resourceUsage().maxRSS / 1000);
}

function importInChild(file: string, url: string, organisation: string): Promise<ChildResult> {
  const child = fork(new URL(import.meta.url), ['--child', file, '--url', url, '--organisation', organisation, ...(values['write-path'] ? ['--write-path', values['write-path']] : [])], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let result: ChildResult | undefined;
    child.once('message', (message) => {
      result = message as ChildResult;
    });
    child.once('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`import process exited with ${code}`))));
  });
}

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

async function generate(path: string, rows: number): Promise<void> {
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

const RAW_TABLE = 'bench_raw_stop_search';

const median = (list: readonly number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The floor: the file into 15 text columns, by COPY (or, embedded, by multi-row INSERT). Seconds. */
async function rawLoad(client: pg.Client, file: string, copy: boolean): Promise<number> {
  await client.query(`drop table if exists ${RAW_TABLE}`);
  await client.query(`create table ${RAW_TABLE} (${STOP_SEARCH_COLUMNS.map((_, i) => `c${i + 1} text`).join(', ')})`);
  const started = performance.now();
  if (copy) {
    await pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), client.query(copyFrom(`copy ${RAW_TABLE} from stdin with (format csv, header true)`)));
  } else {
    const columns = STOP_SEARCH_COLUMNS.map(() => [] as string[]);
    const sql = `insert into ${RAW_TABLE} select * from unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')})`;
    let header = true;
    for await (const record of createReadStream(file).pipe(parse({ relax_column_count: true })) as AsyncIterable<string[]>) {
      if (header) {
        header = false;
        continue;
      }
      for (let i = 0; i < columns.length; i++) columns[i]!.push(record[i] ?? '');
      if (columns[0]!.length >= 5000) {
        await client.query(sql, columns);
        for (const column of columns) column.length = 0;
      }
    }
    if (columns[0]!.length > 0) await client.query(sql, columns);
  }
  return (performance.now() - started) / 1000;
}

async function runBenchmark(): Promise<void> {
  const rows = Math.min(Number(values.rows), 10_000_000);
  const smallRows = Math.min(Number(values['small-rows']), rows);
  const rounds = Math.max(1, Math.min(Number(values.rounds), 10));
  const folder = mkdtempSync(join(tmpdir(), 'stop-search-bench-'));
  const file = join(folder, `stop-search-${rows}.csv`);
  const smallFile = join(folder, `stop-search-${smallRows}.csv`);
  const database = await createTestDatabase();
  try {
    console.log(`generating ${rows} and ${smallRows} rows …`);
    await generate(file, rows);
    await generate(smallFile, smallRows);
    console.log(`file: ${(statSync(file).size / 1e6).toFixed(1)} MB; database: ${database.kind}; ${rounds} rounds`);
    const orm = await openSubgraphDatabase({
      url: database.url,
      schema: serviceDelivery.databaseSchema,
      entities: serviceDelivery.entities,
      migrations: serviceDelivery.migrations,
    });
    await orm.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const copy = await supportsCopy(client);
      const floor = copy ? 'raw COPY' : 'raw INSERT';
      const ratios: number[] = [];
      const peaks = { small: [] as number[], large: [] as number[] };
      for (let round = 1; round <= rounds; round++) {
        const raw = await rawLoad(client, file, copy);
        const imported = await importInChild(file, database.url, `bench-force-${round}`);
        if (imported.status !== 'IMPORTED') throw new Error(`import ${imported.status}: ${JSON.stringify(imported.problems)}`);
        // The smaller file in every round too: one process's peak varies from run to run.
        const small = await importInChild(smallFile, database.url, `bench-force-small-${round}`);
        peaks.large.push(imported.peakRssMb);
        peaks.small.push(small.peakRssMb);
        // Each round starts from empty record tables, so the rounds are alike.
        await client.query(`truncate ${['stop_search_record', 'stop_search_rollup', 'encounter_record', 'import_batch'].map((t) => `${serviceDelivery.databaseSchema}.${t}`).join(', ')}`);
        const ratio = raw / imported.seconds;
        ratios.push(ratio);
        console.log(
          `round ${round}: ${floor} ${raw.toFixed(2)} s (${Math.round(rows / raw)} rows/s) · import (${imported.writePath}) ${imported.seconds.toFixed(2)} s ` +
            `(${Math.round(rows / imported.seconds)} rows/s, ${imported.cpuSeconds.toFixed(1)} s of CPU in the import process) · import ÷ ${floor}: ${ratio.toFixed(2)}× · ` +
            `peak RSS ${imported.peakRssMb} MB (${small.peakRssMb} MB for ${smallRows} rows)`,
        );
      }
      await client.query(`drop table if exists ${RAW_TABLE}`);
      const growth = (median(peaks.large) - median(peaks.small)) / median(peaks.small);
      const spread = (list: number[]) => `${median(list)} MB (${Math.min(...list)}–${Math.max(...list)})`;
      console.log(
        JSON.stringify(
          {
            rows,
            database: database.kind,
            floor,
            ratio: { min: Math.min(...ratios), max: Math.max(...ratios) },
            peakRss: { [`${smallRows} rows`]: spread(peaks.small), [`${rows} rows`]: spread(peaks.large), growth: `${(growth * 100).toFixed(1)}% (medians)` },
          },
          null,
          2,
        ),
      );
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (values.child) await runChild(values.child, values.url!, values.organisation!);
else await runBenchmark();
