/**
 * Compiles the one workspace in the current folder (`src/` → `dist/`), for production's plain
 * `node`. Each shipped workspace's `build` script runs it, so `turbo run build` (behind
 * `npm run build`) compiles them side by side and skips the ones whose sources did not change.
 */
import { resolve } from 'node:path';
import { compileWorkspace } from '../build/compile-workspace';

const root = resolve(import.meta.dirname, '../../../..');
const started = performance.now();
const compiled = await compileWorkspace(process.cwd(), resolve(root, 'tsconfig.json'));
console.log(`compiled dist/ (${compiled.files} files) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
