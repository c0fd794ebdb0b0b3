/**
 * Child process of the benchmark: the whole federation on an in-memory embedded database
 * (or TEST_DATABASE_URL), so the load generator does not share its event loop. A benchmark that
 * prepared its own database passes it in BENCH_DATABASE_URL; BENCH_AUTH_SECRET makes the gateway
 * take bearer tokens signed with it (otherwise it takes none: every caller is public).
 */
import { startLocalFederation } from '@edhr/federation/local-federation';
import { createTestDatabase } from '@edhr/kit/testing';

const given = process.env.BENCH_DATABASE_URL;
const database = given ? { url: given, stop: async () => undefined } : await createTestDatabase();
const secret = process.env.BENCH_AUTH_SECRET;
const federation = await startLocalFederation({
  databaseUrl: database.url,
  gatewayPort: 0,
  subgraphPorts: 'free',
  auth: secret ? { kind: 'shared-key', secret } : { kind: 'none' },
  limits: { requestsPerMinute: 10_000_000 },
});
process.send?.({
  gatewayUrl: federation.gatewayUrl,
  subgraphs: Object.fromEntries(federation.subgraphs.map((s) => [s.name, s.url])),
  internalTokenSecret: federation.internalTokenSecret,
});
async function stop(): Promise<void> {
  try {
    await federation.stop();
  } finally {
    await database.stop();
  }
}
process.on('message', (message) => {
  if (message !== 'stop') return;
  // A failed stop exits non-zero with the reason instead of an unhandled rejection, and the
  // database is stopped even when the federation was not.
  stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('benchmark federation did not stop cleanly:', error);
      process.exit(1);
    },
  );
});
