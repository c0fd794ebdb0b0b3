import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'edhr-alone-'));

/** A subgraph started alone, as production runs it: its own process, its own script. */
describe('a subgraph started alone', { timeout: 120_000 }, () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses to start without the gateway secret, naming the variable', async () => {
    const run = spawn('npm', ['start', '-s', '-w', '@edhr/partners'], {
      cwd: root,
      env: { ...process.env, INTERNAL_TOKEN_SECRET: '', PARTNERS_PORT: '0', EDHR_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    run.stdout.on('data', (c) => (output += c));
    run.stderr.on('data', (c) => (output += c));
    const code = await new Promise<number | null>((done) => run.once('exit', done));
    expect(code).not.toBe(0);
    expect(output).toContain('INTERNAL_TOKEN_SECRET is missing');
  });

  it('serves health and refuses calls that did not come through the gateway, then stops on SIGTERM', async () => {
    // The package's start script without npm around it, so the exit code is the service's own.
    const run = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: resolve(root, 'subgraphs/partners'),
      detached: true,
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: resolve(root, 'tsconfig.json'),
        INTERNAL_TOKEN_SECRET: 'standalone-'.padEnd(40, 's'),
        PARTNERS_PORT: '0',
        EDHR_DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    run.stdout.on('data', (c) => (output += c));
    run.stderr.on('data', (c) => (output += c));
    try {
      const url = await new Promise<string>((ready, fail) => {
        const timer = setTimeout(() => fail(new Error(`not listening within 90 s:\n${output}`)), 90_000);
        run.stdout.on('data', () => {
          const match = /"url":"(http:\/\/127\.0\.0\.1:\d+\/graphql)","msg":"partners subgraph listening"/.exec(output);
          if (match) {
            clearTimeout(timer);
            ready(match[1]!);
          }
        });
        run.once('exit', (code) => fail(new Error(`exited with ${code}:\n${output}`)));
      });
      const readiness = await fetch(url.replace(/graphql$/, 'health/ready'));
      expect(readiness.status).toBe(200);
      expect(await readiness.json()).toMatchObject({ status: 'ready', service: 'partners', database: { ok: true } });

      const direct = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ denominatorSources { source } }' }),
      });
      expect(direct.status).toBe(401);
    } finally {
      const exited = new Promise<number | null>((done) => run.once('exit', done));
      process.kill(-run.pid!, 'SIGTERM');
      expect(await exited).toBe(0);
    }
    expect(output).toContain('stopped cleanly');
  });
});
