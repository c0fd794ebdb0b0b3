import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenFor, AUTH_SECRET } from './harness';

const root = resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'edhr-start-'));

interface Run {
  child: ChildProcess;
  output: () => string;
  gatewayUrl: string;
}

/** Runs the `npm start` entry point in its own process group, as a terminal would. */
async function start(): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/bin/start-federation.ts'], {
    cwd: root,
    detached: true,
    env: { ...process.env, EDHR_DATA_DIR: dataDir, GATEWAY_PORT: '0', EMBEDDED_DATABASE_PORT: '0', DATABASE_URL: '', LOG_LEVEL: 'info', AUTH_JWT_SECRET: AUTH_SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const gatewayUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 90 s:\n${output}`)), 90_000);
    const check = () => {
      const match = /gateway\s+(http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
  return { child, output: () => output, gatewayUrl };
}

/** Ctrl-C to the whole group; resolves with the exit code. */
function interrupt(run: Run): Promise<number | null> {
  return new Promise((resolveExit, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running 30 s after Ctrl-C:\n${run.output()}`)), 30_000);
    run.child.once('exit', (code) => {
      clearTimeout(timer);
      resolveExit(code);
    });
    process.kill(-run.child.pid!, 'SIGINT');
  });
}

describe('npm start', { timeout: 240_000 }, () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the seeded federation, stops cleanly on Ctrl-C, and reuses its data on the next start', async () => {
    const first = await start();
    const response = await fetch(first.gatewayUrl, {
      method: 'POST',
      // The plugin registry is internal: a member of staff reads it.
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(['staff'])}` },
      body: JSON.stringify({ query: '{ plugins { id version } }' }),
    });
    const body = (await response.json()) as { data: { plugins: { id: string }[] } };
    expect(body.data.plugins.map((p) => p.id).sort()).toEqual([
      'west-mercia-dei-strategy',
      'west-mercia-pcc-equality-objectives',
      'wmp-edhr-delivery-plan',
      'wmp-edhr-strategy',
      'wmp-inclusion-strategy-2018',
    ]);
    expect(await interrupt(first)).toBe(0);
    expect(first.output()).toContain('stopped cleanly');
    await expect(fetch(first.gatewayUrl, { method: 'POST' })).rejects.toThrow();

    const second = await start();
    expect(second.output()).toMatch(/plugin wmp-edhr-strategy@1\.1\.0 unchanged/);
    expect(await interrupt(second)).toBe(0);
  });
});
