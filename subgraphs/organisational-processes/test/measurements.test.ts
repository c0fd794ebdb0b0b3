import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, verifyInternalToken, type Clock, type Identity } from '@edhr/kit';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { MeasurementRefresher } from '../src/peers/measurement-refresh/measurement-refresher';
import type { FetchLike } from '../src/peers/service-calls/graphql-client';
import { serviceHeaders } from '../src/peers/service-calls/service-identity';
import { kpiTestPlugin } from './kpi-fixture';
import { count, openRegistrySubgraph, type RegistrySubgraph } from './registry-database';


const ADMIN: Identity = { subject: 'admin-user', roles: ['admin'] };
const STAFF: Identity = { subject: 'staff-user', roles: ['staff'] };
const OWNER: Identity = { subject: 'theme-owner-1', roles: ['theme-owner'], themes: ['kpi-test:people'] };
const OTHER_OWNER: Identity = { subject: 'theme-owner-2', roles: ['theme-owner'], themes: ['kpi-test:elsewhere'] };
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const S = '"organisational_processes"';
// 23:30 UTC on 30 June 2027: 00:30 BST on 1 July in the UK, the first day of 2027-Q3.
const clock = fixedClock('2027-06-30T23:30:00Z');

const RECORD = `mutation ($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) { period value source note recordedBy correctionReason revisions { value source recordedBy correctionReason correctedBy } }
}`;

describe('measurements', { timeout: 120_000 }, () => {
  let db: RegistrySubgraph;
  const run = async (source: string, variableValues: Record<string, unknown> = {}, identity: Identity = STAFF, at: Clock = clock) => {
    return db.execute(source, variableValues, identity, { clock: at });
  };
  const record = (input: Record<string, unknown>, identity: Identity = OWNER, at: Clock = clock) => run(RECORD, { input }, identity, at);
  const kpi = async (id: string, at: Clock = clock) => {
    const result = await run(
      `{ strategy(id: "kpi-test-strategy") { themes { kpis { id rag stale trend { direction change improving } latest { period value }
        measurements { period value correctionReason revisions { value correctionReason } } } } } }`,
      {},
      STAFF,
      at,
    );
    expect(result.errors).toBeUndefined();
    return (result.data as any).strategy.themes[0].kpis.find((k: any) => k.id === id);
  };

  beforeAll(async () => {
    db = await openRegistrySubgraph();
    await new PluginRegistrationService(db.orm.em, clock).register(kpiTestPlugin, { sourceKind: 'module', sourceRef: 'test' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('lets an admin, or an owner of the KPI\'s theme, record values; nobody else', async () => {
    const input = { kpi: 'kpi-test:complaints', period: '2023', value: 12, source: 'Complaints log' };
    expect((await record(input, STAFF)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record(input, OTHER_OWNER)).errors?.[0]?.message).toMatch(/owner of theme "kpi-test:people"/);
    expect((await record({ ...input, kpi: 'kpi-test:strategic' }, OWNER)).errors?.[0]?.message).toMatch(/only an admin/);
    expect((await record({ ...input, kpi: 'kpi-test:nope' }, ADMIN)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const ok = await record(input, OWNER);
    expect(ok.errors).toBeUndefined();
    expect((ok.data as any).recordMeasurement).toEqual({
      period: '2023', value: 12, source: 'Complaints log', note: null, recordedBy: 'theme-owner-1', correctionReason: null, revisions: [],
    });
    expect((await record({ ...input, kpi: 'kpi-test:strategic' }, ADMIN)).errors).toBeUndefined();
  });

  it('refuses a wrong period form, a period of the wrong frequency and a value out of range, naming each field', async () => {
    const bad = await record({ kpi: 'kpi-test:share', period: '2024', value: 120, source: ' ' });
    const error = bad.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe('period');
    expect((error?.extensions?.problems as any[]).map((p) => [p.path, p.message])).toEqual([
      ['period', expect.stringMatching(/reported quarterly: write the period as YYYY-Qn/)],
      ['value', expect.stringMatching(/between 0 and 100/)],
      ['source', expect.stringMatching(/must not be empty/)],
    ]);
    const notAPeriod = await record({ kpi: 'kpi-test:share', period: '2024-Q5', value: 40, source: 'x' });
    expect(notAPeriod.errors?.[0]?.message).toMatch(/period: "2024-Q5" is not a period/);
    const fraction = await record({ kpi: 'kpi-test:complaints', period: '2022', value: 2.5, source: 'x' });
    expect(fraction.errors?.[0]?.extensions?.field).toBe('value');
    expect(await count(db.orm, `select count(*) as n from ${S}.measurement m join ${S}.kpi k on k.id = m.kpi_id where k.key = 'share'`)).toBe(0);
  });

  it('refuses a second value for a period unless it is a correction, which keeps the old value as a revision', async () => {
    const first = { kpi: 'kpi-test:complaints', period: '2024', value: 30, source: 'Log v1', note: 'first count' };
    expect((await record(first)).errors).toBeUndefined();
    const again = await record({ ...first, value: 31 });
    expect(again.errors?.[0]?.extensions?.field).toBe('correctionReason');
    expect(again.errors?.[0]?.message).toMatch(/a value \(30\) is already recorded for 2024/);

    const corrected = await record({ ...first, value: 28, source: 'Log v2', note: null, correctionReason: 'Duplicates removed' }, ADMIN, fixedClock('2027-06-30T23:40:00Z'));
    expect(corrected.errors).toBeUndefined();
    expect((corrected.data as any).recordMeasurement).toEqual({
      period: '2024', value: 28, source: 'Log v2', note: null, recordedBy: 'admin-user', correctionReason: 'Duplicates removed',
      revisions: [{ value: 30, source: 'Log v1', recordedBy: 'theme-owner-1', correctionReason: 'Duplicates removed', correctedBy: 'admin-user' }],
    });
    const history = () => db.orm.em.getConnection().execute(`select * from ${S}.measurement_revision order by corrected_at`);
    const before = await history();
    expect((await record({ ...first, value: 27, correctionReason: 'Late returns' }, OWNER, fixedClock('2027-06-30T23:50:00Z'))).errors).toBeUndefined();
    const after = await history();
    // Append-only: the earlier revision is untouched, the new one added.
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toMatchObject({ value: 28, correction_reason: 'Late returns' });
    // Each revision keeps when it was recorded and when it was replaced, by the clock of each request.
    expect(after.map((r: any) => [new Date(r.recorded_at).toISOString(), new Date(r.corrected_at).toISOString()])).toEqual([
      ['2027-06-30T23:30:00.000Z', '2027-06-30T23:40:00.000Z'],
      ['2027-06-30T23:40:00.000Z', '2027-06-30T23:50:00.000Z'],
    ]);

    const shown = await kpi('kpi-test:complaints');
    expect(shown.measurements).toEqual([
      { period: '2023', value: 12, correctionReason: null, revisions: [] },
      {
        period: '2024', value: 27, correctionReason: 'Late returns',
        revisions: [{ value: 30, correctionReason: 'Duplicates removed' }, { value: 28, correctionReason: 'Late returns' }],
      },
    ]);
    expect(shown.latest).toEqual({ period: '2024', value: 27 });
  });

  it('gives RAG, trend and staleness from the latest values', async () => {
    expect(await kpi('kpi-test:share')).toMatchObject({ rag: 'NO_DATA', stale: false, trend: { direction: 'INSUFFICIENT_DATA' } });
    // Rising towards a target of 50: amber, then green.
    for (const [period, value] of [['2026-Q4', 40], ['2027-Q1', 46]] as const) {
      expect((await record({ kpi: 'kpi-test:share', period, value, source: 'HR' })).errors).toBeUndefined();
    }
    expect(await kpi('kpi-test:share')).toMatchObject({ rag: 'AMBER', stale: false, trend: { direction: 'UP', change: 6, improving: true } });
    // 2027-Q1's value is overdue once 2027-Q2 has ended and two months have passed: from 1 September
    // in the UK, which begins at 23:00 UTC on 31 August.
    expect(await kpi('kpi-test:share', fixedClock('2027-08-31T22:30:00Z'))).toMatchObject({ rag: 'AMBER', stale: false });
    expect(await kpi('kpi-test:share', fixedClock('2027-08-31T23:30:00Z'))).toMatchObject({ rag: 'STALE', stale: true });
    expect((await record({ kpi: 'kpi-test:share', period: '2027-Q2', value: 52, source: 'HR' })).errors).toBeUndefined();
    expect(await kpi('kpi-test:share')).toMatchObject({ rag: 'GREEN', stale: false, latest: { period: '2027-Q2', value: 52 } });
    // Complaints (annual, no target, lower is better): 12 then 27; the 2024 value is overdue from 1 July 2026.
    expect(await kpi('kpi-test:complaints')).toMatchObject({ stale: true, rag: 'STALE', trend: { direction: 'UP', improving: false } });
    expect(await kpi('kpi-test:complaints', fixedClock('2026-06-30T22:59:00Z'))).toMatchObject({ stale: false, rag: 'NO_TARGET' });
  });

  it('refreshes query-based KPIs through the gateway; a failing KPI does not stop the others', async () => {
    const calls: { url: string; headers: Record<string, string>; body: any }[] = [];
    let ratio = 1.8;
    const fakeFetch: FetchLike = async (url, init) => {
      const body = JSON.parse(init.body);
      calls.push({ url, headers: init.headers, body });
      // Valid at registration; the second and third answer as if the contract had changed since.
      const answer = body.query.includes('disparity')
        ? { data: { disparity: { rows: [{ ratio: { value: ratio } }] } } }
        : body.query.includes('disclosureRate')
          ? { data: null, errors: [{ message: 'Cannot query field "disclosureRate" on type "Query".' }] }
          : { data: { representation: null } };
      return { ok: true, status: 200, text: async () => JSON.stringify(answer) };
    };
    const progress: string[] = [];
    const refresher = new MeasurementRefresher({
      em: db.orm.em,
      fetch: fakeFetch,
      gatewayUrl: 'http://gateway.test/graphql',
      headers: () => serviceHeaders(SECRET, clock),
      clock,
      recordedBy: 'test-refresh',
      onResult: (r, i, total) => progress.push(`${i + 1}/${total} ${r.kpi} ${r.status}`),
    });
    const results = await refresher.refresh('kpi-test-strategy', '2024');
    expect(results).toEqual([
      { kpi: 'kpi-test:queried', status: 'ok', value: 1.8, outcome: 'recorded', reason: null },
      { kpi: 'kpi-test:queried-no-period', status: 'error', value: null, outcome: null, reason: expect.stringMatching(/GraphQL errors: Cannot query field "disclosureRate"/) },
      { kpi: 'kpi-test:queried-broken', status: 'error', value: null, outcome: null, reason: expect.stringMatching(/finds nothing at "representation.overall"/) },
    ]);
    expect(progress).toEqual(['1/3 kpi-test:queried ok', '2/3 kpi-test:queried-no-period error', '3/3 kpi-test:queried-broken error']);
    // $period only where the operation declares it; the plugin's own variables kept.
    expect(calls.map((c) => c.body.variables)).toEqual([{ area: 'E23000014', period: '2024' }, {}, {}]);
    expect(calls.every((c) => c.url === 'http://gateway.test/graphql')).toBe(true);
    const identity = await verifyInternalToken(calls[0]!.headers['x-edhr-internal-token'], SECRET, clock);
    expect(identity).toMatchObject({ subject: 'organisational-processes', roles: ['service'] });

    const shown = await kpi('kpi-test:queried');
    expect(shown.measurements).toEqual([{ period: '2024', value: 1.8, correctionReason: null, revisions: [] }]);
    const source = await db.orm.em.getConnection().execute(`select source, recorded_by from ${S}.measurement where source like 'query:%'`);
    expect(source).toEqual([{ source: 'query:kpi-test:queried', recorded_by: 'test-refresh' }]);

    // The same value again changes nothing; a new one corrects, keeping the old.
    expect((await refresher.refresh('kpi-test-strategy', '2024'))[0]).toMatchObject({ status: 'ok', outcome: 'unchanged' });
    ratio = 1.6;
    expect((await refresher.refresh('kpi-test-strategy', '2024'))[0]).toMatchObject({ status: 'ok', value: 1.6, outcome: 'corrected' });
    expect((await kpi('kpi-test:queried')).measurements[0].revisions).toEqual([{ value: 1.8, correctionReason: 'refreshed from its query on 2027-07-01' }]);

    // A period of the wrong form for the KPI is refused for that KPI only.
    const quarterly = await refresher.refresh('kpi-test-strategy', '2024-Q1');
    expect(quarterly[0]).toMatchObject({ status: 'error', reason: expect.stringMatching(/period: "2024-Q1" is a quarter/) });
    await expect(refresher.refresh('no-such-strategy', '2024')).rejects.toThrow(/No strategy "no-such-strategy"/);
  });

  it('lets only an admin run refreshMeasurements', async () => {
    const result = await run(`mutation { refreshMeasurements(strategy: "kpi-test-strategy", period: "2024") { kpi status } }`, {}, OWNER);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
