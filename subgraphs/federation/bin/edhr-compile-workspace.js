#!/usr/bin/env node
// `npm run build -w <workspace>` (and `turbo run build`, which runs it in every shipped workspace):
// compiles the workspace in the current folder, src/ → dist/. The compiler is TypeScript, run by tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/bin/compile-workspace.ts');
