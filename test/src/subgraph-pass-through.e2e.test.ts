import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '@edhr/kit';
import { operationMetric, startHarness, tokenFor, type Harness } from './harness';

/**
 * The gateway's subgraph pass-through, through the gateway over HTTP: a partner's repeated
 * question goes straight to partners once the runtime has been seen to answer it with partners'
 * data as it came, and is answered exactly as the runtime answers it — the same bytes and
 * headers, each question asked of partners and audited once, errors in the runtime's words.
 */

const PARTNER = 'pt-partner';
const AREA = 'E23000014';
const OTHER_AREA = 'E23000015';
const SCRAPE_TOKEN = 'pt-scraper-token-'.padEnd(40, 's');

const AGREEMENTS = 'query PtAgreements { dataSharingAgreements { reference datasets } }';
const DISPARITY = `query PtDisparity($area: String!) {
  disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: $area, period: "2024-Q1") {
    agreementReference rows { category count suppressed }
  }
}`;

describe('the subgraph pass-through at the gateway', { timeout: 300_000 }, () => {
  const clock: Clock = { now: () => new Date('2026-12-02T12:00:00Z') };
  let harness: Harness;
  let admin: string;

  beforeAll(async () => {
    // Read by the gateway at start (this file runs in a process of its own).
    process.env.METRICS_TOKEN = SCRAPE_TOKEN;
    harness = await startHarness({ clock });
    admin = await tokenFor(['admin'], { subject: 'pt-admin' }, clock);
    const setUp = async (document: string, variables: Record<string, unknown>) => {
      const { body } = await harness.query(document, { token: admin, variables });
      expect(body.errors, `set-up: ${document.slice(0, 60)}`).toBeUndefined();
    };
    await setUp('mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }', {
      i: { key: PARTNER, name: 'Pass-through partner', sector: 'nhs', organisationKey: 'west-midlands-police' },
    });
    await setUp('mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }', {
      i: {
        reference: 'PT-DSA-1', partnerKey: PARTNER, title: 'Stop and search', datasets: ['stop-search'], characteristics: ['RACE'],
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

  /** POSTs as a client would, with its own request id, and keeps the raw answer. */
  const ask = async (query: string, token: string, requestId: string, variables?: Record<string, unknown>, accept = 'application/json') => {
    const response = await fetch(harness.federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query, variables }),
    });
    const headers = [...response.headers].filter(([name]) => name !== 'date');
    return { status: response.status, headers, text: await response.text() };
  };
  const auditOf = async (subject: string) => {
    const { body } = await harness.query(`query { partnerAuditLog(partnerKey: "${PARTNER}", limit: 1000) { subject outcome } }`, { token: admin });
    expect(body.errors).toBeUndefined();
    return (body.data.partnerAuditLog as { subject: string; outcome: string }[]).filter((e) => e.subject === subject).map((e) => e.outcome);
  };

  it("answers a partner's repeated question straight from partners, byte for byte and header for header as the runtime, executed by the runtime once", async () => {
    const partner = await tokenFor(['partner'], { subject: 'pt-reader', partnerId: PARTNER }, clock);
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await ask(AGREEMENTS, partner, `pt-same-id`, undefined, accept));
      expect(answers[0]!.status).toBe(200);
      expect(JSON.parse(answers[0]!.text)).toEqual({ data: { dataSharingAgreements: [{ reference: 'PT-DSA-1', datasets: ['stop-search'] }] } });
      for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    }
    const metric = await operationMetric(harness, SCRAPE_TOKEN, 'PtAgreements');
    // Six requests reached the gateway and six calls partners; the runtime executed only the first.
    expect(metric('graphql_yoga_http_duration_count')).toBe(6);
    expect(metric('graphql_gateway_subgraph_execute_duration_count')).toBe(6);
    expect(metric('graphql_envelop_phase_execute_count')).toBe(1);
  });

  it('asks partners each question once, and audits it once, whether the pass-through answers it or gives it to the runtime to word', async () => {
    const partner = await tokenFor(['partner'], { subject: 'pt-audited', partnerId: PARTNER }, clock);
    // Refused (an area outside the agreement) before the question is learned: the runtime's words.
    const refusedByRuntime = await ask(DISPARITY, partner, 'pt-refusal', { area: OTHER_AREA });
    expect(JSON.parse(refusedByRuntime.text).errors[0].extensions.code).toBe('FORBIDDEN');
    const answered = [];
    for (let i = 0; i < 3; i++) answered.push(await ask(DISPARITY, partner, `pt-answer-${i}`, { area: AREA }));
    for (const answer of answered) expect(JSON.parse(answer.text).data.disparity.agreementReference).toBe('PT-DSA-1');
    // Learned by now: the same refusal passes through, comes back with errors, and is worded by the runtime exactly as before.
    const refusedAfter = await ask(DISPARITY, partner, 'pt-refusal', { area: OTHER_AREA });
    expect(refusedAfter).toEqual(refusedByRuntime);
    expect(await auditOf('pt-audited')).toEqual(['refused', 'answered', 'answered', 'answered', 'refused']);
    const metric = await operationMetric(harness, SCRAPE_TOKEN, 'PtDisparity');
    // The runtime executed the first refusal, the question that taught it and the refusal given back to it.
    expect(metric('graphql_envelop_phase_execute_count')).toBe(3);
  });

  it('gives the runtime variables that do not coerce, and sends partners nothing', async () => {
    const partner = await tokenFor(['partner'], { subject: 'pt-bad-variables', partnerId: PARTNER }, clock);
    expect(JSON.parse((await ask(DISPARITY, partner, 'pt-good', { area: AREA })).text).errors).toBeUndefined();
    const bad = await ask(DISPARITY, partner, 'pt-bad', { area: { not: 'a string' } }, 'application/graphql-response+json');
    expect(bad.status).toBe(400);
    const body = JSON.parse(bad.text);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toContain('$area');
    expect(await auditOf('pt-bad-variables')).toEqual(['answered']);
  });

  it("never passes through staff's questions, which are the response cache's", async () => {
    const staff = await tokenFor(['staff'], { subject: 'pt-staff' }, clock);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await harness.query('query PtStaff { dataSharingAgreements { reference } }', { token: staff }));
    expect(answers.map((a) => a.headers.get('x-edhr-response-cache'))).toEqual(['miss', 'hit', 'hit']);
  });
});
