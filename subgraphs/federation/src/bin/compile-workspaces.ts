/**
 * Compiles every workspace that ships (`src/` → `dist/`), for production's plain `node`:
 *   npm run build     (type check, compose, then this)
 * The end-to-end tests and the benchmarks run only under tsx and are not compiled.
 */
import { resolve } from 'node:path';
import { compileWorkspace } from '../build/compile-workspace';
import { shippedWorkspaces } from '../build/shipped-workspaces';

const root = resolve(import.meta.dirname, '../../../..');
const started = performance.now();
let files = 0;
for (const workspace of shippedWorkspaces(root)) {
  const compiled = await compileWorkspace(resolve(root, workspace), resolve(root, 'tsconfig.json'));
  files += compiled.files;
  console.log(`compiled ${workspace}/dist (${compiled.files} files)`);
}
console.log(`${files} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
