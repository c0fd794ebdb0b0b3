import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * Compiles one workspace's `src/` into `dist/`, file for file, with esbuild — the transform
 * tsx and vitest already run in development, so decorators (legacy, no emitted metadata) and
 * class fields compile exactly as they run under test.
 *
 * `dist/` mirrors `src/` at the same depth, so paths a module builds from its own location
 * (the supergraph file, the data folder, a shipped CSV) stay right, and the files that are not
 * TypeScript (data files) are copied beside the JavaScript. Tests are not compiled.
 */
export async function compileWorkspace(workspace: string, tsconfig: string): Promise<{ files: number }> {
  const src = resolve(workspace, 'src');
  const dist = resolve(workspace, 'dist');
  rmSync(dist, { recursive: true, force: true });
  const sources = filesUnder(src).filter((file) => !/\.test\.ts$/.test(file));
  const entryPoints = sources.filter((file) => file.endsWith('.ts'));
  await build({
    entryPoints,
    outdir: dist,
    outbase: src,
    // Bundling only so the plugin below sees every import; it marks each one external.
    bundle: true,
    plugins: [importsAsCompiled(src)],
    platform: 'node',
    format: 'esm',
    target: 'node24',
    tsconfig,
    sourcemap: true,
    logLevel: 'warning',
  });
  for (const asset of sources.filter((file) => !file.endsWith('.ts'))) {
    cpSync(asset, resolve(dist, relative(src, asset)));
  }
  return { files: entryPoints.length };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Keeps every import an import: a package stays a package (Node picks its `compiled` export),
 * and `./module` — how the sources write relative imports — becomes `./module.js` (or
 * `./module/index.js`), the full path Node's ES module loader needs.
 */
function importsAsCompiled(src: string): Plugin {
  return {
    name: 'imports-as-compiled',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        if (!args.path.startsWith('.')) return { path: args.path, external: true };
        const target = resolve(args.resolveDir, args.path);
        if (!target.startsWith(`${src}/`)) {
          return { errors: [{ text: `${args.path} leaves the workspace's src/ (imported from ${relative(src, args.importer)})` }] };
        }
        const compiled = compiledPath(target);
        if (!compiled) return { errors: [{ text: `cannot find ${args.path} (imported from ${relative(src, args.importer)})` }] };
        const specifier = relative(dirname(args.importer), compiled);
        return { path: specifier.startsWith('.') ? specifier : `./${specifier}`, external: true };
      });
    },
  };
}

/** The file a relative import names, as it will be called in dist/. */
function compiledPath(target: string): string | undefined {
  const withoutJs = target.replace(/\.js$/, '');
  for (const candidate of [`${withoutJs}.ts`, resolve(withoutJs, 'index.ts')]) {
    if (existsSync(candidate)) return candidate.replace(/\.ts$/, '.js');
  }
  return existsSync(target) && statSync(target).isFile() ? target : undefined;
}
