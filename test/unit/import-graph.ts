import { readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One import statement: the importing file, what it wrote, and the file it resolved to. */
export interface SourceImport {
  from: string;
  specifier: string;
  to: string;
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'coverage', '.data', '.turbo']);

/** Every TypeScript file under the given folders, as paths relative to the root, with `/`. */
export function typescriptFiles(root: string, folders: string[]): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (SKIPPED_FOLDERS.has(entry.name)) return [];
      const path = resolve(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
  return folders.flatMap((folder) => walk(resolve(root, folder))).map((path) => toRepositoryPath(root, path)).sort();
}

/**
 * The imports between the given files that resolve to a file inside the root, resolved the way the
 * type checker resolves them (the root tsconfig's options, workspace packages through their
 * node_modules links to their real folders). Static, `import type`, re-exports and dynamic imports
 * all count: each couples the two files.
 */
export function importsBetween(root: string, files: string[]): SourceImport[] {
  const options = compilerOptions(root);
  const host = ts.createCompilerHost(options);
  const known = new Set(files);
  return files.flatMap((file) => {
    const absolute = resolve(root, file);
    const { importedFiles } = ts.preProcessFile(readFileSync(absolute, 'utf8'), true, true);
    return importedFiles.flatMap(({ fileName: specifier }) => {
      const resolved = ts.resolveModuleName(specifier, absolute, options, host).resolvedModule?.resolvedFileName;
      if (resolved === undefined) return [];
      const to = toRepositoryPath(root, host.realpath?.(resolved) ?? resolved);
      return known.has(to) ? [{ from: file, specifier, to }] : [];
    });
  });
}

/** The folder a repository path sits in ('' for the root). */
export const folderOf = (path: string): string => {
  const folder = dirname(path);
  return folder === '.' ? '' : folder;
};

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = resolve(root, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path)) as { config: { compilerOptions: unknown }; error?: ts.Diagnostic };
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { options, errors } = ts.convertCompilerOptionsFromJson(config.compilerOptions, dirname(configPath));
  if (errors.length > 0) throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'));
  return options;
}

const toRepositoryPath = (root: string, path: string): string => relative(root, path).split(sep).join('/');
