import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { trustedDocumentsFrom } from '@edhr/gateway';
import { startWebServer, webTrustedDocuments } from '@edhr/web';
import { operationMetric, startHarness, type Harness } from './harness';

const TITLES = 'query Titles { strategies { id title } }';
const hash = (document: string) => createHash('sha256').update(document).digest('hex');

const SCRAPE_TOKEN = 'td-scraper-token-'.padEnd(40, 's');

const sendByHash = (harness: Harness, sha256Hash: string) =>
  fetch(harness.federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
const byHash = async (harness: Harness, sha256Hash: string) =>
  (await (await sendByHash(harness, sha256Hash)).json()) as { data?: { strategies: { id: string }[] }; errors?: { extensions?: { code?: string } }[] };

/** Operations registered at the gateway as trusted documents, sent by hash; with `only`, nothing else runs. */
describe('trusted documents at the gateway', { timeout: 180_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    // Read by the gateway at start (this file runs in a process of its own).
    process.env.METRICS_TOKEN = SCRAPE_TOKEN;
    harness = await startHarness({ trustedDocuments: trustedDocumentsFrom([{ [`sha256:${hash(TITLES)}`]: TITLES }, webTrustedDocuments], true) });
  });
  afterAll(async () => {
    await harness?.stop();
    delete process.env.METRICS_TOKEN;
  });

  it('runs a registered document sent by its hash alone', async () => {
    const body = await byHash(harness, hash(TITLES));
    expect(body.errors).toBeUndefined();
    expect(body.data?.strategies.map((s) => s.id)).toContain('wmp-edhr-strategy');
  });

  it("answers a repeated registered document from the cache's front, without running it again", async () => {
    const ORGANISATIONS = 'query TrustedOrganisations { organisations { id } }';
    const only = await startHarness({ trustedDocuments: trustedDocumentsFrom([{ [`sha256:${hash(ORGANISATIONS)}`]: ORGANISATIONS }], true) });
    try {
      const first = await sendByHash(only, hash(ORGANISATIONS));
      const second = await sendByHash(only, hash(ORGANISATIONS));
      expect([first.headers.get('x-edhr-response-cache'), second.headers.get('x-edhr-response-cache')]).toEqual(['miss', 'hit']);
      expect(await second.json()).toEqual(await first.json());
      const count = await operationMetric(only, SCRAPE_TOKEN, 'TrustedOrganisations');
      expect(count('graphql_yoga_http_duration_count')).toBe(2);
      expect(count('graphql_envelop_request_duration_count')).toBe(1);
      // Sent whole, the same document is still refused when only trusted documents may run.
      expect((await only.query(ORGANISATIONS)).body.errors?.[0]?.extensions?.code).toBe('CANNOT_SEND_PQ_ID_AND_BODY');
    } finally {
      await only.stop();
    }
  });

  it('serves the web app, whose every operation goes by hash, when nothing else may run', async () => {
    const web = await startWebServer({ gatewayUrl: harness.federation.gatewayUrl, port: 0, trustedDocuments: true });
    try {
      const page = await fetch(`${web.url}/strategies/wmp-edhr-strategy`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Public perception that the police treat them fairly, with dignity and respect');
    } finally {
      await web.stop();
    }
  });

  it('refuses an unknown hash and, allow-list only, any document sent whole', async () => {
    expect((await byHash(harness, hash('{ strategies { id } }'))).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const adHoc = await harness.query(TITLES);
    expect(adHoc.body.data).toBeUndefined();
    expect(adHoc.body.errors?.[0]?.extensions?.code).toBe('CANNOT_SEND_PQ_ID_AND_BODY');
  });
});
