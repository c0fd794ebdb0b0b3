import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { compileWorkspace } from './compile-workspace';

const TSCONFIG = resolve(import.meta.dirname, '../../../../tsconfig.json');
const folders: string[] = [];

function workspace(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'edhr-compile-'));
  folders.push(folder);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('compileWorkspace', () => {
  it('writes dist/ file for file, relative imports given the .js path Node needs, packages left as packages', async () => {
    const folder = workspace({
      'src/index.ts': "import { z } from 'zod';\nimport { twice } from './maths';\nimport { label } from './labels';\nimport type { Unused } from './types';\nexport const answer: number = twice(21);\nexport const name = label + typeof z;\nexport type { Unused };\n",
      'src/maths.ts': 'export const twice = (n: number): number => n * 2;\n',
      'src/labels/index.ts': "export const label = 'x';\n",
      'src/types.ts': 'export interface Unused { a: string }\n',
      'src/maths.test.ts': "throw new Error('tests are not compiled');\n",
      'src/data/table.csv': 'a,b\n1,2\n',
    });
    expect(await compileWorkspace(folder, TSCONFIG)).toEqual({ files: 4 });
    const index = readFileSync(join(folder, 'dist/index.js'), 'utf8');
    expect(index).toContain('from "./maths.js"');
    expect(index).toContain('from "./labels/index.js"');
    expect(index).toContain('from "zod"');
    expect(index).not.toContain('./types');
    expect(existsSync(join(folder, 'dist/maths.test.js'))).toBe(false);
    expect(readFileSync(join(folder, 'dist/data/table.csv'), 'utf8')).toBe('a,b\n1,2\n');
    // The output runs: the module graph without zod, imported by Node itself.
    const maths = (await import(pathToFileURL(join(folder, 'dist/maths.js')).href)) as { twice(n: number): number };
    expect(maths.twice(4)).toBe(8);
  });

  it('compiles legacy decorators as the tests run them, with class fields assigned, not defined', async () => {
    const folder = workspace({
      'src/decorated.ts': [
        'const seen: string[] = [];',
        'function field(): PropertyDecorator { return (_target, key) => { seen.push(String(key)); }; }',
        'export class Entity { @field() id!: string; @field() count: number = 1; }',
        'export const decorated = seen;',
      ].join('\n'),
    });
    await compileWorkspace(folder, TSCONFIG);
    const module = (await import(pathToFileURL(join(folder, 'dist/decorated.js')).href)) as { decorated: string[]; Entity: new () => object };
    expect(module.decorated).toEqual(['id', 'count']);
    expect(Object.keys(new module.Entity())).toEqual(['count']);
  });

  it('refuses an import that leaves src/, naming it', async () => {
    const folder = workspace({ 'src/index.ts': "export { x } from '../outside';\n", 'outside.ts': 'export const x = 1;\n' });
    await expect(compileWorkspace(folder, TSCONFIG)).rejects.toThrow(/\.\.\/outside leaves the workspace's src\//);
  });

  it('replaces what an earlier build left', async () => {
    const folder = workspace({ 'src/index.ts': 'export const a = 1;\n', 'dist/stale.js': 'old' });
    await compileWorkspace(folder, TSCONFIG);
    expect(existsSync(join(folder, 'dist/stale.js'))).toBe(false);
    expect(existsSync(join(folder, 'dist/index.js'))).toBe(true);
  });
});
