import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { trustedDocumentsFrom } from '@edhr/gateway';
import { startWebServer, webTrustedDocuments } from '@edhr/web';
import { startHarness, type Harness } from './harness';

const TITLES = 'query Titles { strategies { id title } }';
const hash = (document: string) => createHash('sha256').update(document).digest('hex');

const byHash = async (harness: Harness, sha256Hash: string) => {
  const response = await fetch(harness.federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  });
  return (await response.json()) as { data?: { strategies: { id: string }[] }; errors?: { extensions?: { code?: string } }[] };
};

/** Operations registered at the gateway as trusted documents, sent by hash; with `only`, nothing else runs. */
describe('trusted documents at the gateway', { timeout: 180_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ trustedDocuments: trustedDocumentsFrom([{ [`sha256:${hash(TITLES)}`]: TITLES }, webTrustedDocuments], true) });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('runs a registered document sent by its hash alone', async () => {
    const body = await byHash(harness, hash(TITLES));
    expect(body.errors).toBeUndefined();
    expect(body.data?.strategies.map((s) => s.id)).toContain('wmp-edhr-strategy');
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
