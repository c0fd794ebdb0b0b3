import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

export const REPOSITORY = resolve(import.meta.dirname, '../../..');

/** Workspace package name → its folder, from every package.json the root's workspaces hold. */
function workspaceFolders(): Map<string, string> {
  const folders = new Map<string, string>();
  for (const parent of ['.', 'plugins', 'subgraphs']) {
    for (const entry of readdirSync(resolve(REPOSITORY, parent), { withFileTypes: true })) {
      const manifest = resolve(REPOSITORY, parent, entry.name, 'package.json');
      if (entry.isDirectory() && entry.name !== 'node_modules' && existsSync(manifest)) {
        folders.set((JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name, dirname(manifest));
      }
    }
  }
  return folders;
}

/** The source file an import names, or undefined for a package outside the repository. */
function resolveImport(specifier: string, importer: string, workspaces: Map<string, string>): string | undefined {
  let target: string;
  if (specifier.startsWith('.')) {
    target = resolve(dirname(importer), specifier.replace(/\.js$/, ''));
  } else {
    const [scope, name, ...rest] = specifier.split('/');
    const folder = workspaces.get(`${scope}/${name}`);
    if (!folder) return undefined;
    const exports = (JSON.parse(readFileSync(resolve(folder, 'package.json'), 'utf8')) as { exports: Record<string, { default: string }> }).exports;
    const entry = exports[rest.length ? `./${rest.join('/')}` : '.'];
    if (!entry) throw new Error(`${specifier} is not exported (imported from ${importer})`);
    return resolve(folder, entry.default);
  }
  for (const candidate of [`${target}.ts`, resolve(target, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Every repository source file an entry point loads, following imports (type imports too: an over-estimate). */
export function filesLoadedBy(entry: string): Set<string> {
  const workspaces = workspaceFolders();
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const next = resolveImport(fileName, file, workspaces);
      if (next) pending.push(next);
    }
  }
  return seen;
}

const UPPER_SNAKE = '[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*';
const READS = [
  // process.env.NAME, or env.NAME on a parameter that defaults to process.env
  new RegExp(`\\benv\\.(${UPPER_SNAKE})`, 'g'),
  new RegExp(`\\benv\\[['"](${UPPER_SNAKE})['"]\\]`, 'g'),
  new RegExp(`envValue\\(\\s*['"](${UPPER_SNAKE})['"]`, 'g'),
  // A subgraph module names its port variable; the kit reads it.
  new RegExp(`portVariable:\\s*['"](${UPPER_SNAKE})['"]`, 'g'),
];
// In a module that calls parseEnv, the keys of its zod shapes are the variables (one per line).
const SHAPE_KEY = new RegExp(`^\\s*(${UPPER_SNAKE}):`, 'gm');

/** The environment variables a source text reads, in each of the ways the project reads them. */
export function variablesReadIn(source: string): Set<string> {
  const found = new Set<string>();
  for (const pattern of READS) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  if (source.includes('parseEnv(')) for (const match of source.matchAll(SHAPE_KEY)) found.add(match[1]!);
  return found;
}

/** The environment variables every file an entry point loads reads. */
export function variablesReadBy(entry: string): Set<string> {
  const found = new Set<string>();
  for (const file of filesLoadedBy(entry)) for (const name of variablesReadIn(readFileSync(file, 'utf8'))) found.add(name);
  return found;
}
