import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface TestDatabase {
  url: string;
  /** `embedded` (PGlite) or `server` (a real PostgreSQL from TEST_DATABASE_URL / DATABASE_URL). */
  kind: 'embedded' | 'server';
  stop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file. With TEST_DATABASE_URL (or DATABASE_URL) set,
 * a new database is created on that server and dropped afterwards; otherwise an in-memory
 * embedded one is started.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, kind: 'embedded', stop: () => embedded.stop() };
  }
  const name = `edhr_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'server',
    async stop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
