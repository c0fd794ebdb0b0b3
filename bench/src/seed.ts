import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { REPOSITORY_ROOT } from './service-process';

/** A bearer token the benchmark's gateways accept, valid for an hour. */
export function bearerToken(authSecret: string, subject: string, roles: string[], partnerId?: string): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles, partner_id: partnerId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 3600)
    .sign(new TextEncoder().encode(authSecret));
}

async function ask(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (answer.errors || !answer.data) throw new Error(`set-up failed (${query.slice(0, 60)}): ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

export const AREA = 'E23000014';

/** A partner's disparity question over the imported month: Black against White, June 2017, month by month. */
export const DISPARITY_QUERY = /* GraphQL */ `
  query Disparity {
    disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "${AREA}", period: "2017-06") {
      agreementReference
      rows { category count suppressed rate { value } ratio { value lower upper significant } }
    }
  }
`;

/**
 * Through the gateway, as an admin: imports June 2017's stop-and-search records of West Midlands
 * Police (published to partners as aggregates) — already held on a second run against the same
 * database — and gives a partner of this run's own a live agreement covering them.
 */
export async function seedDisparity(gatewayUrl: string, authSecret: string): Promise<{ partnerKey: string; partnerToken: string }> {
  const admin = await bearerToken(authSecret, 'bench-admin', ['admin']);
  const file = readFileSync(`${REPOSITORY_ROOT}subgraphs/service-delivery/fixtures/2017-06-west-midlands-stop-and-search.csv`, 'utf8');
  await ask(gatewayUrl, admin, 'mutation ($f: String!) { importEncounters(dataset: "stop-search", organisation: "west-midlands-police", file: $f) { status } }', { f: file });
  const partnerKey = `bench-${randomBytes(4).toString('hex')}`;
  await ask(gatewayUrl, admin, 'mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }', {
    i: { key: partnerKey, name: 'Benchmark partner', sector: 'nhs', organisationKey: 'west-midlands-police' },
  });
  await ask(gatewayUrl, admin, 'mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }', {
    i: {
      reference: `${partnerKey.toUpperCase()}-DSA`, partnerKey, title: 'Stop and search, monthly', datasets: ['stop-search'],
      characteristics: ['RACE'], areas: [AREA], finestPeriod: 'MONTH', validFrom: '2017-01-01', validTo: '2099-12-31',
    },
  });
  const partnerToken = await bearerToken(authSecret, 'bench-partner-analyst', ['partner'], partnerKey);
  const check = await ask(gatewayUrl, partnerToken, DISPARITY_QUERY);
  const rows = (check.disparity as { rows: unknown[] }).rows;
  if (rows.length === 0) throw new Error('the disparity question found no rows: the import published nothing');
  return { partnerKey, partnerToken };
}
