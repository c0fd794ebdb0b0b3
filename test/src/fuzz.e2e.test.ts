import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { publicApiSchema } from '@edhr/schema';
import { DEFAULT_ABUSE_PENALTY } from '@edhr/gateway';
import { startHarness, tokenFor, type Harness } from './harness';
import { operationArbitrary, type FuzzOperation } from './fuzz/operation-arbitrary';
import { problemWithAnswer } from './fuzz/response-check';

/**
 * Requests generated from the composed public schema — valid and invalid: wrong types, missing
 * arguments, unknown fields, deep selections, huge and odd strings, garbage documents — sent to a
 * running gateway in production mode as every role. None may be answered 500 or show a stack
 * trace, a file path, a stack overflow or an internal service name, and the gateway must still
 * answer at the end. Seeded (FUZZ_SEED to replay a failure; fast-check prints the seed and the
 * request) and bounded: FUZZ_BATCHES batches of CONCURRENCY requests sent at once.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CONCURRENCY = 8;
const BATCHES = Number(process.env.FUZZ_BATCHES ?? 625);
const MAX_DEPTH = 14;
const PARTNER = 'fuzz-partner';

type Role = 'public' | 'staff' | 'theme-owner' | 'admin' | 'partner' | 'partner-api-key';
const ROLES: Role[] = ['public', 'staff', 'theme-owner', 'admin', 'partner', 'partner-api-key'];

describe('fuzzing the gateway', { timeout: 600_000 }, () => {
  let harness: Harness;
  const headersOf = new Map<Role, Record<string, string>>();
  const sent = new Map<Role, number>(ROLES.map((r) => [r, 0]));
  const statuses = new Map<number, number>();
  const codes = new Map<string, number>();

  beforeAll(async () => {
    // The rate limit and the abuse penalty off: every generated request, all from one address and
    // most of them refused, must reach the refusal or answer it provokes. With the penalty on, the
    // 30th refusal would turn every later request into the penalty's 429, tested on its own
    // (abuse-penalty.e2e.test.ts), and the other refusals would go unexercised.
    harness = await startHarness({
      production: true,
      limits: { requestsPerMinute: 1_000_000, abusePenalty: { ...DEFAULT_ABUSE_PENALTY, enabled: false } },
    });
    const admin = await tokenFor(['admin'], { subject: 'fuzz-admin' });
    const asAdmin = async (document: string, variables: Record<string, unknown>) => {
      const { body } = await harness.query(document, { token: admin, variables });
      expect(body.errors, document.slice(0, 60)).toBeUndefined();
      return body.data;
    };
    await asAdmin('mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }', {
      i: { key: PARTNER, name: 'Fuzz partner', sector: 'nhs', organisationKey: 'west-midlands-police' },
    });
    await asAdmin('mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }', {
      i: {
        reference: 'FUZZ-DSA-1',
        partnerKey: PARTNER,
        title: 'Fuzz agreement',
        datasets: ['stop-search'],
        characteristics: ['RACE'],
        areas: ['E23000014'],
        finestPeriod: 'MONTH',
        validFrom: '2000-01-01',
        validTo: '2099-12-31',
      },
    });
    const { key } = (await asAdmin('mutation ($p: String!) { createPartnerApiKey(partner: $p, label: "fuzz") { key } }', { p: PARTNER }))
      .createPartnerApiKey as { key: string };
    const bearer = async (roles: Parameters<typeof tokenFor>[0], claims?: Parameters<typeof tokenFor>[1]) => ({
      authorization: `Bearer ${await tokenFor(roles, claims)}`,
    });
    headersOf.set('public', {});
    headersOf.set('staff', await bearer(['staff'], { subject: 'fuzz-staff' }));
    headersOf.set('theme-owner', await bearer(['theme-owner'], { subject: 'fuzz-owner', themes: ['wmp-edhr-theme-1-service-delivery:service-delivery'] }));
    headersOf.set('admin', await bearer(['admin'], { subject: 'fuzz-admin' }));
    headersOf.set('partner', await bearer(['partner'], { subject: 'fuzz-partner-analyst', partnerId: PARTNER }));
    headersOf.set('partner-api-key', { 'x-api-key': key });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  /** Sends one request and returns why its answer is unacceptable, if it is. */
  async function probe(role: Role, operation: FuzzOperation, rawVariables: unknown): Promise<void> {
    sent.set(role, sent.get(role)! + 1);
    const body = JSON.stringify({ query: operation.query, variables: rawVariables === undefined ? operation.variables : rawVariables });
    const response = await fetch(harness.federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headersOf.get(role) },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    const problem = problemWithAnswer(response.status, text, body, process.cwd());
    if (!problem) {
      const first = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0];
      const code = first ? (first.extensions?.code ?? 'no code') : 'answered';
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    if (problem) {
      throw new Error(`${problem}\nrole: ${role}\nrequest: ${body.slice(0, 2_000)}\nanswer (${response.status}): ${text.slice(0, 2_000)}`);
    }
  }

  it(`answers ${CONCURRENCY * BATCHES} generated requests without a 500 or a leak (seed ${SEED})`, async () => {
    const schema = publicApiSchema();
    const request = fc.record({
      role: fc.constantFrom(...ROLES),
      operation: operationArbitrary(schema, MAX_DEPTH),
      // Now and then variables that are not an object at all.
      rawVariables: fc.oneof(
        { weight: 29, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom<unknown>('oops', [1, 2], 42, null) },
      ),
    });
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(request, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (batch) => {
        await Promise.all(batch.map((r) => probe(r.role, r.operation, r.rawVariables)));
      }),
      { seed: SEED, numRuns: BATCHES, endOnFailure: true },
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `fuzz: ${CONCURRENCY * BATCHES} requests in ${seconds.toFixed(1)} s (seed ${SEED}); by role ${JSON.stringify(Object.fromEntries(sent))}; by status ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; by first error ${JSON.stringify(Object.fromEntries([...codes].sort((a, b) => b[1] - a[1])))}`,
    );
    expect([...sent.values()].reduce((a, b) => a + b, 0)).toBe(CONCURRENCY * BATCHES);
    for (const role of ROLES) expect(sent.get(role), role).toBeGreaterThan((CONCURRENCY * BATCHES) / ROLES.length / 2);
  });

  it('still answers a trivial query, and a real one, afterwards', async () => {
    const trivial = await harness.query('{ __typename }');
    expect(trivial.status).toBe(200);
    expect(trivial.body).toEqual({ data: { __typename: 'Query' } });
    const real = await harness.query('{ strategy(id: "wmp-edhr-strategy") { themes { code } } }');
    expect(real.body.data.strategy.themes.map((t: { code: string }) => t.code)).toEqual(['1', '2', '3']);
  });
});
