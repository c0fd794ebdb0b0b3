import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalFederation, type LocalFederation } from '@edhr/gateway/local-federation';
import { createTestDatabase, type TestDatabase } from '@edhr/kit/testing';

const AUTH_SECRET = 'e2e-'.padEnd(40, 'k');

/** The whole federation on free loopback ports, queried over HTTP as a dashboard would. */
describe('federation end to end', { timeout: 180_000 }, () => {
  let database: TestDatabase;
  let federation: LocalFederation;

  beforeAll(async () => {
    database = await createTestDatabase();
    federation = await startLocalFederation({
      databaseUrl: database.url,
      gatewayPort: 0,
      subgraphPorts: 'free',
      auth: { kind: 'shared-key', secret: AUTH_SECRET },
    });
  });
  afterAll(async () => {
    await federation?.stop();
    await database?.stop();
  });

  const post = (url: string, query: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('answers one query that touches all four subgraphs', async () => {
    const response = await post(
      federation.gatewayUrl,
      `{ organisation(id: "west-midlands-police") {
           id name kind areaCode
           serviceDelivery { importedFiles encounterRecords }
           peopleCulture { staffSurveyActions }
           partnerSharing { partnerAgencies }
         } }`,
      { 'x-request-id': 'e2e-request-1' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('e2e-request-1');
    const body = (await response.json()) as { data: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      organisation: {
        id: 'west-midlands-police',
        name: 'West Midlands Police',
        kind: 'police-force',
        areaCode: 'E23000014',
        serviceDelivery: { importedFiles: 0, encounterRecords: 0 },
        peopleCulture: { staffSurveyActions: 0 },
        partnerSharing: { partnerAgencies: 0 },
      },
    });
  });

  it('lists every organisation the seed plugins declare', async () => {
    const body = (await (await post(federation.gatewayUrl, '{ organisations { id } }')).json()) as {
      data: { organisations: { id: string }[] };
    };
    expect(body.data.organisations.map((o) => o.id).sort()).toEqual([
      'west-mercia-pcc',
      'west-mercia-police',
      'west-midlands-police',
    ]);
  });

  it('each subgraph refuses a request that did not come through the gateway', async () => {
    for (const subgraph of federation.subgraphs) {
      const response = await post(subgraph.url, '{ __typename }');
      expect(response.status, subgraph.name).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('reports each subgraph ready and the gateway live', async () => {
    for (const subgraph of federation.subgraphs) {
      const ready = await fetch(subgraph.url.replace(/graphql$/, 'health/ready'));
      expect(ready.status, subgraph.name).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', service: subgraph.name, database: { ok: true } });
    }
    const live = await fetch(federation.gatewayUrl.replace(/graphql$/, 'health/live'));
    expect(live.status).toBe(200);
  });
});
