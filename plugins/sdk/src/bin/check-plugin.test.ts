import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const command = new URL('./check-plugin.ts', import.meta.url).pathname;

async function check(manifest: unknown): Promise<{ code: number; out: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'plugin-check-'));
  const file = join(folder, 'manifest.json');
  writeFileSync(file, JSON.stringify(manifest));
  try {
    const { stdout } = await run(process.execPath, [tsx, command, file], { env: { ...process.env, INIT_CWD: folder } });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const extension = {
  id: 'check-extension',
  version: '1.0.0',
  name: 'Check',
  source: { title: 'T', publisher: 'P' },
  organisation: { key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force' },
  dependsOn: [{ id: 'wmp-edhr-strategy', version: '^2.0.0' }],
  strategy: { key: 'wmp-edhr-strategy', extends: 'wmp-edhr-strategy' },
  themes: [{ key: 't', name: 'T', domain: 'partners', kpis: [{ key: 'k', name: 'K', unit: 'count', direction: 'up' }] }],
};

describe('npm run plugin:check', { timeout: 60_000 }, () => {
  it('reports schema, query and dependency problems in one run', async () => {
    const broken = structuredClone(extension) as Record<string, any>;
    Object.assign(broken.themes[0].kpis[0], {
      targt: { value: 1 },
      objective: 'wmp-edhr-strategy:no-such-objective',
      measuredBy: { kind: 'query', query: 'mutation { setPluginEnabled(id: "x", enabled: false) { id } }', selector: 'x' },
    });
    const { code, out } = await check(broken);
    expect(code).toBe(1);
    expect(out).toContain('✘ Plugin "check-extension" is invalid:');
    expect(out).toContain('themes[0].kpis[0].targt: unknown key `targt` at themes[0].kpis[0] — did you mean `target`?');
    expect(out).toContain('themes[0].kpis[0].measuredBy.query: is a mutation; a KPI is measured by a query, which only reads');
    expect(out).toMatch(/themes\[0\]\.kpis\[0\]\.objective: plugin "wmp-edhr-strategy" \S+ declares no objective "no-such-objective"/);
  });

  it('checks a valid plugin against its dependency, found as a package, and prints its content hash', async () => {
    const { code, out } = await check(extension);
    expect(out).toMatch(/^✔ check-extension@1\.0\.0: 1 themes, 0 objectives, 1 KPIs, 0 delivery actions\n {2}content {2}sha256:[0-9a-f]{64}\n {2}checked against {2}wmp-edhr-strategy@/);
    expect(code).toBe(0);
  });

  it('names a dependency it cannot find', async () => {
    const orphan = { ...extension, dependsOn: [{ id: 'nowhere-strategy', version: '*' }], strategy: { key: 's', extends: 'nowhere-strategy' }, themes: [] };
    const { code, out } = await check(orphan);
    expect(code).toBe(1);
    expect(out).toContain('dependsOn[0]: plugin "nowhere-strategy" was not found (no package @edhr/plugin-nowhere-strategy)');
  });
});
