import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, openSubgraphDatabase, startSubgraphServer, buildFederatedSchema, systemClock, type RunningServer } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing/test-database';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { defineEntity, p } from '@mikro-orm/postgresql';
import { TcpProxy } from './tcp-proxy';

const Probe = defineEntity({ name: 'Probe', tableName: 'probe', properties: { id: p.integer().primary() } });

@ObjectType('Ping')
class Ping {
  @Field(() => String)
  answer!: string;
}

@Resolver()
class PingResolver {
  @Query(() => Ping)
  ping(): Ping {
    return { answer: 'pong' };
  }
}

describe('liveness and readiness', { timeout: 120_000 }, () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let orm: MikroORM;
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(database.url);
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(database.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    orm = await openSubgraphDatabase({ url: viaProxy.toString(), schema: 'ping', entities: [Probe], migrations: [] }, { migrate: false });
    server = await startSubgraphServer({
      name: 'ping',
      schema: await buildFederatedSchema({ resolvers: [PingResolver] }),
      orm,
      logger: createLogger('ping', 'silent'),
      host: '127.0.0.1',
      port: 0,
      production: false,
      internalTokenSecret: 'x'.repeat(32),
      clock: systemClock,
    });
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await server?.stop();
    await orm?.close();
    await proxy?.cut().catch(() => undefined);
    await database?.stop();
  });

  const ready = async () => {
    const response = await fetch(`${base}/health/ready`);
    return { status: response.status, body: (await response.json()) as { status: string; database: { ok: boolean } } };
  };

  it('is live and ready while the database answers', async () => {
    const live = await fetch(`${base}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok', service: 'ping' });
    expect(await ready()).toMatchObject({ status: 200, body: { status: 'ready', database: { ok: true } } });
  });

  it('reports not ready while the database is unreachable, and recovers without a restart', async () => {
    await proxy.cut();
    const during = await ready();
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({ status: 'unavailable', database: { ok: false } });
    expect((await fetch(`${base}/health/live`)).status).toBe(200);

    await proxy.start(); // same port again
    let after = await ready();
    // The pool may hand out one connection that died during the outage; it is then replaced.
    for (let attempt = 0; attempt < 5 && after.status !== 200; attempt++) after = await ready();
    expect(after).toMatchObject({ status: 200, body: { status: 'ready' } });
  });
});
