import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenFor, AUTH_SECRET } from './harness';

const root = resolve(import.meta.dirname, '../..');
const PROJECT_NODE_MAJOR = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.node!.split('.')[0];
const dataDirs = [mkdtempSync(join(tmpdir(), 'edhr-start-')), mkdtempSync(join(tmpdir(), 'edhr-start-'))] as const;
// Every port chosen by the system, so runs beside another federation (or another test run) never clash.
const freePorts = {
  GATEWAY_PORT: '0',
  SERVICE_DELIVERY_PORT: '0',
  PEOPLE_CULTURE_PORT: '0',
  ORGANISATIONAL_PROCESSES_PORT: '0',
  PARTNERS_PORT: '0',
  EMBEDDED_DATABASE_PORT: '0',
  WEB_PORT: '0',
};

interface Run {
  child: ChildProcess;
  output: () => string;
  gatewayUrl: string;
}

/**
 * Runs the entry point `npm start` runs, in its own process group as a terminal would, on the
 * Node.js the tests run on (under npm, the project's own: the `node` devDependency).
 */
/** Every federation this file started: one still running when the test ends (it failed midway) is ended in `afterAll`. */
const children: ChildProcess[] = [];

async function start(dataDir: string): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/federation/src/bin/start-federation.ts'], {
    cwd: root,
    detached: true,
    env: { ...process.env, ...freePorts, EDHR_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', AUTH_JWT_SECRET: AUTH_SECRET },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const gatewayUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 180 s:\n${output}`)), 180_000);
    const check = () => {
      const match = /gateway\s+(http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout.on('data', check);
    // 'close', not 'exit': by then everything the process wrote has been read.
    child.once('close', (code) => reject(new Error(`exited with ${code} before ready:\n${output}`)));
  });
  return { child, output: () => output, gatewayUrl };
}

/** Ctrl-C to the whole group, as a terminal sends it; resolves once the process has exited and closed its output. */
function interrupt(run: Run): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolveExit, reject) => {
    const timer = setTimeout(() => reject(new Error(`still running 60 s after Ctrl-C:\n${run.output()}`)), 60_000);
    run.child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolveExit({ code, signal });
    });
    process.kill(-run.child.pid!, 'SIGINT');
  });
}

/** The federation drained and exited by itself, with status 0. */
function expectStoppedCleanly(run: Run, ended: { code: number | null; signal: NodeJS.Signals | null }): void {
  expect(run.output()).toContain('stopped cleanly');
  expect(ended).toEqual({ code: 0, signal: null });
}

const SEED_PLUGINS = [
  'west-mercia-dei-strategy',
  'west-mercia-pcc-equality-objectives',
  'wmp-edhr-delivery-plan',
  'wmp-edhr-strategy',
  'wmp-edhr-theme-1-service-delivery',
  'wmp-edhr-theme-2-people-culture',
  'wmp-edhr-theme-3-organisational-processes',
  'wmp-inclusion-strategy-2018',
];

/** The plugin registry is internal: a member of staff reads it. */
async function pluginIds(run: Run): Promise<string[]> {
  const response = await fetch(run.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(['staff'])}` },
    body: JSON.stringify({ query: '{ plugins { id version } }' }),
  });
  const body = (await response.json()) as { data: { plugins: { id: string }[] } };
  return body.data.plugins.map((p) => p.id);
}

describe('npm start', { timeout: 480_000 }, () => {
  afterAll(async () => {
    // A federation left running by a failed assertion (the other of the two, say) is ended with its whole process group.
    const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
    await Promise.all(
      running.map(
        (child) =>
          new Promise<void>((resolve) => {
            child.once('close', () => resolve());
            process.kill(-child.pid!, 'SIGKILL');
          }),
      ),
    );
    dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('runs two federations side by side, stops each cleanly on Ctrl-C, and reuses its data on the next start', async () => {
    const [first, beside] = await Promise.all(dataDirs.map((dir) => start(dir)));
    expect(first!.gatewayUrl).not.toBe(beside!.gatewayUrl);
    // The Node.js the project pins as a devDependency, whatever the machine's own is.
    expect(first!.output()).toContain(`on Node.js v${PROJECT_NODE_MAJOR}.`);
    for (const run of [first!, beside!]) expect((await pluginIds(run)).sort()).toEqual(SEED_PLUGINS);
    // The web app, printed beside the gateway, serves the strategies from that gateway.
    const webUrl = /web app\s+(http:\/\/\S+)/.exec(first!.output())?.[1];
    expect(webUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${webUrl}/strategies`)).text()).toContain('Equality, Diversity and Human Rights Strategy');
    expectStoppedCleanly(first!, await interrupt(first!));
    await expect(fetch(first!.gatewayUrl, { method: 'POST' })).rejects.toThrow();
    // The other federation did not notice.
    expect((await pluginIds(beside!)).sort()).toEqual(SEED_PLUGINS);
    expectStoppedCleanly(beside!, await interrupt(beside!));

    const second = await start(dataDirs[0]);
    expect(second.output()).toMatch(/plugin wmp-edhr-strategy@2\.0\.0 unchanged/);
    expect(second.output()).toMatch(/plugin wmp-edhr-theme-2-people-culture@1\.0\.0 unchanged/);
    expectStoppedCleanly(second, await interrupt(second));
  });
});
