import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCycle, folderCycles, folderEdges } from './folder-cycles';
import { importsBetween, typescriptFiles, type SourceImport } from './import-graph';

const edge = (from: string, specifier: string, to: string): SourceImport => ({ from, specifier, to });

describe('folder cycles', () => {
  it('collapses files to folders, keeping the first import in path order as the example, and ignores imports within a folder', () => {
    const edges = folderEdges([
      edge('a/z.ts', '../b/y', 'b/y.ts'),
      edge('a/x.ts', '../b/y', 'b/y.ts'),
      edge('a/x.ts', './w', 'a/w.ts'),
    ]);
    expect(edges).toEqual([{ from: 'a', to: 'b', example: edge('a/x.ts', '../b/y', 'b/y.ts') }]);
  });

  it('finds a two-folder cycle once, from either edge, with one example import per edge', () => {
    const cycles = folderCycles(folderEdges([edge('b/y.ts', '../a/x', 'a/x.ts'), edge('a/x.ts', '../b/y', 'b/y.ts')]));
    expect(cycles.map(describeCycle)).toEqual(["a → b → a\n    a/x.ts imports '../b/y'\n    b/y.ts imports '../a/x'"]);
  });

  it('finds every cycle through a group of folders, and none in a chain that only goes down', () => {
    const imports = [
      edge('a/1.ts', '../b/1', 'b/1.ts'),
      edge('b/1.ts', '../c/1', 'c/1.ts'),
      edge('c/1.ts', '../a/1', 'a/1.ts'),
      edge('c/1.ts', '../b/1', 'b/1.ts'),
      edge('d/1.ts', '../a/1', 'a/1.ts'),
      edge('a/1.ts', '../e/1', 'e/1.ts'),
    ];
    const cycles = folderCycles(folderEdges(imports));
    expect(cycles.map((cycle) => cycle.map((e) => e.from))).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c'],
    ]);
    expect(folderCycles(folderEdges(imports.filter((i) => !i.from.startsWith('c/'))))).toEqual([]);
  });

  describe('the import graph of real files', () => {
    const root = mkdtempSync(join(tmpdir(), 'folder-cycles-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    beforeAll(() => {
      write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } }));
      write('pkg/a/one.ts', "import type { Two } from '../b/two';\nexport const one = 1;\n");
      write('pkg/b/two.ts', "export type Two = 2;\nexport const load = () => import('../a/one');\nexport * from './three';\n");
      write('pkg/b/three.ts', "import { readFileSync } from 'node:fs';\nexport const three = readFileSync;\n");
      write('pkg/b/node_modules/ignored.ts', "import '../../a/one';\n");
    });

    it('resolves type-only, dynamic and re-exporting imports to files, and leaves out packages outside the root', () => {
      const files = typescriptFiles(root, ['pkg']);
      expect(files).toEqual(['pkg/a/one.ts', 'pkg/b/three.ts', 'pkg/b/two.ts']);
      expect(importsBetween(root, files)).toEqual([
        edge('pkg/a/one.ts', '../b/two', 'pkg/b/two.ts'),
        edge('pkg/b/two.ts', '../a/one', 'pkg/a/one.ts'),
        edge('pkg/b/two.ts', './three', 'pkg/b/three.ts'),
      ]);
      expect(folderCycles(folderEdges(importsBetween(root, files))).map(describeCycle)).toEqual([
        "pkg/a → pkg/b → pkg/a\n    pkg/a/one.ts imports '../b/two'\n    pkg/b/two.ts imports '../a/one'",
      ]);
    });
  });
});
