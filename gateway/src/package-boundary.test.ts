import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The gateway sits on the kit alone: the subgraph list, the local launcher and the commands that
// know every subgraph live in @edhr/federation, so a subgraph never has to be installed beside it.
const GATEWAY = resolve(import.meta.dirname, '..');
const ALLOWED_WORKSPACE_PACKAGES = ['@edhr/kit'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', 'dist', '.turbo'].includes(entry.name)) return [];
    const path = resolve(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the gateway package depends on no subgraph', () => {
  it('its package.json names no workspace package but the kit', () => {
    const manifest = JSON.parse(readFileSync(resolve(GATEWAY, 'package.json'), 'utf8'));
    const named = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
      Object.keys(manifest[field] ?? {}),
    );
    expect(named.filter((name) => name.startsWith('@edhr/'))).toEqual(ALLOWED_WORKSPACE_PACKAGES);
  });

  it('no file under gateway/ imports a workspace package but the kit, or reaches outside gateway/ by a relative path', () => {
    const files = sourceFiles(GATEWAY);
    expect(files.length).toBeGreaterThan(20);
    const offending: string[] = [];
    for (const file of files) {
      for (const specifier of importsOf(file)) {
        const where = `${relative(GATEWAY, file)} imports ${specifier}`;
        if (specifier.startsWith('.')) {
          if (relative(GATEWAY, resolve(dirname(file), specifier)).startsWith('..')) offending.push(where);
        } else if (specifier.startsWith('@edhr/') && !ALLOWED_WORKSPACE_PACKAGES.includes(packageOf(specifier))) {
          offending.push(where);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('the check sees a subgraph import when there is one', () => {
    const source = "import { partners } from '@edhr/partners';\nconst x = await import('@edhr/people-culture/x');\nimport '../../subgraphs/kit';";
    const found = ts.preProcessFile(source, true, true).importedFiles.map((i) => i.fileName);
    expect(found).toEqual(['@edhr/partners', '@edhr/people-culture/x', '../../subgraphs/kit']);
    expect(found.slice(0, 2).map(packageOf)).toEqual(['@edhr/partners', '@edhr/people-culture']);
  });
});
