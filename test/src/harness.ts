import { startLocalFederation, type LocalFederation, type LocalFederationOptions } from '@edhr/federation/local-federation';
import { createTestDatabase, type TestDatabase } from '@edhr/kit/testing';
import { SignJWT } from 'jose';
import { systemClock, type Clock, type Role } from '@edhr/kit';

// Keep test output readable; LOG_LEVEL=info shows every service's log lines.
process.env.LOG_LEVEL ??= 'warn';
// The partners subgraph's cell-key secret; without it a development one would be written to the data folder.
process.env.DISCLOSURE_KEY ??= 'e2e-disclosure-key-'.padEnd(48, 'k');

export const AUTH_SECRET = 'e2e-shared-key-'.padEnd(48, 'k');

export interface Harness {
  federation: LocalFederation;
  /** POSTs a GraphQL operation to the gateway and returns status, headers and parsed body. */
  query(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } }>;
  stop(): Promise<void>;
}

/** Starts the whole federation on free loopback ports against a fresh test database. */
export async function startHarness(options: Partial<LocalFederationOptions> = {}): Promise<Harness> {
  const database: TestDatabase = await createTestDatabase();
  try {
    const federation = await startLocalFederation({
      databaseUrl: database.url,
      gatewayPort: 0,
      subgraphPorts: 'free',
      auth: { kind: 'shared-key', secret: AUTH_SECRET },
      ...options,
    });
    return {
      federation,
      async query(query, { variables, token, headers } = {}) {
        const response = await fetch(federation.gatewayUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
          body: JSON.stringify({ query, variables }),
        });
        return { status: response.status, headers: response.headers, body: (await response.json()) as never };
      },
      async stop() {
        await federation.stop();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/**
 * A bearer token the harness's gateway accepts: valid for ten minutes by `clock`, which must be
 * the federation's (a token from the system clock has long expired for a federation fixed in 2027).
 */
export function tokenFor(
  roles: Role[],
  claims: { subject?: string; partnerId?: string; themes?: string[] } = {},
  clock: Clock = systemClock,
): Promise<string> {
  const issuedAt = Math.floor(clock.now().getTime() / 1000);
  return new SignJWT({ roles, partner_id: claims.partnerId, themes: claims.themes })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.subject ?? `test-${roles.join('-')}`)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 600)
    .sign(new TextEncoder().encode(AUTH_SECRET));
}

/**
 * The sum of a gateway metric's series for one operation name, read from its `/metrics` with
 * `scrapeToken` (the METRICS_TOKEN the federation was started with).
 */
export async function operationMetric(harness: Harness, scrapeToken: string, operationName: string): Promise<(name: string) => number> {
  const response = await fetch(harness.federation.gatewayUrl.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${scrapeToken}` } });
  const lines = (await response.text()).split('\n');
  return (name) =>
    lines
      .filter((line) => line.startsWith(`${name}{`) && line.includes(`operationName="${operationName}"`))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
