import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startHarness, tokenFor, type Harness } from './harness';

const FIXTURE = readFileSync(
  fileURLToPath(new URL('../../subgraphs/service-delivery/fixtures/2017-06-west-midlands-stop-and-search.csv', import.meta.url)),
  'utf8',
);
const SCRAPE_TOKEN = 'e2e-scraper-token-'.padEnd(40, 's');
// A value a client sends as a variable: it must appear in no metric.
const MARKER = 'partner-secret-variable-7731';
const IMPORT = `mutation Import($file: String!) {
  importEncounters(dataset: "stop-search", organisation: "west-midlands-police", file: $file, publish: false) { status rowsImported }
}`;

describe('/metrics on the gateway and every subgraph', { timeout: 240_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    // Every service of this federation reads the scraper token at start (this file runs in its own process).
    process.env.METRICS_TOKEN = SCRAPE_TOKEN;
    // Without the response cache, so each repeated question reaches the subgraphs it counts in.
    harness = await startHarness({ responseCache: { enabled: false } });
  });
  afterAll(async () => {
    await harness?.stop();
    delete process.env.METRICS_TOKEN;
  });

  const metricsOf = async (graphqlUrl: string) => {
    const response = await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };
  /** The value of the one series named `name` whose labels include all of `labels`. */
  const value = (text: string, name: string, labels: Record<string, string>): number | undefined => {
    const lines = text.split('\n').filter((line) => line.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)));
    expect(lines.length).toBeLessThanOrEqual(1);
    return lines[0] === undefined ? undefined : Number(lines[0].slice(lines[0].lastIndexOf(' ') + 1));
  };
  const subgraphUrl = (name: string) => harness.federation.subgraphs.find((s) => s.name === name)!.url;

  it('refuses a scraper without the token, at the gateway and at a subgraph', async () => {
    for (const url of [harness.federation.gatewayUrl, subgraphUrl('partners')]) {
      const refused = await fetch(url.replace(/\/graphql$/, '/metrics'));
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer');
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  });

  it('counts operations by name at the gateway and in the subgraphs they reach, and never shows variables', async () => {
    const staff = await tokenFor(['staff']);
    const summary = `query Summary($id: ID!) { organisation(id: $id) { name serviceDelivery { encounterRecords } } }`;
    // The organisation's key as a variable, and a marker sent beside it (undeclared, so ignored).
    const variables = { id: 'west-midlands-police', note: MARKER };
    for (let i = 0; i < 3; i++) {
      const { body } = await harness.query(summary, { token: staff, variables });
      expect(body.errors).toBeUndefined();
    }
    // Over GET the variables are in the URL: no label carries the URL.
    const get = await fetch(`${harness.federation.gatewayUrl}?query=${encodeURIComponent(summary)}&variables=${encodeURIComponent(JSON.stringify(variables))}`, {
      headers: { authorization: `Bearer ${staff}`, accept: 'application/json' },
    });
    expect(get.status).toBe(200);

    const gateway = await metricsOf(harness.federation.gatewayUrl);
    expect(value(gateway, 'graphql_envelop_request_duration_count', { operationName: 'Summary', service: 'gateway' })).toBe(4);
    expect(value(gateway, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName: 'service-delivery', operationName: 'Summary' })).toBe(4);
    expect(gateway).toContain('process_cpu_user_seconds_total{service="gateway"}');
    expect(gateway).not.toContain(MARKER);
    expect(gateway).not.toContain('west-midlands-police');

    const processes = await metricsOf(subgraphUrl('organisational-processes'));
    expect(value(processes, 'edhr_subgraph_operations_total', { operation: 'Summary', outcome: 'ok', service: 'organisational-processes' })).toBe(4);
    expect(value(processes, 'edhr_db_pool_max_connections', { service: 'organisational-processes' })).toBe(10);
    // The outbox backlog: known (0 or the seed plugin's one row, whether or not it is delivered yet), never absent.
    expect(value(processes, 'edhr_outbox_pending_rows', { target: 'people-culture' })).toBeGreaterThanOrEqual(0);
    const delivery = await metricsOf(subgraphUrl('service-delivery'));
    expect(value(delivery, 'edhr_subgraph_operations_total', { operation: 'Summary', outcome: 'ok', service: 'service-delivery' })).toBe(4);
    expect(delivery).not.toContain(MARKER);
    expect(delivery).not.toContain('west-midlands-police');
  });

  it('keeps the gateway\'s operation labels bounded however many names clients invent, and labels no error path', async () => {
    // 250 distinct names, past the labeller's cap of 200; half also fail validation, under an alias.
    for (let i = 0; i < 250; i++) {
      const failing = i % 2 === 1 ? ` secretAlias${i}: strategies { noSuchField }` : '';
      const { body } = await harness.query(`query Invented${i} { strategies { title }${failing} }`);
      expect(body.errors === undefined, `Invented${i}`).toBe(i % 2 === 0);
    }
    const gateway = await metricsOf(harness.federation.gatewayUrl);
    for (const metric of ['graphql_yoga_http_duration_count', 'graphql_envelop_phase_parse_count', 'graphql_envelop_error_result']) {
      const names = new Set([...gateway.matchAll(new RegExp(`^${metric}\\{[^}]*operationName="([^"]*)"`, 'gm'))].map((m) => m[1]));
      // The cap, plus `other` for every name past it.
      expect(names.size, metric).toBeLessThanOrEqual(201);
      expect(names.has('other'), metric).toBe(true);
    }
    expect(value(gateway, 'graphql_envelop_request_duration_count', { operationName: 'Invented0' })).toBe(1);
    expect(gateway).not.toContain('Invented249');
    expect(gateway).not.toContain('secretAlias');
    expect(gateway).not.toMatch(/\bpath="/);
  });

  it('times imports and counts their rows in service-delivery', async () => {
    const admin = await tokenFor(['admin']);
    const { body } = await harness.query(IMPORT, { token: admin, variables: { file: FIXTURE } });
    expect(body.data.importEncounters).toEqual({ status: 'IMPORTED', rowsImported: 768 });
    const again = await harness.query(IMPORT, { token: admin, variables: { file: FIXTURE } });
    expect(again.body.data.importEncounters).toEqual({ status: 'ALREADY_IMPORTED', rowsImported: 0 });

    const delivery = await metricsOf(subgraphUrl('service-delivery'));
    expect(value(delivery, 'edhr_import_duration_seconds_count', { dataset: 'stop-search', status: 'IMPORTED' })).toBe(1);
    expect(value(delivery, 'edhr_import_duration_seconds_count', { dataset: 'stop-search', status: 'ALREADY_IMPORTED' })).toBe(1);
    expect(value(delivery, 'edhr_import_rows_read_total', { dataset: 'stop-search' })).toBe(1536);
    expect(value(delivery, 'edhr_import_rows_imported_total', { dataset: 'stop-search' })).toBe(768);
    expect(value(delivery, 'edhr_subgraph_operations_total', { operation: 'Import', outcome: 'ok' })).toBe(2);
  });
});
