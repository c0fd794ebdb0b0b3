import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Pure tests sit beside their code in src/ or in a test/unit/ folder; integration tests in a
// workspace's test/ folder use a database; end-to-end tests in test/ start the whole federation.
const unit = ['{schema,gateway}/src/**/*.test.ts', '{plugins,subgraphs}/*/src/**/*.test.ts', 'subgraphs/*/test/unit/**/*.test.ts'];
const integration = ['subgraphs/*/test/**/*.test.ts'];
const endToEnd = ['test/src/**/*.e2e.test.ts'];
const databaseTemplate = './test/src/setup/database-template.ts';

export default defineConfig({
  test: {
    // Sized for a shared 2-core machine with other work beside it: starting a federation there
    // can take many times what it takes on a quiet one. Timeouts catch hangs, not slowness.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    // Most of a test file's time is waiting on a database or a socket: more workers than cores pay.
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
    projects: [
      // Unit and integration files share their workers' loaded modules (isolate: false): loading the
      // subgraphs afresh for every file was most of the suite's time. Each file still opens its own
      // database and schema; end-to-end files, which start whole federations, stay isolated.
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      { extends: true, test: { name: 'integration', include: integration, exclude: unit, globalSetup: [databaseTemplate], isolate: false } },
      { extends: true, test: { name: 'e2e', include: endToEnd, globalSetup: [databaseTemplate] } },
    ],
  },
});
