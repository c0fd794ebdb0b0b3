import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Workspaces that run only under tsx, never in production: they are not compiled. */
const DEVELOPMENT_ONLY = ['test', 'bench'];

/** The folders of the workspaces that ship (the root package.json's workspaces, `plugins/*` expanded), relative to the root. */
export function shippedWorkspaces(root: string): string[] {
  const patterns = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
  return patterns
    .flatMap((pattern) =>
      pattern.endsWith('/*')
        ? readdirSync(resolve(root, pattern.slice(0, -2)), { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
        : [pattern],
    )
    .filter((folder) => !DEVELOPMENT_ONLY.includes(folder))
    .filter((folder) => existsSync(resolve(root, folder, 'package.json')) && existsSync(resolve(root, folder, 'src')));
}
