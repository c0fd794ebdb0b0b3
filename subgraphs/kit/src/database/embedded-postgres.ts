import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A connection URL for the `pg` driver, e.g. postgres://postgres@127.0.0.1:54329/postgres */
  url: string;
  /** A copy of the database's files, for {@link EmbeddedPostgresOptions.loadDataDir}. */
  dumpDataDir(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the database files; omit for an in-memory database (tests). */
  dataDir?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Client connections served at once through the multiplexer. */
  maxConnections?: number;
  /** Start from a copy of another instance's files (see `dumpDataDir`) instead of an empty cluster. */
  loadDataDir?: Blob;
}

/**
 * Starts PGlite behind the PostgreSQL wire protocol, so services use the same `pg` driver
 * path against it as against a real server.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const host = options.host ?? '127.0.0.1';
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const server = new PGLiteSocketServer({
    db,
    host,
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 64,
  });
  await server.start();
  const port = server.getServerConn().split(':').pop();
  return {
    url: `postgres://postgres:postgres@${host}:${port}/postgres`,
    // Uncompressed: loading it back is then several times faster than starting an empty cluster.
    dumpDataDir: () => db.dumpDataDir('none'),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
