import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ConfigError, INTERNAL_TOKEN_HEADER, verifyInternalToken, type Identity, fixedClock } from '@edhr/kit';
import { testServicesContext } from '@edhr/kit/testing';
import { fileSource, textSource } from '../src/records/import-source';
import { importStopSearch } from '../src/imports/stop-search-import.service';
import { STOP_SEARCH_COLUMNS } from '../src/stop-search/stop-search-columns';
import { createServiceDeliveryServices } from '../src/services';
import { aggregateStopSearch, type StatisticRow } from '../src/publishing/stop-search-aggregates';
import { sendStatistics, UPLOAD_STATISTICS_MUTATION, type FetchLike } from '@edhr/kit';
import type { PublishingSettings } from '../src/publishing/publishing-settings';
import { publishStopSearch } from '../src/publishing/publish-stop-search.service';
import { parseMonth } from '../src/publishing/months';
import { openServiceDeliveryDatabase, type ServiceDeliveryDatabase } from './service-delivery-database';

const REAL_FILE = resolve(import.meta.dirname, '../fixtures/2017-06-west-midlands-stop-and-search.csv');
const SCHEMA = 'service_delivery';
const SECRET = 'publishing-test-secret-'.padEnd(40, 's');
// Tokens are signed and verified by one fixed clock, as partners and the publisher share one in a federation.
const CLOCK = fixedClock('2027-03-31T12:00:00Z');
const PARTNERS_URL = 'http://partners.test/graphql';
const WMP = 'west-midlands-police';
const STAFF: Identity = { subject: 'analyst', roles: ['staff'] };
const ADMIN: Identity = { subject: 'admin', roles: ['admin'] };
const PUBLIC: Identity = { subject: 'anonymous', roles: ['public'] };

/** A stand-in for partners' uploadStatistics: checks the token, upserts on the natural key, reports like partners. */
function fakePartners() {
  const store = new Map<string, StatisticRow>();
  const requests: { url: string; headers: Record<string, string>; body: { query: string; variables: { input: { format: string; content: string } } } }[] = [];
  let failNext: Array<'network' | 'http-503' | 'forbidden'> = [];
  const fetch: FetchLike = async (url, init) => {
    const failure = failNext.shift();
    if (failure === 'network') throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    if (failure === 'http-503') return { status: 503, text: async () => 'unavailable' };
    const body = JSON.parse(init.body);
    requests.push({ url, headers: init.headers, body });
    if (failure === 'forbidden') {
      return { status: 200, text: async () => JSON.stringify({ errors: [{ message: 'This needs one of the roles: service, admin, partner.', extensions: { code: 'FORBIDDEN' } }] }) };
    }
    await verifyInternalToken(init.headers[INTERNAL_TOKEN_HEADER], SECRET, CLOCK);
    const rows = JSON.parse(body.variables.input.content) as StatisticRow[];
    let inserted = 0;
    let updated = 0;
    for (const row of rows) {
      const key = [row.dataset, row.period, row.area, row.characteristic, row.category].join('|');
      const held = store.get(key);
      if (!held) inserted++;
      else if (held.count !== row.count || held.published !== row.published) updated++;
      store.set(key, row);
    }
    const report = { accepted: true, rows: rows.length, inserted, updated, unchanged: rows.length - inserted - updated, errors: [] };
    return { status: 200, text: async () => JSON.stringify({ data: { uploadStatistics: report } }) };
  };
  return {
    fetch,
    store,
    requests,
    failWith(...failures: Array<'network' | 'http-503' | 'forbidden'>) {
      failNext = failures;
    },
  };
}

const countsOf = (rows: readonly StatisticRow[], period: string, characteristic: string) =>
  Object.fromEntries(rows.filter((r) => r.period === period && r.characteristic === characteristic).map((r) => [r.category, r.count]));

describe('publishing stop-and-search aggregates to partners', { timeout: 120_000 }, () => {
  let t: ServiceDeliveryDatabase;
  let partners: ReturnType<typeof fakePartners>;
  /** The settings the subgraph builds from an empty environment, with this test's fake partners. */
  let publishing: PublishingSettings;
  const settings = (overrides: Partial<PublishingSettings> = {}): PublishingSettings => ({
    ...t.services.publishing,
    partners: { url: PARTNERS_URL, secret: SECRET, clock: CLOCK, fetch: partners.fetch, retryDelayMs: 1 },
    ...overrides,
  });
  const run = async (source: string, variableValues: Record<string, unknown>, identity: Identity) =>
    t.execute(source, variableValues, identity, { services: { publishing } });
  const fromEnv = (env: Record<string, string | undefined>) => createServiceDeliveryServices(testServicesContext(CLOCK, env)).publishing;

  beforeAll(async () => {
    t = await openServiceDeliveryDatabase({ clock: CLOCK });
    const report = await importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: WMP, source: fileSource(REAL_FILE) });
    expect(report.rowsImported).toBe(768);
  });
  afterAll(async () => {
    await t?.stop();
  });
  beforeEach(() => {
    partners = fakePartners();
    publishing = settings();
  });

  describe('aggregation', () => {
    it('counts the real June 2017 file per month and per quarter, exactly as counted by hand', async () => {
      const aggregates = await aggregateStopSearch(t.client, {
        schema: SCHEMA,
        organisationKey: WMP,
        area: 'E23000014',
        range: null,
        granularities: ['MONTH', 'QUARTER'],
        published: false,
      });
      // The first record, 23:23 UTC on 31 May 2017, is 1 June in BST: no May period.
      expect(aggregates.periods).toEqual(['2017-06', '2017-Q2']);
      expect(aggregates.records).toBe(768);
      expect(aggregates.notPublished).toEqual([]);
      for (const period of ['2017-06', '2017-Q2']) {
        // The counts of test/stop-search-import.test.ts (a script over the CSV); OTHER is a stated zero.
        expect(countsOf(aggregates.rows, period, 'RACE')).toEqual({
          WHITE: 359,
          BLACK: 149,
          ASIAN: 166,
          MIXED: 48,
          OTHER: 0,
          NOT_RECORDED: 33,
          NOT_STATED: 13,
          PREFER_NOT_TO_SAY: 0,
          UNMAPPED: 0,
        });
        // Gender is blank on every row of this file.
        expect(countsOf(aggregates.rows, period, 'SEX')).toEqual({
          FEMALE: 0,
          MALE: 0,
          NOT_RECORDED: 768,
          NOT_STATED: 0,
          PREFER_NOT_TO_SAY: 0,
          UNMAPPED: 0,
        });
        // "Age range" column counted with `cut -d, -f8 | sort | uniq -c`: 150, 258, 178, 132 and 50 blank.
        expect(countsOf(aggregates.rows, period, 'AGE')).toEqual({
          UNDER_10: 0,
          AGE_10_17: 150,
          AGE_18_24: 258,
          AGE_25_34: 178,
          OVER_34: 132,
          NOT_RECORDED: 50,
          NOT_STATED: 0,
          PREFER_NOT_TO_SAY: 0,
          UNMAPPED: 0,
        });
      }
      // Every category in every period, unknowns included: 9 RACE, 6 SEX, 9 AGE.
      expect(aggregates.rows.length).toBe(2 * (9 + 6 + 9));
      expect(aggregates.rows.every((r) => r.dataset === 'stop-search' && r.area === 'E23000014' && r.published === false)).toBe(true);
      expect(aggregates.rows[0]).toEqual({
        dataset: 'stop-search',
        period: '2017-06',
        area: 'E23000014',
        characteristic: 'RACE',
        category: 'ASIAN',
        count: 166,
        published: false,
      });
    });

    it('keeps to the months asked for, in UK time', async () => {
      const options = { schema: SCHEMA, organisationKey: WMP, area: 'E23000014', granularities: ['MONTH'] as const, published: false };
      const june = await aggregateStopSearch(t.client, { ...options, range: { from: parseMonth('2017-06')!, to: parseMonth('2017-06')! } });
      expect(june.records).toBe(768);
      const may = await aggregateStopSearch(t.client, { ...options, range: { from: parseMonth('2017-05')!, to: parseMonth('2017-05')! } });
      expect(may.records).toBe(0);
      expect(may.rows).toEqual([]);
    });

    it('sends unmapped values as a category of their own, and reports the values partners has no category for', async () => {
      const header = STOP_SEARCH_COLUMNS.join(',');
      const row = (gender: string, ethnicity: string) =>
        `Person search,2017-07-02T10:00:00+01:00,,,,,${gender},25-34,${ethnicity},,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,`;
      const file = [header, row('Male', 'White - Irish'), row('Other', 'Klingon - Imperial'), row('Female', 'Klingon - Imperial')].join('\n');
      // Two of three unmapped is far over the refusal threshold: imported knowingly.
      const imported = await importStopSearch({ client: t.client, schema: SCHEMA, organisationKey: 'west-mercia-police', source: textSource('odd.csv', file), acceptUnmapped: true });
      expect(imported.status).toBe('IMPORTED');
      const aggregates = await aggregateStopSearch(t.client, {
        schema: SCHEMA,
        organisationKey: 'west-mercia-police',
        area: 'E23000016',
        range: null,
        granularities: ['MONTH'],
        published: false,
      });
      expect(aggregates.notPublished).toEqual([
        { period: '2017-07', characteristic: 'SEX', category: 'OTHER', count: 1, reason: 'partners has no SEX category OTHER' },
      ]);
      const unknowns = { NOT_STATED: 0, PREFER_NOT_TO_SAY: 0, NOT_RECORDED: 0 };
      // Two records of an ethnicity no rule recognises: UNMAPPED 2, not a missing figure.
      expect(countsOf(aggregates.rows, '2017-07', 'RACE')).toEqual({ WHITE: 1, BLACK: 0, ASIAN: 0, MIXED: 0, OTHER: 0, ...unknowns, UNMAPPED: 2 });
      expect(countsOf(aggregates.rows, '2017-07', 'SEX')).toEqual({ MALE: 1, FEMALE: 1, ...unknowns, UNMAPPED: 0 });
      // Every record is in exactly one row or one unpublished count, per characteristic.
      for (const characteristic of ['RACE', 'SEX', 'AGE']) {
        const sent = aggregates.rows.filter((r) => r.characteristic === characteristic).reduce((s, r) => s + r.count, 0);
        const held = aggregates.notPublished.filter((u) => u.characteristic === characteristic).reduce((s, u) => s + u.count, 0);
        expect(sent + held, characteristic).toBe(3);
      }
    });
  });

  describe('publisher', () => {
    const rows: StatisticRow[] = [
      { dataset: 'stop-search', period: '2017-06', area: 'E23000014', characteristic: 'RACE', category: 'BLACK', count: 149, published: false },
      { dataset: 'stop-search', period: '2017-06', area: 'E23000014', characteristic: 'RACE', category: 'WHITE', count: 359, published: false },
    ];

    it('sends uploadStatistics (JSON) with a service token the kit verifies', async () => {
      const outcome = await sendStatistics(rows, { url: PARTNERS_URL, secret: SECRET, clock: CLOCK, fetch: partners.fetch }, { subject: 'service-delivery', roles: ['service'] });
      expect(outcome).toEqual({ ok: true, attempts: 1, inserted: 2, updated: 0, unchanged: 0 });
      expect(partners.requests).toHaveLength(1);
      const [request] = partners.requests;
      expect(request!.url).toBe(PARTNERS_URL);
      expect(request!.headers['content-type']).toBe('application/json');
      const identity = await verifyInternalToken(request!.headers[INTERNAL_TOKEN_HEADER], SECRET, CLOCK);
      expect(identity).toMatchObject({ subject: 'service-delivery', roles: ['service'] });
      await expect(verifyInternalToken(request!.headers[INTERNAL_TOKEN_HEADER], 'another-secret-'.padEnd(40, 'x'), CLOCK)).rejects.toThrow();
      expect(request!.body.query).toBe(UPLOAD_STATISTICS_MUTATION);
      expect(request!.body.query).toContain('uploadStatistics(input: $input)');
      expect(request!.body.variables.input.format).toBe('JSON');
      expect(JSON.parse(request!.body.variables.input.content)).toEqual(rows);
    });

    it('retries an unreachable or failing partners a bounded number of times', async () => {
      partners.failWith('network', 'network', 'network', 'network');
      const failed = await sendStatistics(rows, { url: PARTNERS_URL, secret: SECRET, clock: CLOCK, fetch: partners.fetch, retryDelayMs: 1 }, { subject: 'service-delivery', roles: ['service'] });
      expect(failed).toMatchObject({ ok: false, refused: false, attempts: 3 });
      expect(failed.ok === false && failed.error).toContain('not reachable: ECONNREFUSED');
      expect(failed.ok === false && failed.error).toContain('gave up after 3 attempts');

      partners.failWith('http-503');
      const recovered = await sendStatistics(rows, { url: PARTNERS_URL, secret: SECRET, clock: CLOCK, fetch: partners.fetch, retryDelayMs: 1 }, { subject: 'service-delivery', roles: ['service'] });
      expect(recovered).toEqual({ ok: true, attempts: 2, inserted: 2, updated: 0, unchanged: 0 });
    });

    it('does not retry a refusal', async () => {
      partners.failWith('forbidden');
      const refused = await sendStatistics(rows, { url: PARTNERS_URL, secret: SECRET, clock: CLOCK, fetch: partners.fetch, retryDelayMs: 1 }, { subject: 'service-delivery', roles: ['service'] });
      expect(refused).toMatchObject({ ok: false, refused: true, attempts: 1 });
      expect(refused.ok === false && refused.error).toContain('(FORBIDDEN)');
    });
  });

  describe('publishing', () => {
    it('publishes an organisation and changes nothing when the same data is published again', async () => {
      const first = await publishStopSearch(t.client, { schema: SCHEMA, organisationKey: WMP, range: null, published: false, settings: settings() });
      expect(first).toMatchObject({ status: 'PUBLISHED', area: 'E23000014', from: '2017-06', to: '2017-06', periods: ['2017-06'], records: 768, rows: 24, inserted: 24, error: null });
      const again = await publishStopSearch(t.client, { schema: SCHEMA, organisationKey: WMP, range: null, published: false, settings: settings() });
      expect(again).toMatchObject({ status: 'PUBLISHED', rows: 24, inserted: 0, updated: 0, unchanged: 24 });
    });

    it('publishes quarters too when configured, widened to whole quarters', async () => {
      const result = await publishStopSearch(t.client, {
        schema: SCHEMA,
        organisationKey: WMP,
        range: { from: parseMonth('2017-06')!, to: parseMonth('2017-06')! },
        published: false,
        settings: settings({ granularities: ['MONTH', 'QUARTER'] }),
      });
      expect(result).toMatchObject({ status: 'PUBLISHED', periods: ['2017-06', '2017-Q2'], rows: 48 });
      expect(partners.store.get('stop-search|2017-Q2|E23000014|RACE|BLACK')?.count).toBe(149);
    });

    it('refuses an organisation without an area with a clear reason', async () => {
      const result = await publishStopSearch(t.client, { schema: SCHEMA, organisationKey: 'nowhere-police', range: null, published: false, settings: settings() });
      expect(result.status).toBe('REFUSED');
      expect(result.error).toContain('organisation "nowhere-police" has no ONS area code');
      expect(result.error).toContain('ORGANISATION_AREAS');
      expect(partners.requests).toHaveLength(0);
    });

    it('reads ORGANISATION_AREAS, defaulting to the two forces, and names the variable when it is wrong', () => {
      expect(Object.fromEntries(fromEnv({}).areas)).toEqual({ 'west-midlands-police': 'E23000014', 'west-mercia-police': 'E23000016' });
      expect(fromEnv({}).granularities).toEqual(['MONTH']);
      expect(fromEnv({ STOP_SEARCH_PUBLISH_PERIODS: 'MONTH,QUARTER' }).granularities).toEqual(['MONTH', 'QUARTER']);
      expect(Object.fromEntries(fromEnv({ ORGANISATION_AREAS: 'a-force=W15000001' }).areas)).toEqual({ 'a-force': 'W15000001' });
      expect(() => fromEnv({ ORGANISATION_AREAS: 'west-midlands-police:E23000014' })).toThrow(ConfigError);
      expect(() => fromEnv({ ORGANISATION_AREAS: 'west-midlands-police=E2300' })).toThrow(/ORGANISATION_AREAS=.*is not organisation-key=ONS-area-code/);
      expect(() => fromEnv({ STOP_SEARCH_PUBLISH_PERIODS: 'WEEK' })).toThrow(/STOP_SEARCH_PUBLISH_PERIODS="WEEK" is invalid/);
    });
  });

  describe('GraphQL', () => {
    const IMPORT = `mutation ($org: ID!, $file: String!) {
      importEncounters(dataset: "stop-search", organisation: $org, file: $file) {
        status rowsImported published { status organisation area from to rows inserted updated unchanged visibleToPublic notPublished { category count } attempts error }
      }
    }`;
    const PUBLISH = `mutation ($org: ID!, $from: String, $to: String, $published: Boolean) {
      publishStopSearchAggregates(organisation: $org, from: $from, to: $to, published: $published) {
        status dataset organisation area from to periods records rows inserted updated unchanged visibleToPublic attempts error
      }
    }`;
    const row = (day: string) =>
      `Person search,2018-0${day}T10:00:00+01:00,,,,,Male,25-34,Black/African/Caribbean/Black British - African,,Police and Criminal Evidence Act 1984 (section 1),Stolen goods,A no further action disposal,False,`;
    const file = (...days: string[]) => [STOP_SEARCH_COLUMNS.join(','), ...days.map(row)].join('\n');

    it('publishes the months of an import after it, not public', async () => {
      const result = await run(IMPORT, { org: WMP, file: file('3-02', '3-03') }, STAFF);
      expect(result.errors).toBeUndefined();
      expect(result.data?.importEncounters).toMatchObject({
        status: 'IMPORTED',
        rowsImported: 2,
        published: { status: 'PUBLISHED', organisation: WMP, area: 'E23000014', from: '2018-03', to: '2018-03', rows: 24, inserted: 24, visibleToPublic: false, error: null },
      });
      // Only the imported month was sent.
      const sent = JSON.parse(partners.requests[0]!.body.variables.input.content) as StatisticRow[];
      expect(new Set(sent.map((r) => r.period))).toEqual(new Set(['2018-03']));
      expect(countsOf(sent, '2018-03', 'RACE')).toMatchObject({ BLACK: 2 });
    });

    it('still imports when partners cannot be reached, and says why in the report', async () => {
      partners.failWith('network', 'network', 'network');
      const result = await run(IMPORT, { org: WMP, file: file('4-02') }, ADMIN);
      expect(result.errors).toBeUndefined();
      expect(result.data?.importEncounters).toMatchObject({
        status: 'IMPORTED',
        rowsImported: 1,
        published: { status: 'FAILED', rows: 24, inserted: 0, attempts: 3, error: expect.stringContaining('not reachable') },
      });
      expect(await t.count(`select count(*) as n from ${SCHEMA}.stop_search_record where organisation_key = $1 and occurred_at >= '2018-04-01'`, [WMP])).toBe(1);
      // On demand, once partners is back.
      const retried = await run(PUBLISH, { org: WMP, from: '2018-04', to: '2018-04' }, STAFF);
      expect(retried.data?.publishStopSearchAggregates).toMatchObject({ status: 'PUBLISHED', from: '2018-04', to: '2018-04', records: 1, rows: 24, inserted: 24 });
    });

    it('reports, without failing the import, an organisation that has no area', async () => {
      const result = await run(IMPORT, { org: 'nowhere-police', file: file('5-02') }, ADMIN);
      expect(result.data?.importEncounters).toMatchObject({
        status: 'IMPORTED',
        published: { status: 'REFUSED', area: null, rows: 0, error: expect.stringContaining('has no ONS area code') },
      });
      const asked = await run(PUBLISH, { org: 'nowhere-police' }, STAFF);
      expect(asked.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(asked.errors?.[0]?.message).toContain('add "nowhere-police=<area code>" to ORGANISATION_AREAS');
    });

    it('publishes nothing after an import that added nothing', async () => {
      const again = await run(IMPORT, { org: WMP, file: file('3-02', '3-03') }, STAFF);
      expect(again.data?.importEncounters).toMatchObject({ status: 'ALREADY_IMPORTED', published: null });
    });

    it('publishes on demand for staff over every month held, and again without changes', async () => {
      const result = await run(PUBLISH, { org: WMP }, STAFF);
      expect(result.errors).toBeUndefined();
      expect(result.data?.publishStopSearchAggregates).toMatchObject({
        status: 'PUBLISHED',
        dataset: 'stop-search',
        area: 'E23000014',
        from: '2017-06',
        to: '2018-04',
        periods: ['2017-06', '2018-03', '2018-04'],
        records: 768 + 2 + 1,
        // Every month: 9 RACE + 6 SEX + 9 AGE rows, unknown categories included.
        rows: 3 * 24,
        visibleToPublic: false,
      });
      const again = await run(PUBLISH, { org: WMP }, STAFF);
      expect(again.data?.publishStopSearchAggregates).toMatchObject({ status: 'PUBLISHED', inserted: 0, updated: 0, unchanged: 72 });
      const fromOnly = await run(PUBLISH, { org: WMP, from: '2018-01' }, STAFF);
      expect(fromOnly.errors).toBeUndefined();
      expect(fromOnly.data?.publishStopSearchAggregates).toMatchObject({ periods: ['2018-03', '2018-04'], records: 3, unchanged: 48 });
      const toOnly = await run(PUBLISH, { org: WMP, to: '2018-03' }, STAFF);
      expect(toOnly.data?.publishStopSearchAggregates).toMatchObject({ periods: ['2017-06', '2018-03'], records: 770 });
    });

    it('lets only an admin mark the figures public', async () => {
      const staff = await run(PUBLISH, { org: WMP, from: '2017-06', to: '2017-06', published: true }, STAFF);
      expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const admin = await run(PUBLISH, { org: WMP, from: '2017-06', to: '2017-06', published: true }, ADMIN);
      expect(admin.data?.publishStopSearchAggregates).toMatchObject({ status: 'PUBLISHED', visibleToPublic: true, rows: 24 });
      const sent = JSON.parse(partners.requests.at(-1)!.body.variables.input.content) as StatisticRow[];
      expect(sent.every((r) => r.published)).toBe(true);
    });

    it('refuses the public, bad months and a reversed range', async () => {
      expect((await run(PUBLISH, { org: WMP }, PUBLIC)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const bad = await run(PUBLISH, { org: WMP, from: '2017-13' }, STAFF);
      expect(bad.errors?.[0]?.message).toContain('from "2017-13" is not a month written YYYY-MM');
      const reversed = await run(PUBLISH, { org: WMP, from: '2018-01', to: '2017-01' }, STAFF);
      expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('says so when this process has no partners to publish to', async () => {
      publishing = settings({ partners: null });
      const result = await run(PUBLISH, { org: WMP, from: '2017-06', to: '2017-06' }, STAFF);
      expect(result.data?.publishStopSearchAggregates).toMatchObject({ status: 'NOT_CONFIGURED', rows: 24, error: expect.stringContaining('no partners subgraph') });
    });
  });
});
