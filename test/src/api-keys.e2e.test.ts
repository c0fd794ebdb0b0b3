import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@edhr/kit';
import { startHarness, tokenFor, type Harness } from './harness';

/**
 * A partner agency's machine client authenticating with an API key instead of a bearer token:
 * an admin issues the key, the client reads exactly what its agreement allows, every use is
 * audited under the partner and recorded on the key, and a revoked key stops working at once.
 */

const ORG = 'west-midlands-police';
const AREA = 'E23000014';
const OTHER_AREA = 'E23000016';
const PARTNER = 'ak-partner';
const AGREEMENT = 'AK-DSA-1';
// The whole federation runs at this instant, so the recorded last use is known exactly.
const clock = fixedClock('2027-06-30T23:30:00Z');

const DISPARITY = (area: string) =>
  `{ disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "${area}", period: "2024-Q1") {
      agreementReference suppressionApplied suppressionThreshold rows { category count suppressed suppressionReason } } }`;
const KEYS = `query ($p: String!) { partnerApiKeys(partner: $p) { id keyId label lastUsedAt revokedAt active } }`;
const CREATE = `mutation ($p: String!, $l: String!) { createPartnerApiKey(partner: $p, label: $l) { key apiKey { id keyId } } }`;

describe('partner API keys through the gateway', { timeout: 300_000 }, () => {
  let harness: Harness;
  let admin: string;
  let partnerToken: string;
  let key: { key: string; apiKey: { id: string; keyId: string } };

  const asAdmin = async (document: string, variables?: Record<string, unknown>) => {
    const { body } = await harness.query(document, { token: admin, variables });
    expect(body.errors, `set-up: ${document.slice(0, 60)}`).toBeUndefined();
    return body.data;
  };
  const withKey = (apiKey: string, document: string, headers: Record<string, string> = {}) =>
    harness.query(document, { headers: { 'x-api-key': apiKey, ...headers } });

  beforeAll(async () => {
    harness = await startHarness({ clock });
    admin = await tokenFor(['admin'], { subject: 'ak-admin' }, clock);
    partnerToken = await tokenFor(['partner'], { subject: 'ak-partner-analyst', partnerId: PARTNER }, clock);
    await asAdmin('mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }', {
      i: { key: PARTNER, name: 'API-key partner', sector: 'nhs', organisationKey: ORG },
    });
    await asAdmin('mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }', {
      i: {
        reference: AGREEMENT,
        partnerKey: PARTNER,
        title: 'Stop and search for the trust',
        datasets: ['stop-search'],
        characteristics: ['RACE'],
        areas: [AREA],
        finestPeriod: 'QUARTER',
        validFrom: '2020-01-01',
        validTo: '2099-12-31',
      },
    });
    const rows = [AREA, OTHER_AREA].flatMap((area) =>
      Object.entries({ BLACK: 120, WHITE: 300, MIXED: 20, ASIAN: 4 }).map(([category, count]) => `stop-search,2024-Q1,${area},RACE,${category},${count}`),
    );
    const upload = await asAdmin('mutation ($i: StatisticsUploadInput!) { uploadStatistics(input: $i) { accepted } }', {
      i: { content: `dataset,period,area,characteristic,category,count\n${rows.join('\n')}\n` },
    });
    expect(upload.uploadStatistics.accepted).toBe(true);
    key = (await asAdmin(CREATE, { p: PARTNER, l: 'Trust analytics, production' })).createPartnerApiKey;
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('issues the key once, in the documented form', () => {
    expect(key.key).toMatch(new RegExp(`^edhr_${key.apiKey.keyId}_[A-Za-z0-9_-]{43}$`));
  });

  it("gives the partner's client exactly its agreed data, as the partner's bearer token would", async () => {
    const viaKey = await withKey(key.key, DISPARITY(AREA));
    expect(viaKey.status).toBe(200);
    expect(viaKey.body.errors).toBeUndefined();
    expect(viaKey.body.data.disparity).toMatchObject({ agreementReference: AGREEMENT, suppressionApplied: true, suppressionThreshold: 10 });
    const row = (category: string) => viaKey.body.data.disparity.rows.find((r: { category: string }) => r.category === category);
    // Counts are perturbed for disclosure control: White's 300 within the ptable's reach of ±15, Asian's 4 never shown as 4.
    expect(row('WHITE')).toMatchObject({ suppressed: false });
    expect(Math.abs(row('WHITE').count - 300)).toBeLessThanOrEqual(15);
    expect(row('ASIAN').count).not.toBe(4);
    if (row('ASIAN').suppressed) expect(row('ASIAN')).toMatchObject({ count: null, suppressionReason: 'below_threshold' });
    const viaToken = await harness.query(DISPARITY(AREA), { token: partnerToken });
    expect(viaKey.body.data).toEqual(viaToken.body.data);
  });

  it('refuses the client anything outside its agreement', async () => {
    const { body } = await withKey(key.key, DISPARITY(OTHER_AREA));
    expect(body.data?.disparity ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`no live agreement covers dataset stop-search .* ${OTHER_AREA}`));
    // Admin operations stay out of reach of a partner key.
    const admin = await withKey(key.key, `{ partnerApiKeys(partner: "${PARTNER}") { keyId } }`);
    expect(admin.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('audits the requests under the partner, naming the key', async () => {
    const { partnerAuditLog } = await asAdmin(`{ partnerAuditLog(partnerKey: "${PARTNER}", limit: 100) { subject partnerKey agreementReference operation outcome } }`);
    expect(partnerAuditLog).toContainEqual({
      subject: `api-key:${key.apiKey.keyId}`,
      partnerKey: PARTNER,
      agreementReference: AGREEMENT,
      operation: 'disparity',
      outcome: 'answered',
    });
    expect(partnerAuditLog.some((e: { subject: string; outcome: string }) => e.subject === `api-key:${key.apiKey.keyId}` && e.outcome === 'refused')).toBe(true);
  });

  it('records the last use on the key, and never shows the secret', async () => {
    const { partnerApiKeys } = await asAdmin(KEYS, { p: PARTNER });
    const listed = partnerApiKeys.find((k: { id: string }) => k.id === key.apiKey.id);
    expect(listed).toMatchObject({ keyId: key.apiKey.keyId, active: true, revokedAt: null });
    expect(listed.lastUsedAt).toBe('2027-06-30T23:30:00.000Z');
    expect(JSON.stringify(partnerApiKeys)).not.toContain(key.key.slice(`edhr_${key.apiKey.keyId}_`.length));
  });

  it('judges tokens and agreements by the federation clock, in UK dates', async () => {
    // Ten minutes from the clock's instant it is valid; a token that expired a minute before it is refused.
    const earlier = fixedClock('2027-06-30T23:19:00Z');
    const expired = await tokenFor(['admin'], { subject: 'ak-admin' }, earlier);
    const refused = await harness.query(`{ partnerApiKeys(partner: "${PARTNER}") { keyId } }`, { token: expired });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toMatch(/"exp" claim timestamp check failed/);
    // 23:30 UTC on 30 June is 1 July in the UK: an agreement ending 30 June is no longer live.
    await asAdmin('mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }', {
      i: {
        reference: 'AK-DSA-Q2', partnerKey: PARTNER, title: 'Last quarter', datasets: ['stop-search'], characteristics: ['RACE'],
        areas: [AREA], finestPeriod: 'QUARTER', validFrom: '2027-04-01', validTo: '2027-06-30',
      },
    });
    const { dataSharingAgreements } = await asAdmin(`{ dataSharingAgreements(partnerKey: "${PARTNER}") { reference live } }`);
    expect(dataSharingAgreements).toEqual([
      { reference: AGREEMENT, live: true },
      { reference: 'AK-DSA-Q2', live: false },
    ]);
  });

  it('refuses a made-up key with 401', async () => {
    for (const made of [`edhr_${'0'.repeat(16)}_${'A'.repeat(43)}`, `edhr_${key.apiKey.keyId}_${'B'.repeat(43)}`, 'not-a-key', '']) {
      const { status, body } = await withKey(made, DISPARITY(AREA));
      expect(status, made).toBe(401);
      expect(body.errors?.[0]).toMatchObject({ message: 'the API key is not valid', extensions: { code: 'UNAUTHENTICATED' } });
      expect(body.data ?? null).toBeNull();
    }
  });

  it('refuses a request carrying both a bearer token and an API key', async () => {
    const { status, body } = await withKey(key.key, DISPARITY(AREA), { authorization: `Bearer ${partnerToken}` });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/send either a bearer token or an API key/);
    expect(body.data ?? null).toBeNull();
  });

  it('rotates: a second key works beside the first, and a revoked key gets 401 on the very next request', async () => {
    const next = (await asAdmin(CREATE, { p: PARTNER, l: 'Trust analytics, rotated in' })).createPartnerApiKey;
    expect((await withKey(next.key, DISPARITY(AREA))).status).toBe(200);
    expect((await withKey(key.key, DISPARITY(AREA))).status).toBe(200);

    const { revokePartnerApiKey } = await asAdmin('mutation ($id: ID!) { revokePartnerApiKey(id: $id) { active revokedBy } }', { id: key.apiKey.id });
    expect(revokePartnerApiKey).toEqual({ active: false, revokedBy: 'ak-admin' });
    const refused = await withKey(key.key, DISPARITY(AREA));
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toBe('the API key is not valid');

    const still = await withKey(next.key, DISPARITY(AREA));
    expect(still.status).toBe(200);
    expect(still.body.data.disparity.agreementReference).toBe(AGREEMENT);
  });

  it('answers 503 with a clear message while the partners subgraph is unreachable', async () => {
    const { key: fresh } = (await asAdmin(CREATE, { p: PARTNER, l: 'outage check' })).createPartnerApiKey;
    await harness.federation.subgraphs.find((s) => s.name === 'partners')!.stop();
    const { status, headers, body } = await withKey(fresh, DISPARITY(AREA));
    expect(status).toBe(503);
    expect(headers.get('retry-after')).toBe('5');
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(body.errors?.[0]?.message).toMatch(/API keys cannot be checked right now: the partners service did not answer/);
    expect(body.data ?? null).toBeNull();
  });
});
