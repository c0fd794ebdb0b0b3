import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface TestDatabase {
  url: string;
  /** `embedded` (PGlite) or `server` (a real PostgreSQL from TEST_DATABASE_URL / DATABASE_URL). */
  kind: 'embedded' | 'server';
  stop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /**
   * Start from an empty database even when a prepared template exists (tests of the
   * migrations themselves). By default a test database is a copy of the template, when the
   * test run prepared one, so each file skips migrating from nothing.
   */
  empty?: boolean;
}

/**
 * Where the test run's template lives, set by {@link prepareTestDatabaseTemplate} in the
 * runner's global setup and inherited by every test worker.
 */
const TEMPLATE_VARIABLE = 'EDHR_TEST_DATABASE_TEMPLATE';

type TemplateRef = { kind: 'embedded'; dumpFile: string } | { kind: 'server'; database: string };

function serverUrl(): string | undefined {
  const value = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  return value ? value : undefined;
}

function templateRef(): TemplateRef | undefined {
  const value = process.env[TEMPLATE_VARIABLE];
  return value ? (JSON.parse(value) as TemplateRef) : undefined;
}

/**
 * A fresh database for one test file. With TEST_DATABASE_URL (or DATABASE_URL) set, a new
 * database is created on that server and dropped afterwards; otherwise an in-memory embedded
 * one is started. Either starts as a copy of the run's template when there is one.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const template = options.empty ? undefined : templateRef();
  const server = serverUrl();
  if (!server) {
    const dump = template?.kind === 'embedded' ? new Blob([readFileSync(template.dumpFile)]) : undefined;
    const embedded = await startEmbeddedPostgres({ loadDataDir: dump });
    return { url: embedded.url, kind: 'embedded', stop: () => embedded.stop() };
  }
  const name = `edhr_test_${randomBytes(6).toString('hex')}`;
  await createServerDatabase(server, name, template?.kind === 'server' ? template.database : undefined);
  return { url: databaseUrl(server, name), kind: 'server', stop: () => dropServerDatabase(server, name) };
}

/**
 * Builds the run's template once: an empty database handed to `prepare` (which migrates every
 * subgraph's schema into it), then kept as a PostgreSQL template database or, embedded, as a
 * dump of PGlite's files. Returns a function that removes it.
 */
export async function prepareTestDatabaseTemplate(prepare: (url: string) => Promise<void>): Promise<() => Promise<void>> {
  // Several test projects of one run share the template the first one prepared.
  if (process.env[TEMPLATE_VARIABLE]) return async () => undefined;
  const server = serverUrl();
  if (server) {
    const name = `edhr_template_${randomBytes(6).toString('hex')}`;
    await createServerDatabase(server, name);
    try {
      await prepare(databaseUrl(server, name));
    } catch (error) {
      await dropServerDatabase(server, name);
      throw error;
    }
    process.env[TEMPLATE_VARIABLE] = JSON.stringify({ kind: 'server', database: name } satisfies TemplateRef);
    return async () => {
      delete process.env[TEMPLATE_VARIABLE];
      await dropServerDatabase(server, name);
    };
  }
  const embedded = await startEmbeddedPostgres();
  let dump: Blob;
  try {
    await prepare(embedded.url);
    dump = await embedded.dumpDataDir();
  } finally {
    await embedded.stop();
  }
  const folder = mkdtempSync(join(tmpdir(), 'edhr-test-template-'));
  const dumpFile = join(folder, 'template.tar');
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  process.env[TEMPLATE_VARIABLE] = JSON.stringify({ kind: 'embedded', dumpFile } satisfies TemplateRef);
  return async () => {
    delete process.env[TEMPLATE_VARIABLE];
    rmSync(folder, { recursive: true, force: true });
  };
}

function databaseUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createServerDatabase(server: string, name: string, template?: string): Promise<void> {
  await withAdmin(server, async (client) => {
    // Copies of one template may be taken while another copy is still reading it; PostgreSQL then
    // answers "being accessed by other users" (55006), which passes in a moment.
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database ${name}${template ? ` template ${template}` : ''}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * Math.min(attempt, 10)));
      }
    }
  });
}

async function dropServerDatabase(server: string, name: string): Promise<void> {
  await withAdmin(server, (client) => client.query(`drop database if exists ${name} with (force)`));
}
