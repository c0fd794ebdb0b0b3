import { expect } from 'vitest';
import type { Role } from '@edhr/kit';

/**
 * The role matrix's shared vocabulary: who calls, the shape of a row, the fixtures' names and
 * the helpers that judge a response ALLOWED or REFUSED. The rows live in `*.operations.ts`,
 * one file per owning subgraph; the runner is `../role-matrix.e2e.test.ts`.
 */

// ── Who calls ────────────────────────────────────────────────────────────────────────────────

export const ORG = 'west-midlands-police';
export const AREA = 'E23000014'; // West Midlands police force area: the one the partner's agreement covers
export const OTHER_AREA = 'E23000016'; // West Mercia: covered by no agreement
export const OWN_THEME = 'wmp-edhr-theme-2-people-culture:people-culture';
export const OWN_THEME_KPI = 'wmp-edhr-theme-2-people-culture:pc-kpi-staff-satisfaction';
export const OTHER_THEME_KPI = 'wmp-edhr-theme-1-service-delivery:sd-kpi-fair-treatment';
/** Delivery-plan rows resolving to a key action of OWN_THEME (2.1) and of another theme (1.1). */
export const OWN_THEME_ACTION = 'wmp-edhr-theme-2-people-culture:dp-08';
export const OTHER_THEME_ACTION = 'wmp-edhr-theme-1-service-delivery:dp-01';
export const PARTNER = 'rm-partner-with-agreement';
export const PARTNER_WITHOUT = 'rm-partner-without-agreement';
export const AGREEMENT = 'RM-DSA-1';

export type Caller = 'public' | 'staff' | 'theme-owner' | 'admin' | 'partner' | 'partner-without-agreement' | 'service';

export const CALLERS: Record<Caller, { subject: string; roles: Role[]; partnerId?: string; themes?: string[] }> = {
  public: { subject: 'anonymous', roles: ['public'] },
  staff: { subject: 'rm-staff', roles: ['staff'] },
  'theme-owner': { subject: 'rm-theme-owner', roles: ['theme-owner'], themes: [OWN_THEME] },
  admin: { subject: 'rm-admin', roles: ['admin'] },
  partner: { subject: 'rm-partner', roles: ['partner'], partnerId: PARTNER },
  'partner-without-agreement': { subject: 'rm-partner-without', roles: ['partner'], partnerId: PARTNER_WITHOUT },
  service: { subject: 'rm-service', roles: ['service'] },
};
export const EVERY_CALLER = Object.keys(CALLERS) as Caller[];

/** Staff-side reads: the force's own people. A theme owner is a member of staff. */
export const INTERNAL: Caller[] = ['staff', 'theme-owner', 'admin'];
/** Internal reads that query-based KPIs make through the gateway with the service identity. */
export const INTERNAL_AND_SERVICE: Caller[] = [...INTERNAL, 'service'];
/** The public is the least privileged role: every role but a partner (scoped by agreement) reads what it reads. */
export const EVERYONE_BUT_PARTNERS: Caller[] = ['public', 'staff', 'theme-owner', 'admin', 'service'];

// ── The matrix ───────────────────────────────────────────────────────────────────────────────

export type Subgraph = 'organisational-processes' | 'people-culture' | 'partners' | 'service-delivery';

export interface Cell {
  /** What the row tries. */
  name: string;
  subgraph: Subgraph;
  document: string;
  variables?: Record<string, unknown>;
  /** Dotted path of the guarded value in `data`. */
  field: string;
  allowed: Caller[];
  /** The same check sent straight to the subgraph, when the gateway reaches it another way (entity resolution). */
  direct?: { document: string; variables?: Record<string, unknown>; field: string };
}

export const CSV_REFUSED_BY_VALIDATION = 'not,a,known\nheader,row,at all';

// ── Documents and inputs the rows and fixtures share ─────────────────────────────────────────

export function disparity(dataset: string, area: string, period: string, groupBy?: string): string {
  const by = groupBy ? `, groupBy: ${groupBy}` : '';
  return `{ disparity(dataset: "${dataset}", characteristic: "RACE", reference: "WHITE", area: "${area}", period: "${period}"${by}) { suppressionApplied rows { category count } } }`;
}

export function agreementInput(reference: string, partnerKey: string) {
  return {
    reference,
    partnerKey,
    title: 'Role-matrix agreement',
    datasets: ['stop-search'],
    characteristics: ['RACE'],
    areas: [AREA],
    finestPeriod: 'QUARTER',
    validFrom: '2020-01-01',
    validTo: '2099-12-31',
  };
}

// ── Judging a response ───────────────────────────────────────────────────────────────────────

export interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

const REFUSAL_CODES = ['FORBIDDEN', 'UNAUTHENTICATED'];
/** Codes that would make an ALLOWED cell pass without ever reaching the role check, or hide a crash behind it. */
const NOT_AN_ANSWER = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR'];

export function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<any>((value, key) => (value === null || value === undefined ? value : value[key]), data);
}

export function expectAllowed(response: GraphQLResponse, where: string) {
  const refusals = (response.body.errors ?? []).filter((e) => REFUSAL_CODES.includes(e.extensions?.code));
  expect(refusals, `${where}: refused — ${refusals.map((e) => e.message).join('; ')}`).toEqual([]);
  const broken = (response.body.errors ?? []).filter((e) => NOT_AN_ANSWER.includes(e.extensions?.code));
  expect(broken, `${where}: no answer — ${broken.map((e) => e.message).join('; ')}`).toEqual([]);
  expect([401, 403], where).not.toContain(response.status);
}

export function expectRefused(response: GraphQLResponse, field: string, where: string) {
  const codes = (response.body.errors ?? []).map((e) => e.extensions?.code);
  expect(codes.some((c) => REFUSAL_CODES.includes(c)), `${where}: expected FORBIDDEN or UNAUTHENTICATED, got ${JSON.stringify(response.body).slice(0, 400)}`).toBe(true);
  expect(valueAt(response.body.data, field) ?? null, `${where}: data leaked`).toBeNull();
}
