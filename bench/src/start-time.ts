/**
 * `npm run bench:start` (after `npm run build`): how long a service takes from spawn until it
 * logs that it listens, compiled on plain node (the image's command) against TypeScript under
 * tsx (`npm start -w …` without npm around it), alternating the two in one run.
 *   BENCH_RUNS=7 npm run bench:start
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const runs = Number(process.env.BENCH_RUNS || 5);
const dataDir = mkdtempSync(join(tmpdir(), 'edhr-start-'));
const dockerEntrypoint = /^ENTRYPOINT (\[.*\])$/m.exec(readFileSync(resolve(root, 'Dockerfile'), 'utf8'))![1]!;
const compiledFlags = (JSON.parse(dockerEntrypoint) as string[]).slice(1);

interface Service {
  name: string;
  folder: string;
  listening: string;
  env: Record<string, string>;
}

const services: Service[] = [
  { name: 'gateway', folder: 'gateway', listening: 'gateway listening', env: { GATEWAY_PORT: '0' } },
  // On an embedded database in a folder of its own, migrated by the first (untimed) start.
  { name: 'partners', folder: 'subgraphs/partners', listening: 'partners subgraph listening', env: { PARTNERS_PORT: '0' } },
];

/** Milliseconds from spawn to the service's "listening" line; then it is stopped and waited for. */
async function timeStart(service: Service, how: 'compiled' | 'tsx'): Promise<number> {
  const args = how === 'compiled' ? [...compiledFlags, 'dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const { NODE_OPTIONS: _loader, ...inherited } = process.env;
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: resolve(root, service.folder),
    env: {
      ...inherited,
      ...service.env,
      TSX_TSCONFIG_PATH: resolve(root, 'tsconfig.json'),
      INTERNAL_TOKEN_SECRET: 'start-time-'.padEnd(40, 's'),
      DISCLOSURE_KEY: 'start-time-'.padEnd(40, 'd'),
      EDHR_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  try {
    return await new Promise<number>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`${service.name} (${how}) not listening within 120 s:\n${output}`)), 120_000);
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes(`"msg":"${service.listening}"`)) {
          clearTimeout(timer);
          ready(performance.now() - started);
        }
      });
      void exited.then((code) => fail(new Error(`${service.name} (${how}) exited with ${code}:\n${output}`)));
    });
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

if (!services.every((s) => existsSync(resolve(root, s.folder, 'dist/main.js')))) {
  console.error('no compiled output: run `npm run build` first');
  process.exit(2);
}
try {
  console.log(`${new Date().toISOString()} · Node.js ${process.version} · ${runs} starts of each, alternating`);
  for (const service of services) {
    await timeStart(service, 'compiled'); // warm-up: the file system cache, and the embedded database's first migration
    const times = { compiled: [] as number[], tsx: [] as number[] };
    for (let run = 0; run < runs; run++) {
      for (const how of ['compiled', 'tsx'] as const) times[how].push(await timeStart(service, how));
    }
    const [compiled, tsx] = [median(times.compiled), median(times.tsx)];
    console.log(
      `${service.name.padEnd(9)} compiled ${seconds(compiled)} (${seconds(Math.min(...times.compiled))}–${seconds(Math.max(...times.compiled))})` +
        ` · tsx ${seconds(tsx)} (${seconds(Math.min(...times.tsx))}–${seconds(Math.max(...times.tsx))})` +
        ` · compiled ÷ tsx ${(compiled / tsx).toFixed(2)}×`,
    );
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
