import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedWorkspaces } from '../../src/build/shipped-workspaces';
import { REPOSITORY } from '../environment-reads';

const packageOf = (folder: string) => JSON.parse(readFileSync(resolve(REPOSITORY, folder, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };

describe('the build turbo runs', () => {
  it('compiles exactly the workspaces that ship, each with the same script', () => {
    const shipped = shippedWorkspaces(REPOSITORY);
    expect(shipped).toEqual(expect.arrayContaining(['gateway', 'web', 'schema', 'subgraphs/kit', 'subgraphs/partners', 'plugins/sdk']));
    for (const folder of shipped) expect(packageOf(folder).scripts?.build, folder).toBe('edhr-compile-workspace');
    for (const folder of ['test', 'bench']) expect(packageOf(folder).scripts?.build, folder).toBeUndefined();
  });

  it('is what npm run build runs after the type check and the composition, and turbo caches each workspace’s dist/', () => {
    expect(packageOf('.').scripts?.build).toMatch(/^npm run typecheck && npm run -s compose && .*turbo run build\b/);
    const turbo = JSON.parse(readFileSync(resolve(REPOSITORY, 'turbo.json'), 'utf8')) as { tasks: Record<string, { outputs?: string[]; inputs?: string[] }> };
    expect(turbo.tasks.build).toEqual({ inputs: ['src/**', 'package.json'], outputs: ['dist/**'] });
  });
});
