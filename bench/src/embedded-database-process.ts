/**
 * The embedded database in a process of its own for the benchmark (in memory, on
 * BENCH_DATABASE_PORT), so the services reach it over loopback as they would a PostgreSQL server.
 */
import { createServer } from 'node:http';
import { startEmbeddedPostgres } from '@edhr/kit';

const database = await startEmbeddedPostgres({ port: Number(process.env.BENCH_DATABASE_PORT) });
// Readiness is a health endpoint like every other service's.
const health = createServer((_req, res) => res.end('ready')).listen(Number(process.env.BENCH_HEALTH_PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  health.close();
  void database.stop().then(() => process.exit(0));
});
