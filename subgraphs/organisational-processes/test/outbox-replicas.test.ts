import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { fixedClock, type Clock } from '@edhr/kit';
import { OutboxDeliverer } from '../src/peers/outbox/outbox-deliverer';
import { PluginOutboxEntity } from '../src/model/outbox/plugin-outbox.entity';
import { openRegistryDatabase, type RegistryDatabase } from './registry-database';

const S = '"organisational_processes"';
const PLUGINS = 40;
const VERSIONS = ['1.0.0', '1.1.0', '2.0.0'];
const clock = fixedClock('2026-11-20T09:00:00Z');

/** A people-culture stand-in on a free loopback port: records every sync it receives, in order. */
async function startReceiver(): Promise<{ url: string; received: { pluginId: string; pluginVersion: string }[]; close(): Promise<void> }> {
  const received: { pluginId: string; pluginVersion: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { input } = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { input: { pluginId: string; pluginVersion: string } } }).variables;
      received.push({ pluginId: input.pluginId, pluginVersion: input.pluginVersion });
      // A little latency, so the two replicas' passes overlap.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data: { syncStaffSurveyActions: { pluginId: input.pluginId, received: 1 } } }));
      }, 3);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('outbox delivery with two replicas on one database', { timeout: 180_000 }, () => {
  let db: RegistryDatabase;
  const pending = async () =>
    Number((await db.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${S}.plugin_outbox where status = 'pending'`))[0]!.n);

  beforeAll(async () => {
    db = await openRegistryDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  const queue = async (pluginIds: string[], versions: string[]) => {
    const em = db.orm.em.fork();
    const base = clock.now().getTime() - 60_000;
    for (const [v, version] of versions.entries()) {
      for (const pluginId of pluginIds) {
        em.create(PluginOutboxEntity, {
          id: randomUUID(),
          pluginId,
          pluginVersion: version,
          target: 'people-culture',
          payload: { pluginId, pluginVersion: version, organisation: 'west-midlands-police', strategy: 'wmp-edhr-strategy', actions: [] },
          status: 'pending',
          attempts: 0,
          lastError: null,
          nextAttemptAt: new Date(base + v),
          claimToken: null,
          createdAt: new Date(base + v),
          deliveredAt: null,
        });
      }
    }
    await em.flush();
  };

  it('delivers every row exactly once, each plugin’s versions in order, when two deliverers run at once', async () => {
    const receiver = await startReceiver();
    try {
      const pluginIds = Array.from({ length: PLUGINS }, (_, i) => `replica-plugin-${String(i).padStart(2, '0')}`);
      await queue(pluginIds, VERSIONS);
      expect(await pending()).toBe(PLUGINS * VERSIONS.length);

      // Two replicas: each its own pool on the same database, the real delivery path over HTTP.
      const replica = async () =>
        new OutboxDeliverer({
          orm: await db.open(),
          fetch: (url, init) => fetch(url, init),
          targets: { 'people-culture': receiver.url },
          headers: async () => ({}),
          clock,
          batchSize: 5,
        });
      const [a, b] = [await replica(), await replica()];
      const drain = async (deliverer: OutboxDeliverer) => {
        let delivered = 0;
        // Bounded: far more passes than the rows need.
        for (let pass = 0; pass < 500 && (await pending()) > 0; pass++) delivered += (await deliverer.deliverDue()).delivered;
        return delivered;
      };
      const [byA, byB] = await Promise.all([drain(a), drain(b)]);

      expect(await pending()).toBe(0);
      expect(byA + byB).toBe(PLUGINS * VERSIONS.length);
      expect(byA).toBeGreaterThan(0);
      expect(byB).toBeGreaterThan(0);
      // The receiver saw each plugin version exactly once…
      const sent = receiver.received.map((r) => `${r.pluginId}@${r.pluginVersion}`);
      expect(sent).toHaveLength(PLUGINS * VERSIONS.length);
      expect(new Set(sent).size).toBe(PLUGINS * VERSIONS.length);
      // …and each plugin's versions in the order they were written.
      for (const pluginId of pluginIds) {
        expect(receiver.received.filter((r) => r.pluginId === pluginId).map((r) => r.pluginVersion)).toEqual(VERSIONS);
      }
      const rows = await db.orm.em.getConnection().execute<{ attempts: number; claim_token: string | null }[]>(
        `select attempts, claim_token from ${S}.plugin_outbox where plugin_id like 'replica-plugin-%'`,
      );
      expect(rows.every((r) => r.attempts === 1 && r.claim_token === null)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it('a replica whose lease ran out while sending does not record over the replica that took the row', async () => {
    await queue(['lease-plugin'], ['1.0.0']);
    let now = new Date(clock.now().getTime());
    const moving: Clock = { now: () => now };
    const ok = async () => ({ ok: true, status: 200, text: async () => JSON.stringify({ data: { syncStaffSurveyActions: { pluginId: 'lease-plugin', received: 1 } } }) });
    const second = new OutboxDeliverer({ orm: await db.open(), fetch: ok, targets: { 'people-culture': 'http://127.0.0.1:9/graphql' }, headers: async () => ({}), clock: moving });
    let secondPass: { delivered: number; failed: number } | undefined;
    const slow = new OutboxDeliverer({
      orm: await db.open(),
      // While the first replica's request hangs, its lease runs out and the second replica delivers the row.
      fetch: async () => {
        now = new Date(now.getTime() + 31_000);
        secondPass = await second.deliverDue();
        throw new Error('socket hang up');
      },
      targets: { 'people-culture': 'http://127.0.0.1:9/graphql' },
      headers: async () => ({}),
      clock: moving,
    });

    expect(await slow.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    expect(secondPass).toEqual({ delivered: 1, failed: 0 });
    const [row] = await db.orm.em.getConnection().execute<any[]>(`select * from ${S}.plugin_outbox where plugin_id = 'lease-plugin'`);
    // The first replica's failure did not turn the delivered row back into a pending retry.
    expect(row).toMatchObject({ status: 'delivered', attempts: 1, last_error: null, claim_token: null });
  });

  it('refuses a lease no longer than the request timeout', () => {
    expect(
      () => new OutboxDeliverer({ orm: db.orm, fetch: async () => { throw new Error('unused'); }, targets: {}, headers: async () => ({}), clock, leaseMs: 5_000, requestTimeoutMs: 5_000 }),
    ).toThrow('leaseMs (5000) must be longer than requestTimeoutMs (5000)');
  });
});
