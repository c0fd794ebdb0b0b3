import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInternalToken } from '@edhr/kit';
import { startHarness, tokenFor, type Harness } from './harness';

/** The whole federation on free loopback ports, queried over HTTP as a dashboard would. */
describe('federation end to end', { timeout: 180_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('answers one query that touches all four subgraphs', async () => {
    const { status, headers, body } = await harness.query(
      `{ organisation(id: "west-midlands-police") {
           id name kind areaCode
           serviceDelivery { importedFiles encounterRecords }
           partnerSharing { partnerAgencies }
         } }`,
      { headers: { 'x-request-id': 'e2e-request-1' } },
    );
    expect(status).toBe(200);
    expect(headers.get('x-request-id')).toBe('e2e-request-1');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      organisation: {
        id: 'west-midlands-police',
        name: 'West Midlands Police',
        kind: 'police-force',
        areaCode: 'E23000014',
        serviceDelivery: { importedFiles: 0, encounterRecords: 0 },
        partnerSharing: { partnerAgencies: 0 },
      },
    });
  });

  it('lists every organisation the seed plugins declare', async () => {
    const { body } = await harness.query('{ organisations { id } }');
    expect(body.data.organisations.map((o: { id: string }) => o.id).sort()).toEqual([
      'west-mercia-pcc',
      'west-mercia-police',
      'west-midlands-police',
    ]);
  });

  it('each subgraph refuses a request that did not come through the gateway', async () => {
    for (const subgraph of harness.federation.subgraphs) {
      const response = await fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status, subgraph.name).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('reports each subgraph ready and the gateway live', async () => {
    for (const subgraph of harness.federation.subgraphs) {
      const ready = await fetch(subgraph.url.replace(/graphql$/, 'health/ready'));
      expect(ready.status, subgraph.name).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', service: subgraph.name, database: { ok: true } });
    }
    const live = await fetch(harness.federation.gatewayUrl.replace(/graphql$/, 'health/live'));
    expect(live.status).toBe(200);
  });

  it('refuses an untrustworthy bearer token with 401 instead of treating it as public', async () => {
    const { status, body } = await harness.query('{ organisations { id } }', { token: 'not.a.jwt' });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/bearer token is not valid/);
  });

  it('accepts a subgraph calling the graph with an internal service token, and refuses a forged one', async () => {
    const secret = harness.federation.internalTokenSecret;
    const service = await signInternalToken({ subject: 'organisational-processes', roles: ['service'] }, secret, harness.federation.clock);
    const ok = await harness.query('{ organisations { id } }', { headers: { 'x-edhr-internal-token': service } });
    expect(ok.status).toBe(200);
    expect(ok.body.data.organisations).toHaveLength(3);
    const forged = await signInternalToken({ subject: 'x', roles: ['admin'] }, 'f'.repeat(64));
    const refused = await harness.query('{ organisations { id } }', { headers: { 'x-edhr-internal-token': forged } });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toMatch(/internal token is not valid/);
  });

  it('delivers the staff-survey plan to people-culture and joins it onto objectives and delivery actions', async () => {
    const staff = await tokenFor(['staff']);
    let status = 'pending';
    // The outbox delivers in the background: wait for it, boundedly.
    for (let attempt = 0; attempt < 60 && status !== 'delivered'; attempt++) {
      const { body } = await harness.query('{ plugin(id: "wmp-edhr-delivery-plan") { deliveries { target status } } }', { token: staff });
      status = body.data?.plugin?.deliveries?.[0]?.status ?? 'missing';
      if (status !== 'delivered') await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe('delivered');

    const { body } = await harness.query(
      // One query touching all four subgraphs.
      `{ organisation(id: "west-midlands-police") {
           name
           serviceDelivery { importedFiles encounterRecords }
           peopleCulture { staffSurveyActions }
           partnerSharing { partnerAgencies }
         }
         strategy(id: "wmp-edhr-strategy") { themes { objectives { code staffSurveyActions { number } } } } }`,
      { token: staff },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.organisation).toEqual({
      name: 'West Midlands Police',
      serviceDelivery: { importedFiles: 0, encounterRecords: 0 },
      peopleCulture: { staffSurveyActions: 20 },
      partnerSharing: { partnerAgencies: 0 },
    });
    const objectives = body.data.strategy.themes.flatMap((t: { objectives: unknown[] }) => t.objectives) as {
      code: string;
      staffSurveyActions: { number: string }[];
    }[];
    const numbersOf = (code: string) => objectives.find((o) => o.code === code)!.staffSurveyActions.map((a) => a.number).sort((a, b) => Number(a) - Number(b));
    // Staff-survey actions naming key action 2.2, plus action 15, which names "ALL".
    expect(numbersOf('2.2')).toEqual(['5', '8', '11', '14', '15', '20']);
  });
});
