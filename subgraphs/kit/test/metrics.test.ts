import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { defineEntity, p } from '@mikro-orm/postgresql';
import {
  buildFederatedSchema,
  createLogger,
  createMetricsRegistry,
  INTERNAL_TOKEN_HEADER,
  openSubgraphDatabase,
  registerDatabasePoolMetrics,
  signInternalToken,
  startSubgraphServer,
  systemClock,
  type MetricsAccess,
  type RunningServer,
} from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';

const MetricsProbeRow = defineEntity({ name: 'MetricsProbeRow', tableName: 'metrics_probe', properties: { id: p.integer().primary() } });

@ObjectType('MetricsProbe')
class MetricsProbe {
  @Field(() => String)
  answer!: string;
}

@Resolver()
class MetricsProbeResolver {
  @Query(() => MetricsProbe)
  metricsProbe(): MetricsProbe {
    return { answer: 'pong' };
  }

  @Query(() => MetricsProbe)
  failingProbe(): MetricsProbe {
    throw new GraphQLError('no such probe', { extensions: { code: 'NOT_FOUND' } });
  }
}

const SECRET = 'a-metrics-test-secret-of-thirty-two-chars';
const SCRAPE_TOKEN = 'a-scraper-token-of-at-least-32-characters';

describe('subgraph /metrics', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let orm: MikroORM;
  const servers: RunningServer[] = [];

  const serve = async (access: MetricsAccess) => {
    const registry = createMetricsRegistry('metrics-probe');
    registerDatabasePoolMetrics(registry, orm);
    const server = await startSubgraphServer({
      name: 'metrics-probe',
      schema: await buildFederatedSchema({ resolvers: [MetricsProbeResolver] }),
      orm,
      logger: createLogger('metrics-probe', 'silent'),
      host: '127.0.0.1',
      port: 0,
      production: false,
      internalTokenSecret: SECRET,
      clock: systemClock,
      metrics: { registry, access },
    });
    servers.push(server);
    return server.url.replace(/\/graphql$/, '');
  };
  const ask = async (base: string, query: string, operationName?: string, variables?: Record<string, unknown>) => {
    const token = await signInternalToken({ subject: 'metrics-test', roles: ['staff'] }, SECRET);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body: JSON.stringify({ query, operationName, variables }),
    });
    return response.json() as Promise<{ data?: unknown; errors?: unknown[] }>;
  };
  /** The value of one series, or undefined when it is absent. */
  const series = (text: string, line: string): number | undefined => {
    const found = text.split('\n').find((l) => l.startsWith(`${line} `));
    return found === undefined ? undefined : Number(found.slice(line.length + 1));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openSubgraphDatabase({ url: database.url, schema: 'metrics_probe', entities: [MetricsProbeRow], migrations: [] }, { migrate: false });
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await orm?.close();
    await database?.stop();
  });

  it('counts and times operations by name and outcome, counts errors by code, and shows the pool', async () => {
    const base = await serve({ kind: 'open' });
    expect(await ask(base, 'query Probe { metricsProbe { answer } }')).toEqual({ data: { metricsProbe: { answer: 'pong' } } });
    await ask(base, 'query Probe { metricsProbe { answer } }');
    // A variable's value and the document never reach the metrics, only the operation name.
    const failed = await ask(base, 'query Failing { failingProbe { answer } }', 'Failing', { secret: 'partner-row-42' });
    expect(failed.errors).toHaveLength(1);
    await ask(base, '{ metricsProbe { answer } }');
    await orm.em.getConnection().execute('select 1');

    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    const s = 'service="metrics-probe"';
    expect(series(text, `edhr_subgraph_operations_total{operation="Probe",outcome="ok",${s}}`)).toBe(2);
    expect(series(text, `edhr_subgraph_operations_total{operation="Failing",outcome="error",${s}}`)).toBe(1);
    expect(series(text, `edhr_subgraph_operations_total{operation="anonymous",outcome="ok",${s}}`)).toBe(1);
    expect(series(text, `edhr_subgraph_operation_errors_total{operation="Failing",code="NOT_FOUND",${s}}`)).toBe(1);
    expect(series(text, `edhr_subgraph_operation_duration_seconds_count{${s},operation="Probe"}`)).toBe(2);
    expect(series(text, `edhr_db_pool_max_connections{${s}}`)).toBe(10);
    expect(series(text, `edhr_db_pool_connections{${s}}`)).toBeGreaterThanOrEqual(1);
    expect(series(text, `edhr_db_pool_connections_in_use{${s}}`)).toBe(0);
    expect(series(text, `edhr_db_pool_waiting_requests{${s}}`)).toBe(0);
    expect(series(text, `process_cpu_user_seconds_total{${s}}`)).toBeGreaterThan(0);
    expect(text).not.toContain('partner-row-42');
    expect(text).not.toContain('failingProbe');
  });

  it('keeps the operation label to plain GraphQL names', async () => {
    const base = await serve({ kind: 'open' });
    await ask(base, 'query Probe { metricsProbe { answer } }', 'Probe');
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(series(text, `edhr_subgraph_operations_total{operation="Probe",outcome="ok",service="metrics-probe"}`)).toBe(1);
  });

  it('asks for the scraper token when one is set, and serves nothing when closed', async () => {
    const guarded = await serve({ kind: 'token', token: SCRAPE_TOKEN });
    const without = await fetch(`${guarded}/metrics`);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer');
    expect(await without.json()).toEqual({ errors: [{ message: 'Metrics need the scraper bearer token.', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect((await fetch(`${guarded}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}x` } })).status).toBe(401);
    const scraped = await fetch(`${guarded}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('edhr_db_pool_connections');

    const closed = await serve({ kind: 'closed' });
    const refused = await fetch(`${closed}/metrics`, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});
