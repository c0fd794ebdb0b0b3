import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Pure tests sit beside their code in src/ or in a test/unit/ folder; integration tests in a
// workspace's test/ folder use a database; end-to-end tests in test/ start the whole federation.
const unit = ['{schema,gateway,web,bench}/src/**/*.test.ts', 'test/unit/**/*.test.ts', '{plugins,subgraphs}/*/src/**/*.test.ts', 'subgraphs/*/test/unit/**/*.test.ts'];
const integration = ['subgraphs/*/test/**/*.test.ts'];
const endToEnd = ['test/src/**/*.e2e.test.ts'];
const browser = ['test/browser/**/*.browser.test.ts'];
const databaseTemplate = './test/src/setup/database-template.ts';

// End-to-end files take longest (whole federations, npm start itself): started first, they no
// longer leave one worker busy alone at the end while the other idles. Within a project, vitest's
// own order (failed, then slowest, by the last run's timings).
const PROJECT_ORDER = ['browser', 'e2e', 'integration', 'unit'];
class EndToEndFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => PROJECT_ORDER.indexOf(file.project.name);
    return sorted.map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({ file }) => file);
  }
}

export default defineConfig({
  // One graphql module, the one Node loads (its CommonJS entry; graphql 16 has no exports map):
  // vite would otherwise give the project's own files the package's "module" entry, a second copy
  // whose GraphQLError the gateway runtime's instanceof checks do not recognise, so in production
  // mode a plugin's refusal (429, a NUL character) came out as a masked 500 under test only.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    // Sized for a shared 2-core machine with other work beside it: starting a federation there
    // can take many times what it takes on a quiet one. Timeouts catch hangs, not slowness.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    // One worker per core, and at least two: much of a file's time is spent waiting on a socket.
    maxWorkers: Math.max(2, availableParallelism()),
    minWorkers: 1,
    sequence: { sequencer: EndToEndFirst },
    projects: [
      // Unit and integration files share their workers' loaded modules (isolate: false): loading the
      // subgraphs afresh for every file was most of the suite's time. Each file still opens its own
      // database and schema; end-to-end files, which start whole federations, stay isolated.
      { extends: true, test: { name: 'unit', include: unit, isolate: false } },
      { extends: true, test: { name: 'integration', include: integration, exclude: unit, globalSetup: [databaseTemplate], isolate: false } },
      { extends: true, test: { name: 'e2e', include: endToEnd, globalSetup: [databaseTemplate] } },
      // The web app in Debian's Chromium against a started federation (test/browser/).
      { extends: true, test: { name: 'browser', include: browser, globalSetup: [databaseTemplate] } },
    ],
  },
});
