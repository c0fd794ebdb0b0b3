import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@edhr/kit';
import { freePort } from '../src/free-port';
import { composeProcesses, dockerfileInstruction, kubernetesProcesses, WEB_ENTRY, WEB_TRUSTED_DOCUMENTS_FILE } from './deployment-files';
import { REPOSITORY } from './environment-reads';

const SECRET = 'compiled-services-'.padEnd(48, 's');
const dataDir = mkdtempSync(join(tmpdir(), 'edhr-compiled-'));

/** The environment of a compiled process: no loader inherited (NODE_OPTIONS), an embedded database of its own. */
function compiledEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _loader, ...env } = process.env;
  return { ...env, EDHR_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', INTERNAL_TOKEN_SECRET: SECRET, ...extra };
}

/** Runs an entry file exactly as the image does: plain node with the Dockerfile's ENTRYPOINT flags. */
/** No tsx anywhere in the process, and no error logged from start to a graceful stop. */
function expectCleanRun(output: string): void {
  expect(output).not.toMatch(/tsx/);
  // Source maps name the .ts files in a compiled stack trace, so errors are found by their log level.
  expect(output).not.toMatch(/"level":(50|60)\b/);
}

function runCompiled(entry: string, env: Record<string, string>): { child: ChildProcessWithoutNullStreams; output: () => string } {
  const [node, ...flags] = dockerfileInstruction('ENTRYPOINT');
  expect(node).toBe('node');
  const child = spawn(process.execPath, [...flags, entry], { cwd: REPOSITORY, env: compiledEnvironment(env) });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((done) => child.once('exit', done));
}

/** Resolves with the first group of `pattern` once the output matches it; bounded, and failing with what it wrote. */
function written(run: ReturnType<typeof runCompiled>, pattern: RegExp, seconds: number): Promise<string> {
  return new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`${pattern} not written within ${seconds} s:\n${run.output()}`)), seconds * 1000);
    run.child.stdout.on('data', () => {
      const match = pattern.exec(run.output());
      if (match) {
        clearTimeout(timer);
        ready(match[1]!);
      }
    });
    run.child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code}:\n${run.output()}`));
    });
  });
}

/** Resolves with the URL a service logs once it listens. */
function listening(run: ReturnType<typeof runCompiled>, message: string, seconds: number): Promise<string> {
  return written(run, new RegExp(`"url":"(http://127\\.0\\.0\\.1:\\d+/graphql)","msg":"${message}"`), seconds);
}

async function stop(run: ReturnType<typeof runCompiled>): Promise<number | null> {
  const done = exited(run.child);
  run.child.kill('SIGTERM');
  return done;
}

describe('compiled services on plain node', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    // The build's compile step, as `npm run build` runs it (the type check and composition have their own tests).
    const compile = spawn(resolve(REPOSITORY, 'node_modules/.bin/turbo'), ['run', 'build', '--output-logs=errors-only'], {
      cwd: REPOSITORY,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    compile.stdout.on('data', (chunk) => (output += chunk));
    compile.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => compile.kill('SIGKILL'), 180_000);
    const code = await new Promise<number | null>((done) => compile.once('exit', done));
    clearTimeout(timer);
    expect(code, output).toBe(0);
  }, 200_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('every entry file the Dockerfile, compose.yaml and the Kubernetes manifests run is in the build', () => {
    const entries = [...dockerfileInstruction('CMD'), ...composeProcesses().map((p) => p.entry), ...kubernetesProcesses().map((p) => p.entry)];
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.filter((entry) => !/^[a-z/-]+\/dist\/[a-z/-]+\.js$/.test(entry) || !existsSync(resolve(REPOSITORY, entry)))).toEqual([]);
    // And the data files the web app needs beside its JavaScript.
    for (const file of [WEB_TRUSTED_DOCUMENTS_FILE, 'web/dist/views/layout.njk', 'web/dist/views/pages/strategies.njk', 'web/dist/assets/app.css']) {
      expect(existsSync(resolve(REPOSITORY, file)), file).toBe(true);
    }
  });

  it('the migrate job applies every subgraph’s migrations from compiled output', async () => {
    const run = runCompiled('subgraphs/federation/dist/bin/migrate.js', {});
    const timer = setTimeout(() => run.child.kill('SIGKILL'), 180_000);
    const code = await exited(run.child);
    clearTimeout(timer);
    expect(code, run.output()).toBe(0);
    for (const schema of ['organisational_processes', 'service_delivery', 'people_culture', 'partners']) {
      expect(run.output()).toContain(`"schema":"${schema}","msg":"up to date"`);
    }
  });

  it('organisational-processes starts on plain node, registers the configured plugins from compiled modules and answers health and queries', async () => {
    const run = runCompiled('subgraphs/organisational-processes/dist/main.js', { ORGANISATIONAL_PROCESSES_PORT: '0' });
    try {
      const url = await listening(run, 'organisational-processes subgraph listening', 180);
      for (const plugin of [
        'wmp-edhr-strategy',
        'wmp-edhr-theme-1-service-delivery',
        'wmp-edhr-theme-2-people-culture',
        'wmp-edhr-theme-3-organisational-processes',
        'wmp-edhr-delivery-plan',
        'west-mercia-dei-strategy',
        'west-mercia-pcc-equality-objectives',
        'wmp-inclusion-strategy-2018',
      ]) {
        expect(run.output()).toMatch(new RegExp(`"msg":"plugin ${plugin}@[0-9.]+ (created|registered|updated|unchanged)`));
      }
      const live = await fetch(url.replace(/graphql$/, 'health/live'));
      expect(live.status).toBe(200);
      const ready = await fetch(url.replace(/graphql$/, 'health/ready'));
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', service: 'organisational-processes', database: { ok: true } });

      const token = await signInternalToken({ subject: 'compiled-test', roles: ['public'] }, SECRET);
      const answer = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify({ query: '{ strategy(id: "wmp-edhr-strategy") { title themes { code } } }' }),
      });
      expect(await answer.json()).toMatchObject({
        data: { strategy: { title: 'Equality, Diversity and Human Rights Strategy', themes: [{}, {}, {}] } },
      });
    } finally {
      expect(await stop(run)).toBe(0);
    }
    expectCleanRun(run.output());
  });

  it('the gateway starts on plain node and answers its health endpoints', async () => {
    const run = runCompiled('gateway/dist/main.js', { GATEWAY_PORT: '0' });
    try {
      const url = await listening(run, 'gateway listening', 120);
      expect((await fetch(url.replace(/graphql$/, 'health/live'))).status).toBe(200);
    } finally {
      expect(await stop(run)).toBe(0);
    }
  });

  it('the web app starts on plain node, in production, and renders a page through the compiled gateway by hash', async () => {
    const subgraph = runCompiled('subgraphs/organisational-processes/dist/main.js', { ORGANISATIONAL_PROCESSES_PORT: '0' });
    const runs = [subgraph];
    try {
      const subgraphUrl = await listening(subgraph, 'organisational-processes subgraph listening', 180);
      // The strategies page needs organisational-processes alone; the other subgraphs get a port nothing listens on.
      const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
      const gateway = runCompiled('gateway/dist/main.js', {
        GATEWAY_PORT: '0',
        ORGANISATIONAL_PROCESSES_URL: subgraphUrl,
        SERVICE_DELIVERY_URL: nowhere,
        PEOPLE_CULTURE_URL: nowhere,
        PARTNERS_URL: nowhere,
        GATEWAY_TRUSTED_DOCUMENTS: WEB_TRUSTED_DOCUMENTS_FILE,
        GATEWAY_TRUSTED_DOCUMENTS_ONLY: 'true',
      });
      runs.push(gateway);
      const gatewayUrl = await listening(gateway, 'gateway listening', 120);
      const web = runCompiled(WEB_ENTRY, { NODE_ENV: 'production', WEB_PORT: '0', GATEWAY_URL: gatewayUrl, WEB_TRUSTED_DOCUMENTS: 'true' });
      runs.push(web);
      const webUrl = await written(web, /EDHR web app on (http:\/\/127\.0\.0\.1:\d+) \(gateway .*, sign-in: proxy\)/, 60);

      expect(await (await fetch(`${webUrl}/health/live`)).json()).toEqual({ status: 'ok', service: 'web' });
      const ready = await fetch(`${webUrl}/health/ready`);
      expect(await ready.json()).toEqual({ status: 'ready', service: 'web', gateway: { ok: true } });
      expect(ready.status).toBe(200);

      const page = await fetch(`${webUrl}/strategies`);
      const html = await page.text();
      expect(page.status, html).toBe(200);
      expect(html).toContain('<h1 class="govuk-heading-xl">Strategies</h1>');
      expect(html).toContain('Equality, Diversity and Human Rights Strategy');
      // govuk-frontend's assets and the app's own, found from the compiled output.
      // The page's own stylesheets and script, the script's import and the template's icon.
      for (const asset of ['/stylesheets/govuk-frontend.min.css', '/app/app.css', '/app/init.js', '/javascripts/govuk-frontend.min.js', '/assets/images/favicon.ico']) {
        expect((await fetch(`${webUrl}${asset}`)).status, asset).toBe(200);
      }
      expect(html).toContain('href="/app/app.css"');
    } finally {
      for (const run of runs.reverse()) expect(await stop(run), run.output()).toBe(0);
    }
    for (const run of runs) expectCleanRun(run.output());
  });
});
