import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, verifyInternalToken, type Clock, type Identity } from '@edhr/kit';
import wmpEdhrDeliveryPlan from '@edhr/plugin-wmp-edhr-delivery-plan';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { OutboxDeliverer } from '../src/peers/outbox/outbox-deliverer';
import type { FetchLike } from '../src/peers/service-calls/graphql-client';
import { serviceHeaders } from '../src/peers/service-calls/service-identity';
import { openRegistrySubgraph, seedPlugins, type RegistrySubgraph } from './registry-database';

const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const S = '"organisational_processes"';
const PEOPLE_CULTURE = 'http://people-culture.test/graphql';
// Registrations happen at this instant; the deliverers below run on clocks the tests move on.
const clock = fixedClock('2026-11-15T10:00:00Z');

describe('staff-survey outbox', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  let service: PluginRegistrationService;
  const outbox = () =>
    db.orm.em.getConnection().execute<any[]>(`select * from ${S}.plugin_outbox order by created_at, id`);

  beforeAll(async () => {
    db = await openRegistrySubgraph();
    service = new PluginRegistrationService(db.orm.em, clock);
    for (const plugin of seedPlugins) await service.register(plugin, { sourceKind: 'module', sourceRef: 'test' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('queues the staff-survey actions of a registration in the same transaction, once per version', async () => {
    const rows = await outbox();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ plugin_id: 'wmp-edhr-delivery-plan', target: 'people-culture', status: 'pending', attempts: 0, last_error: null, delivered_at: null });
    expect(row.payload).toMatchObject({
      pluginId: 'wmp-edhr-delivery-plan',
      pluginVersion: row.plugin_version,
      organisation: 'west-midlands-police',
      // The delivery plan extends the WMP EDHR strategy: its content belongs to that strategy.
      strategy: 'wmp-edhr-strategy',
    });
    expect(row.payload.actions).toHaveLength(20);
    expect(row.payload.actions[0]).toMatchObject({ number: expect.any(String), issue: expect.any(String) });

    // The same version again is a no-op and queues nothing more.
    expect((await service.register(wmpEdhrDeliveryPlan, { sourceKind: 'module', sourceRef: 'test' })).outcome).toBe('unchanged');
    expect(await outbox()).toHaveLength(1);
  });

  it('delivers with a service token, retrying with backoff until people-culture answers', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const moving: Clock = { now: () => now };
    const calls: { url: string; headers: Record<string, string>; body: any }[] = [];
    const fakeFetch: FetchLike = async (url, init) => {
      calls.push({ url, headers: init.headers, body: JSON.parse(init.body) });
      if (calls.length === 1) throw new Error('connect ECONNREFUSED 127.0.0.1:4102');
      return { ok: true, status: 200, text: async () => JSON.stringify({ data: { syncStaffSurveyActions: { pluginId: 'wmp-edhr-delivery-plan', received: 20 } } }) };
    };
    const deliverer = new OutboxDeliverer({
      orm: db.orm,
      fetch: fakeFetch,
      targets: { 'people-culture': PEOPLE_CULTURE },
      headers: () => serviceHeaders(SECRET, moving),
      clock: moving,
    });

    expect(await deliverer.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'connect ECONNREFUSED 127.0.0.1:4102' });
    expect(new Date(row.next_attempt_at).getTime()).toBe(now.getTime() + 1_000);

    // Not due yet: nothing is sent.
    expect(await deliverer.deliverDue()).toEqual({ delivered: 0, failed: 0 });
    expect(calls).toHaveLength(1);

    now = new Date(now.getTime() + 1_000);
    expect(await deliverer.deliverDue()).toEqual({ delivered: 1, failed: 0 });
    [row] = await outbox();
    expect(row).toMatchObject({ status: 'delivered', attempts: 2, last_error: null });
    expect(new Date(row.delivered_at)).toEqual(now);

    const sent = calls[1]!;
    expect(sent.url).toBe(PEOPLE_CULTURE);
    expect(sent.body.query).toMatch(/syncStaffSurveyActions\(input: \$input\)/);
    expect(sent.body.variables.input).toEqual(row.payload);
    expect(await verifyInternalToken(sent.headers['x-edhr-internal-token'], SECRET, moving)).toMatchObject({
      subject: 'organisational-processes',
      roles: ['service'],
    });

    // Delivered rows are not sent again.
    expect(await deliverer.deliverDue()).toEqual({ delivered: 0, failed: 0 });
  });

  it('backs off exponentially up to a minute and reports GraphQL errors as the reason', async () => {
    const deliverer = new OutboxDeliverer({ orm: db.orm, fetch: async () => { throw new Error('x'); }, targets: {}, headers: async () => ({}), clock });
    expect([1, 2, 3, 6, 7, 8, 50].map((n) => deliverer.backoffMs(n))).toEqual([1_000, 2_000, 4_000, 32_000, 60_000, 60_000, 60_000]);

    const next = { ...structuredClone(wmpEdhrDeliveryPlan), version: '9.0.0' };
    // Registered a day after the first version: the outbox keeps versions in the order they were written.
    await new PluginRegistrationService(db.orm.em, fixedClock('2026-11-16T10:00:00Z')).register(next, { sourceKind: 'module', sourceRef: 'test' });
    let now = new Date('2031-01-01T00:00:00Z');
    const refusing = new OutboxDeliverer({
      orm: db.orm,
      fetch: async () => ({ ok: true, status: 200, text: async () => JSON.stringify({ errors: [{ message: 'Unknown type "StaffSurveySyncInput".' }] }) }),
      targets: { 'people-culture': PEOPLE_CULTURE },
      headers: async () => ({}),
      clock: { now: () => now },
    });
    expect(await refusing.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    now = new Date(now.getTime() + 1_000);
    expect(await refusing.deliverDue()).toEqual({ delivered: 0, failed: 1 });

    const result = await db.execute(
      `{ plugin(id: "wmp-edhr-delivery-plan") { deliveries { target pluginVersion status attempts lastError deliveredAt } } }`,
      {},
      ADMIN,
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any).plugin.deliveries).toEqual([
      { target: 'people-culture', pluginVersion: wmpEdhrDeliveryPlan.version, status: 'delivered', attempts: 2, lastError: null, deliveredAt: '2030-01-01T00:00:01.000Z' },
      { target: 'people-culture', pluginVersion: '9.0.0', status: 'pending', attempts: 2, lastError: 'Unknown type "StaffSurveySyncInput".', deliveredAt: null },
    ]);
  });
  it('stopping waits for the send in flight and records its outcome before the database may close', async () => {
    const now = new Date('2032-01-01T00:00:00Z');
    let answer!: () => void;
    let sending!: () => void;
    const sendStarted = new Promise<void>((resolve) => (sending = resolve));
    const deliverer = new OutboxDeliverer({
      orm: db.orm,
      fetch: () =>
        new Promise((resolve) => {
          sending();
          answer = () => resolve({ ok: true, status: 200, text: async () => JSON.stringify({ data: { syncStaffSurveyActions: { pluginId: 'wmp-edhr-delivery-plan', received: 20 } } }) });
        }),
      targets: { 'people-culture': PEOPLE_CULTURE },
      headers: async () => ({}),
      clock: { now: () => now },
    });
    deliverer.start(0);
    await sendStarted;
    let stopped = false;
    const stopping = deliverer.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    answer();
    await stopping;
    const versions = (await outbox()).filter((row) => row.plugin_version === '9.0.0');
    expect(versions).toEqual([expect.objectContaining({ status: 'delivered', attempts: 3, last_error: null })]);
    expect(new Date(versions[0].delivered_at)).toEqual(now);
  });
});
