import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeCycle, folderCycles, folderEdges } from './folder-cycles';
import { importsBetween, typescriptFiles, type SourceImport } from './import-graph';
import { describeViolation, foldersWithoutLayer, layerViolations, type LayerPlan } from './layers';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKSPACE_FOLDERS = ['gateway', 'subgraphs', 'plugins', 'web', 'schema'];

/**
 * organisational-processes, top first: the composition (module, schema, entity and migration
 * lists, commands); the GraphQL operations (resolvers, references, inputs only a resolver takes);
 * plugin registration and the content writers; the calls to other services (outbox delivery, KPI
 * measurement refresh); the model (entities, mappings, object types, loaders, services that only
 * touch the database, with the inputs they take) and the migrations.
 */
export const ORGANISATIONAL_PROCESSES_LAYERS: LayerPlan = {
  base: 'subgraphs/organisational-processes/src',
  layers: [
    { name: 'composition', folders: ['', 'bin'] },
    { name: 'graph', folders: ['graph'] },
    { name: 'content', folders: ['content'] },
    { name: 'peers', folders: ['peers'] },
    { name: 'model', folders: ['model', 'migrations'] },
  ],
};

describe('the repository’s imports', () => {
  let files: string[] = [];
  let imports: SourceImport[] = [];
  beforeAll(() => {
    files = typescriptFiles(ROOT, WORKSPACE_FOLDERS);
    imports = importsBetween(ROOT, files);
  });

  it('are seen: every workspace’s files, their relative imports and the workspace packages they import', () => {
    expect(files.length).toBeGreaterThan(500);
    const crossing = imports.filter((i) => i.from.startsWith('subgraphs/partners/') && i.to.startsWith('subgraphs/kit/src/'));
    expect(crossing.length).toBeGreaterThan(0);
  });

  it('make no folder cycle', () => {
    expect(folderCycles(folderEdges(imports)).map(describeCycle)).toEqual([]);
  });

  it('make no cycle between workspace packages either, counting development dependencies', () => {
    expect(folderCycles(packageEdges()).map(describeCycle)).toEqual([]);
  });

  it('never go up a layer of organisational-processes, and every folder there has a layer', () => {
    expect(foldersWithoutLayer(ORGANISATIONAL_PROCESSES_LAYERS, files)).toEqual([]);
    expect(layerViolations(ORGANISATIONAL_PROCESSES_LAYERS, imports).map(describeViolation)).toEqual([]);
  });
});

interface WorkspacePackage {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** One edge per workspace package that depends on another (as turbo and npm see them), named by package. */
function packageEdges() {
  const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
  const folders = root.workspaces.flatMap((pattern) =>
    pattern.endsWith('/*') ? readdirSync(join(ROOT, pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`) : [pattern],
  );
  const packages = folders
    .filter((folder) => existsSync(join(ROOT, folder, 'package.json')))
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(ROOT, folder, 'package.json'), 'utf8')) as WorkspacePackage }));
  const names = new Set(packages.map((p) => p.manifest.name));
  expect(names.size).toBeGreaterThan(15);
  return packages.flatMap(({ folder, manifest }) =>
    Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter((dependency) => names.has(dependency))
      .map((dependency) => ({
        from: manifest.name,
        to: dependency,
        example: { from: `${folder}/package.json`, to: dependency, specifier: dependency },
      })),
  );
}
