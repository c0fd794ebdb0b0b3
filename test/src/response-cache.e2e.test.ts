import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { signInternalToken, type Clock } from '@edhr/kit';
import { operationMetric, startHarness, tokenFor, type Harness } from './harness';

/**
 * The gateway's response cache, through the gateway over HTTP: a repeated query is answered
 * from the cache, never across identities, never stale after a write through the gateway, no
 * staler than the TTL after a write that bypasses it, and never at the cost of what every
 * request must do (authentication, the rate limit, the partner audit).
 */

const FIXTURE = readFileSync(
  fileURLToPath(new URL('../../subgraphs/service-delivery/fixtures/2017-06-west-midlands-stop-and-search.csv', import.meta.url)),
  'utf8',
);
const CACHE_HEADER = 'x-edhr-response-cache';
const TTL_SECONDS = 30;
const RATE_LIMIT = 40;
const KPI = 'wmp-edhr-theme-2-people-culture:pc-kpi-staff-satisfaction';
const ACTION = 'wmp-edhr-theme-2-people-culture:dp-08';
const PARTNER = 'rc-partner';
const OTHER_PARTNER = 'rc-other-partner';
const AREA = 'E23000014';
const SCRAPE_TOKEN = 'rc-scraper-token-'.padEnd(40, 's');

/** What a dashboard shows that each kind of write changes: KPI values, action progress, plugin content, imported records. */
const DASHBOARD = `{
  organisation(id: "west-midlands-police") { serviceDelivery { encounterRecords } }
  strategy(id: "wmp-edhr-strategy") {
    themes { code kpis { id latest { period value } } objectives { actions { id status version progress { text } } } }
  }
  plugins { id version enabled }
  extra: strategy(id: "rc-extra-strategy") { themes { objectives { statement } } }
}`;
const DISPARITY = `{ disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "${AREA}", period: "2024-Q1") {
  agreementReference rows { category count suppressed } } }`;

/** A plugin of its own, so registering a new version and disabling it touch nothing else. */
const extraPlugin = (version: string, statement: string) => ({
  id: 'rc-extra',
  version,
  name: 'Cache test theme',
  source: { title: 'Cache test plan', publisher: 'West Midlands Police' },
  organisation: { key: 'west-midlands-police', name: 'West Midlands Police', kind: 'police-force' },
  strategy: { key: 'rc-extra-strategy', title: 'Cache test plan' },
  themes: [
    {
      key: 'one',
      name: 'One',
      domain: 'service-delivery',
      objectives: [{ key: 'o1', code: '1', kind: 'key-action', statement, owners: ['Supt Example'] }],
    },
  ],
});

describe('the response cache at the gateway', { timeout: 300_000 }, () => {
  // A clock the test moves on, shared by the gateway (tokens, the cache's TTL) and the subgraphs.
  let nowMs = Date.parse('2026-12-01T12:00:00Z');
  const clock: Clock = { now: () => new Date(nowMs) };
  let harness: Harness;
  let admin: string;
  let staff: string;

  beforeAll(async () => {
    // Read by the gateway at start (this file runs in a process of its own).
    process.env.METRICS_TOKEN = SCRAPE_TOKEN;
    harness = await startHarness({ clock, limits: { requestsPerMinute: RATE_LIMIT }, responseCache: { ttlSeconds: TTL_SECONDS } });
    admin = await tokenFor(['admin'], { subject: 'rc-admin' }, clock);
    staff = await tokenFor(['staff'], { subject: 'rc-staff' }, clock);
    const setUp = async (document: string, variables: Record<string, unknown>) => {
      const { body } = await harness.query(document, { token: admin, variables });
      expect(body.errors, `set-up: ${document.slice(0, 60)}`).toBeUndefined();
    };
    await setUp('mutation ($m: JSON!) { registerPlugin(manifest: $m) { id } }', { m: extraPlugin('1.0.0', 'First statement') });
    for (const key of [PARTNER, OTHER_PARTNER]) {
      await setUp('mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }', {
        i: { key, name: `Partner ${key}`, sector: 'nhs', organisationKey: 'west-midlands-police' },
      });
    }
    // Only the first partner has an agreement covering the area.
    await setUp('mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }', {
      i: {
        reference: 'RC-DSA-1', partnerKey: PARTNER, title: 'Stop and search', datasets: ['stop-search'], characteristics: ['RACE'],
        areas: [AREA], finestPeriod: 'QUARTER', validFrom: '2020-01-01', validTo: '2099-12-31',
      },
    });
    const rows = Object.entries({ BLACK: 120, WHITE: 300, MIXED: 20, ASIAN: 4 }).map(([c, n]) => `stop-search,2024-Q1,${AREA},RACE,${c},${n}`);
    await setUp('mutation ($i: StatisticsUploadInput!) { uploadStatistics(input: $i) { accepted } }', {
      i: { content: `dataset,period,area,characteristic,category,count\n${rows.join('\n')}\n` },
    });
  });
  afterAll(async () => {
    await harness?.stop();
    delete process.env.METRICS_TOKEN;
  });

  /** Asks the same question twice: the second answer comes from the cache and equals the first. */
  const askTwice = async (query: string, token: string) => {
    const first = await harness.query(query, { token });
    expect(first.body.errors).toBeUndefined();
    const second = await harness.query(query, { token });
    expect(second.headers.get(CACHE_HEADER)).toBe('hit');
    expect(second.body).toEqual(first.body);
    return first.body.data;
  };
  const write = async (document: string, variables: Record<string, unknown>, token = admin) => {
    const { body } = await harness.query(document, { token, variables });
    expect(body.errors, document.slice(0, 60)).toBeUndefined();
    return body.data;
  };
  /** The dashboard right after a write: computed afresh, not the cached answer. */
  const dashboardAfterWrite = async () => {
    const after = await harness.query(DASHBOARD, { token: staff });
    expect(after.body.errors).toBeUndefined();
    expect(after.headers.get(CACHE_HEADER)).toBe('miss');
    return after.body.data;
  };
  const kpiOf = (data: any) => data.strategy.themes.flatMap((t: any) => t.kpis).find((k: any) => k.id === KPI);
  const actionOf = (data: any) =>
    data.strategy.themes.flatMap((t: any) => t.objectives).flatMap((o: any) => o.actions).find((a: any) => a.id === ACTION);

  it('answers a repeated query from the cache, the same answer byte for byte', async () => {
    const data = await askTwice(DASHBOARD, staff);
    expect(data.strategy.themes.length).toBeGreaterThan(0);
  });

  it("serves a kept answer before the runtime's pipeline, header for header as the runtime, counted in the HTTP metric", async () => {
    // Each Accept header the front answers (none: fetch's own), each for a caller of its own, so the first answer is the runtime's.
    const accepts = [undefined, 'application/json', 'application/graphql-response+json', 'application/graphql-response+json, application/json'];
    const query = 'query FrontCheck { organisations { id name } }';
    for (const [i, accept] of accepts.entries()) {
      const token = await tokenFor(['staff'], { subject: `rc-front-${i}` }, clock);
      const headers: Record<string, string> = accept ? { accept } : {};
      const first = await harness.query(query, { token, headers: { ...headers, 'x-request-id': `rc-front-${i}-1` } });
      const second = await harness.query(query, { token, headers: { ...headers, 'x-request-id': `rc-front-${i}-2` } });
      expect([first.headers.get(CACHE_HEADER), second.headers.get(CACHE_HEADER)], accept).toEqual(['miss', 'hit']);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('x-request-id')).toBe(`rc-front-${i}-2`);
      const comparable = (h: Headers) => [...h].filter(([name]) => ![CACHE_HEADER, 'x-request-id', 'date'].includes(name));
      expect(comparable(second.headers), accept).toEqual(comparable(first.headers));
    }

    const count = await operationMetric(harness, SCRAPE_TOKEN, 'FrontCheck');
    // Every request was answered over HTTP; only each caller's first was executed: the second never entered the runtime.
    expect(count('graphql_yoga_http_duration_count')).toBe(2 * accepts.length);
    expect(count('graphql_envelop_request_duration_count')).toBe(accepts.length);
  });

  it("writes the runtime's header names, spelled and ordered as the runtime writes them", async () => {
    const token = await tokenFor(['staff'], { subject: 'rc-front-raw' }, clock);
    const body = JSON.stringify({ query: '{ organisations { id } }' });
    // node:http keeps the header names as they came on the wire; fetch would lower-case them.
    const rawHeaderNames = () =>
      new Promise<{ names: string[]; cache: string | undefined }>((resolve, reject) => {
        const sent = httpRequest(harness.federation.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (response) => {
          response.resume();
          response.on('end', () => resolve({ names: response.rawHeaders.filter((_, i) => i % 2 === 0), cache: response.headers[CACHE_HEADER] as string | undefined }));
        });
        sent.on('error', reject);
        sent.end(body);
      });
    const first = await rawHeaderNames();
    const second = await rawHeaderNames();
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.names).toEqual(first.names);
  });

  it('shows a measurement recorded through the gateway at once', async () => {
    expect(kpiOf(await askTwice(DASHBOARD, staff)).latest).toBeNull();
    await write('mutation ($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { value } }', {
      i: { kpi: KPI, period: '2026', value: 71.5, source: 'staff survey' },
    });
    expect(kpiOf(await dashboardAfterWrite()).latest).toEqual({ period: '2026', value: 71.5 });
  });

  it('shows progress recorded through the gateway at once', async () => {
    const before = actionOf(await askTwice(DASHBOARD, staff));
    await write('mutation ($i: RecordProgressInput!) { recordProgress(input: $i) { version } }', {
      i: { action: ACTION, text: 'Cache test: the working group has met.', status: 'ON_TRACK', expectedVersion: before.version },
    });
    const after = actionOf(await dashboardAfterWrite());
    expect(after).toMatchObject({ status: 'ON_TRACK', version: before.version + 1 });
    expect(after.progress.map((p: { text: string }) => p.text)).toContain('Cache test: the working group has met.');
  });

  it("shows a plugin's new version and its disabling at once", async () => {
    expect((await askTwice(DASHBOARD, staff)).extra.themes[0].objectives[0].statement).toBe('First statement');
    await write('mutation ($m: JSON!) { registerPlugin(manifest: $m) { version } }', { m: extraPlugin('1.1.0', 'Second statement') });
    const registered = await dashboardAfterWrite();
    expect(registered.extra.themes[0].objectives[0].statement).toBe('Second statement');
    expect(registered.plugins).toContainEqual({ id: 'rc-extra', version: '1.1.0', enabled: true });

    await askTwice(DASHBOARD, staff);
    await write('mutation { setPluginEnabled(id: "rc-extra", enabled: false) { enabled } }', {});
    expect((await dashboardAfterWrite()).plugins).toContainEqual({ id: 'rc-extra', version: '1.1.0', enabled: false });
  });

  it('shows records imported through the gateway at once', async () => {
    expect((await askTwice(DASHBOARD, staff)).organisation.serviceDelivery.encounterRecords).toBe(0);
    await write('mutation ($f: String!) { importEncounters(dataset: "stop-search", organisation: "west-midlands-police", file: $f) { status } }', {
      f: FIXTURE,
    });
    expect((await dashboardAfterWrite()).organisation.serviceDelivery.encounterRecords).toBe(768);
  });

  it('never serves one identity an answer computed for another', async () => {
    // The public sees published figures only (none here); staff see every figure exactly.
    const asPublic = await harness.query(DISPARITY);
    expect(asPublic.body.errors).toBeUndefined();
    expect((await harness.query(DISPARITY)).headers.get(CACHE_HEADER)).toBe('hit');
    const asStaff = await harness.query(DISPARITY, { token: staff });
    expect(asStaff.headers.get(CACHE_HEADER)).toBe('miss');
    const count = (body: typeof asStaff.body, category: string) => body.data.disparity.rows.find((r: any) => r.category === category)?.count;
    expect(count(asStaff.body, 'ASIAN')).toBe(4);
    expect(count(asPublic.body, 'ASIAN') ?? null).not.toBe(4);

    // Two theme owners with different themes, and a staff member with another subject: each computed afresh.
    const owners = await Promise.all([
      tokenFor(['theme-owner'], { subject: 'rc-owner', themes: ['wmp-edhr-theme-2-people-culture:people-culture'] }, clock),
      tokenFor(['theme-owner'], { subject: 'rc-owner', themes: ['wmp-edhr-theme-1-service-delivery:service-delivery'] }, clock),
      tokenFor(['staff'], { subject: 'rc-staff-2' }, clock),
    ]);
    await askTwice(DASHBOARD, owners[0]);
    for (const token of owners.slice(1)) {
      expect((await harness.query(DASHBOARD, { token })).headers.get(CACHE_HEADER)).toBe('miss');
    }

    // Partners are never served from the cache: one partner's answer, the other's refusal.
    const [partner, otherPartner] = await Promise.all([
      tokenFor(['partner'], { subject: 'rc-analyst', partnerId: PARTNER }, clock),
      tokenFor(['partner'], { subject: 'rc-analyst', partnerId: OTHER_PARTNER }, clock),
    ]);
    const allowed = await harness.query(DISPARITY, { token: partner });
    expect(allowed.body.data.disparity.agreementReference).toBe('RC-DSA-1');
    const refused = await harness.query(DISPARITY, { token: otherPartner });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.headers.get(CACHE_HEADER)).toBeNull();
  });

  it('audits every partner question, however often the same one is asked', async () => {
    const partner = await tokenFor(['partner'], { subject: 'rc-audited', partnerId: PARTNER }, clock);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await harness.query(DISPARITY, { token: partner }));
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.headers.get(CACHE_HEADER)).toBeNull();
    }
    const audit = async () =>
      (await write(`query { partnerAuditLog(partnerKey: "${PARTNER}", limit: 1000) { subject operation outcome } }`, {})).partnerAuditLog as {
        subject: string;
      }[];
    const entries = await audit();
    expect(entries.filter((e) => e.subject === 'rc-audited')).toEqual(
      Array.from({ length: 3 }, () => ({ subject: 'rc-audited', operation: 'disparity', outcome: 'answered' })),
    );
    // The audit log itself is never cached: a fourth question shows at once.
    await harness.query(DISPARITY, { token: partner });
    expect((await audit()).filter((e) => e.subject === 'rc-audited')).toHaveLength(4);
  });

  it('audits identical partner questions asked at once under one request id, each on its own', async () => {
    const partner = await tokenFor(['partner'], { subject: 'rc-concurrent', partnerId: PARTNER }, clock);
    // The same question, the same identity and the same client-chosen request id, all in flight together.
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => harness.query(DISPARITY, { token: partner, headers: { 'x-request-id': 'rc-same-request-id' } })),
    );
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const entries = (await write(`query { partnerAuditLog(partnerKey: "${PARTNER}", limit: 1000) { subject } }`, {})).partnerAuditLog as { subject: string }[];
    expect(entries.filter((e) => e.subject === 'rc-concurrent')).toHaveLength(6);
  });

  it('counts cached answers against the rate limit', async () => {
    const token = await tokenFor(['staff'], { subject: 'rc-rate-limited' }, clock);
    const statuses: (string | number)[] = [];
    for (let i = 0; i < RATE_LIMIT + 1; i++) {
      const { status, headers } = await harness.query('{ organisations { id } }', { token });
      statuses.push(status === 200 ? (headers.get(CACHE_HEADER) ?? 'none') : status);
    }
    expect(statuses).toEqual(['miss', ...Array.from({ length: RATE_LIMIT - 1 }, () => 'hit'), 429]);
    // The limit's minute is the gateway's clock's: once it has passed, the caller is served again.
    nowMs += 60_000;
    expect((await harness.query('{ organisations { id } }', { token })).status).toBe(200);
  });

  it('still authenticates a request whose answer is cached', async () => {
    await askTwice('{ organisations { id } }', staff);
    const expired = await tokenFor(['staff'], { subject: 'rc-staff' }, { now: () => new Date(nowMs - 3_600_000) });
    const refused = await harness.query('{ organisations { id } }', { token: expired });
    expect(refused.status).toBe(401);
  });

  it('answers the service role (query-based KPIs) afresh every time', async () => {
    const service = await signInternalToken({ subject: 'organisational-processes', roles: ['service'] }, harness.federation.internalTokenSecret, clock);
    for (let i = 0; i < 2; i++) {
      const { body, headers } = await harness.query('{ organisations { id } }', { headers: { 'x-edhr-internal-token': service } });
      expect(body.errors).toBeUndefined();
      expect(headers.get(CACHE_HEADER)).toBeNull();
    }
  });

  it('is no staler than its TTL after a write that bypasses the gateway', async () => {
    const before = kpiOf(await askTwice(DASHBOARD, staff)).latest;
    // A write made straight to organisational-processes, as the KPI refresh command and the subgraphs' own jobs do.
    const organisational = harness.federation.subgraphs.find((s) => s.name === 'organisational-processes')!;
    const internal = await signInternalToken({ subject: 'rc-job', roles: ['admin'] }, harness.federation.internalTokenSecret, clock);
    const direct = await fetch(organisational.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-edhr-internal-token': internal },
      body: JSON.stringify({
        query: 'mutation ($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { value } }',
        variables: { i: { kpi: KPI, period: '2026', value: 80, source: 'staff survey', correctionReason: 'Late returns counted' } },
      }),
    });
    expect(((await direct.json()) as { errors?: unknown }).errors).toBeUndefined();

    // Within the TTL the gateway cannot know: the answer it cached is served.
    nowMs += (TTL_SECONDS - 1) * 1000;
    const stale = await harness.query(DASHBOARD, { token: staff });
    expect(stale.headers.get(CACHE_HEADER)).toBe('hit');
    expect(kpiOf(stale.body.data).latest).toEqual(before);
    // Past it, the answer is computed afresh.
    nowMs += 2000;
    const fresh = await harness.query(DASHBOARD, { token: staff });
    expect(fresh.headers.get(CACHE_HEADER)).toBe('miss');
    expect(kpiOf(fresh.body.data).latest).toEqual({ period: '2026', value: 80 });
  });
});
