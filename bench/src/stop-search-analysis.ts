/**
 * `npm run bench:analysis`: a staff stop-and-search analysis (a year, by self-defined ethnicity and
 * outcome) through the gateway, against the equivalent bare GROUP BY over the records on the same
 * database, interleaved, reported as p50 latencies and their ratio (the analysis ÷ the GROUP BY:
 * below 1 the analysis answers faster than the database can scan the records).
 *   npm run bench:analysis -- [--rows 1000000] [--requests 30]
 * The records are written by the import command (so its rollups are there) into DATABASE_URL (a
 * new database on that server, dropped afterwards) or an in-memory embedded database; the
 * federation runs in a child process.
 */
import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import pg from 'pg';
import { createTestDatabase } from '@edhr/kit/testing';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, requests: { type: 'string', default: '30' } } });
const rows = Math.min(Number(values.rows), 5_000_000);
const requests = Math.max(5, Math.min(Number(values.requests), 500));
const ORGANISATION = 'bench-force';
const PERIOD = { from: '2024-01-01', to: '2024-12-31' };

const HEADER =
  'Type,Date,Part of a policing operation,Policing operation,Latitude,Longitude,Gender,Age range,Self-defined ethnicity,Officer-defined ethnicity,Legislation,Object of search,Outcome,Outcome linked to object of search,Removal of more than just outer clothing';
const SELF = ['White - English/Welsh/Scottish/Northern Irish/British', 'Black/African/Caribbean/Black British - Caribbean', 'Asian/Asian British - Pakistani', 'Mixed/Multiple ethnic groups - White and Black Caribbean', 'Other ethnic group - Not stated', ''];
const OUTCOMES = ['A no further action disposal', 'Arrest', 'Community resolution', 'Khat or Cannabis warning', ''];
const pick = <T>(list: readonly T[], i: number, salt: number) => list[(i * 7919 + salt * 104729) % list.length]!;

/** A year of searches, one every half minute or so, in the open-data format. */
async function generate(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  const start = Date.UTC(2024, 0, 1);
  const step = Math.floor((365 * 86_400_000) / rows);
  for (let i = 0; i < rows; i++) {
    const when = new Date(start + i * step).toISOString().replace(/\.\d{3}Z$/, '+00:00');
    const line = `${pick(['Person search', 'Vehicle search'], i, 1)},${when},False,,52.45,-1.73,${pick(['Male', 'Female', ''], i, 3)},${pick(['10-17', '18-24', '25-34', 'over 34'], i, 4)},"${pick(SELF, i, 5)}",${pick(['White', 'Black', 'Asian', 'Other'], i, 6)},Misuse of Drugs Act 1971 (section 23),${pick(['Controlled drugs', 'Offensive weapons'], i, 8)},${pick(OUTCOMES, i, 9)},${pick(['True', 'False', ''], i, 10)},False`;
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function runImport(file: string, databaseUrl: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/service-delivery/src/bin/import.ts', 'stop-search', file, '--force', ORGANISATION, '--no-publish'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'ignore'],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`import exited with ${code}`);
}

const ANALYSIS = `query ($org: ID!, $period: StopSearchPeriodInput!) {
  stopSearchAnalysis(organisation: $org, period: $period, groupBy: [ETHNICITY_SELF_DEFINED, OUTCOME]) { groups { value } searches arrests positiveOutcomes linkedFinds } }`;

/** The same counts straight from the records: what the analysis would cost without rollups, minus GraphQL. */
const BARE_GROUP_BY = `
  select self_defined_broad, outcome, count(*)::int as searches, count(*) filter (where outcome = 'ARREST')::int as arrests,
         count(*) filter (where outcome not in ('NO_FURTHER_ACTION', 'NOT_RECORDED'))::int as positive_outcomes,
         count(*) filter (where outcome_linked)::int as linked_finds
    from service_delivery.stop_search_record
   where organisation_key = $1 and occurred_at >= ($2::date::timestamp at time zone 'Europe/London')
     and occurred_at < (($3::date + 1)::timestamp at time zone 'Europe/London')
   group by 1, 2 order by 1, 2`;

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

const folder = mkdtempSync(join(tmpdir(), 'stop-search-analysis-bench-'));
const database = await createTestDatabase();
try {
  const file = join(folder, 'stop-search.csv');
  console.error(`generating and importing ${rows} rows (database: ${database.kind}) …`);
  await generate(file);
  await runImport(file, database.url);

  const secret = randomBytes(32).toString('hex');
  const federation = fork(new URL('./federation-process.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, LOG_LEVEL: 'warn', BENCH_DATABASE_URL: database.url, BENCH_AUTH_SECRET: secret },
  });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { gatewayUrl } = await new Promise<{ gatewayUrl: string }>((resolve, reject) => {
      federation.once('message', (m) => resolve(m as { gatewayUrl: string }));
      federation.once('exit', (code) => reject(new Error(`federation process exited with ${code}`)));
    });
    if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(gatewayUrl)) throw new Error(`benchmarks talk to loopback only, not ${gatewayUrl}`);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ roles: ['staff'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('bench').setIssuedAt(now).setExpirationTime(now + 3600).sign(new TextEncoder().encode(secret));
    const body = JSON.stringify({ query: ANALYSIS, variables: { org: ORGANISATION, period: PERIOD } });
    const analysis = async () => {
      const response = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const answer = (await response.json()) as { data?: { stopSearchAnalysis: { searches: number }[] }; errors?: unknown };
      if (!answer.data) throw new Error(`analysis failed: ${JSON.stringify(answer.errors)}`);
      return answer.data.stopSearchAnalysis.reduce((sum, r) => sum + r.searches, 0);
    };
    const groupBy = async () => (await client.query<{ searches: number }>(BARE_GROUP_BY, [ORGANISATION, PERIOD.from, PERIOD.to])).rows.reduce((sum, r) => sum + r.searches, 0);
    // Both must count every record of the year, or the comparison means nothing.
    const [fromAnalysis, fromRecords] = [await analysis(), await groupBy()];
    if (fromAnalysis !== fromRecords || fromRecords !== rows) throw new Error(`the analysis counts ${fromAnalysis}, the GROUP BY ${fromRecords}, the file ${rows}`);
    const timings = { analysis: [] as number[], groupBy: [] as number[] };
    for (let i = 0; i < requests; i++) {
      let started = performance.now();
      await analysis();
      timings.analysis.push(performance.now() - started);
      started = performance.now();
      await groupBy();
      timings.groupBy.push(performance.now() - started);
    }
    const [a, g] = [median(timings.analysis), median(timings.groupBy)];
    console.log(
      JSON.stringify(
        {
          rows,
          database: database.kind,
          requests,
          'stopSearchAnalysis through the gateway, p50 ms': Math.round(a * 10) / 10,
          'bare GROUP BY over the records, p50 ms': Math.round(g * 10) / 10,
          'analysis ÷ GROUP BY': Math.round((a / g) * 1000) / 1000,
        },
        null,
        2,
      ),
    );
  } finally {
    await client.end();
    federation.send('stop');
    await once(federation, 'exit');
  }
} finally {
  await database.stop();
  rmSync(folder, { recursive: true, force: true });
}
