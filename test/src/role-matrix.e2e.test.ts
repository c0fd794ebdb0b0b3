import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_TOKEN_HEADER, signInternalToken, type Role } from '@edhr/kit';
import { startHarness, tokenFor, type Harness } from './harness';

/**
 * Who may do what, cell by cell: every role against every sensitive query and mutation, once
 * through the gateway (bearer tokens) and once straight at the owning subgraph (a
 * gateway-signed internal token), from the roles the security model grants — not from what
 * the resolvers happen to check.
 *
 * ALLOWED means the role check let the request through: no FORBIDDEN or UNAUTHENTICATED error.
 * Mutations must not change anything when allowed, so each row says how it stays harmless:
 * an input refused by validation after the role check (BAD_USER_INPUT), a record that does
 * not exist (NOT_FOUND), a stale version (CONFLICT) or an operation that is idempotent.
 * REFUSED means an error coded FORBIDDEN or UNAUTHENTICATED and no data for the field.
 */

// ── Who calls ────────────────────────────────────────────────────────────────────────────────

const ORG = 'west-midlands-police';
const AREA = 'E23000014'; // West Midlands police force area: the one the partner's agreement covers
const OTHER_AREA = 'E23000016'; // West Mercia: covered by no agreement
const OWN_THEME = 'wmp-edhr-strategy:people-culture';
const OWN_THEME_KPI = 'wmp-edhr-strategy:pc-kpi-staff-satisfaction';
const OTHER_THEME_KPI = 'wmp-edhr-strategy:sd-kpi-fair-treatment';
const PARTNER = 'rm-partner-with-agreement';
const PARTNER_WITHOUT = 'rm-partner-without-agreement';
const AGREEMENT = 'RM-DSA-1';

type Caller = 'public' | 'staff' | 'theme-owner' | 'admin' | 'partner' | 'partner-without-agreement' | 'service';

const CALLERS: Record<Caller, { subject: string; roles: Role[]; partnerId?: string; themes?: string[] }> = {
  public: { subject: 'anonymous', roles: ['public'] },
  staff: { subject: 'rm-staff', roles: ['staff'] },
  'theme-owner': { subject: 'rm-theme-owner', roles: ['theme-owner'], themes: [OWN_THEME] },
  admin: { subject: 'rm-admin', roles: ['admin'] },
  partner: { subject: 'rm-partner', roles: ['partner'], partnerId: PARTNER },
  'partner-without-agreement': { subject: 'rm-partner-without', roles: ['partner'], partnerId: PARTNER_WITHOUT },
  service: { subject: 'rm-service', roles: ['service'] },
};
const EVERY_CALLER = Object.keys(CALLERS) as Caller[];

/** Staff-side reads: the force's own people. A theme owner is a member of staff. */
const INTERNAL: Caller[] = ['staff', 'theme-owner', 'admin'];
/** Internal reads that query-based KPIs make through the gateway with the service identity. */
const INTERNAL_AND_SERVICE: Caller[] = [...INTERNAL, 'service'];
/** The public is the least privileged role: every role but a partner (scoped by agreement) reads what it reads. */
const EVERYONE_BUT_PARTNERS: Caller[] = ['public', 'staff', 'theme-owner', 'admin', 'service'];

// ── The matrix ───────────────────────────────────────────────────────────────────────────────

type Subgraph = 'organisational-processes' | 'people-culture' | 'partners' | 'service-delivery';

interface Cell {
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

const CSV_REFUSED_BY_VALIDATION = 'not,a,known\nheader,row,at all';

const MATRIX: Cell[] = [
  // organisational-processes
  { name: 'strategies (published documents)', subgraph: 'organisational-processes', document: '{ strategies { id } }', field: 'strategies', allowed: EVERY_CALLER },
  { name: 'plugins (registry)', subgraph: 'organisational-processes', document: '{ plugins { id sourceRef } }', field: 'plugins', allowed: INTERNAL_AND_SERVICE },
  {
    name: 'plugin with its deliveries',
    subgraph: 'organisational-processes',
    document: '{ plugin(id: "wmp-edhr-delivery-plan") { id deliveries { status lastError } } }',
    field: 'plugin',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    // Allowed: an empty manifest is refused by validation (BAD_USER_INPUT), nothing registered.
    name: 'registerPlugin',
    subgraph: 'organisational-processes',
    document: 'mutation ($m: JSON!) { registerPlugin(manifest: $m) { id } }',
    variables: { m: {} },
    field: 'registerPlugin',
    allowed: ['admin'],
  },
  {
    // Allowed: no such plugin (NOT_FOUND), nothing changed.
    name: 'setPluginEnabled',
    subgraph: 'organisational-processes',
    document: 'mutation { setPluginEnabled(id: "rm-no-such-plugin", enabled: true) { id } }',
    field: 'setPluginEnabled',
    allowed: ['admin'],
  },
  {
    // Allowed: the period is malformed (BAD_USER_INPUT), nothing recorded.
    name: "recordMeasurement, KPI of the theme owner's theme",
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { value } }',
    variables: { i: { kpi: OWN_THEME_KPI, period: 'not-a-period', value: 1, source: 'role matrix' } },
    field: 'recordMeasurement',
    allowed: ['admin', 'theme-owner'],
  },
  {
    // Allowed: as above, malformed period.
    name: 'recordMeasurement, KPI of another theme',
    subgraph: 'organisational-processes',
    document: 'mutation ($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { value } }',
    variables: { i: { kpi: OTHER_THEME_KPI, period: 'not-a-period', value: 1, source: 'role matrix' } },
    field: 'recordMeasurement',
    allowed: ['admin'],
  },
  {
    // Allowed: no such strategy (NOT_FOUND), nothing measured.
    name: 'refreshMeasurements',
    subgraph: 'organisational-processes',
    document: 'mutation { refreshMeasurements(strategy: "rm-no-such-strategy", period: "2024") { kpi } }',
    field: 'refreshMeasurements',
    allowed: ['admin'],
  },

  // people-culture
  {
    name: 'staffSurveyActions',
    subgraph: 'people-culture',
    document: `{ staffSurveyActions(organisation: "${ORG}") { number } }`,
    field: 'staffSurveyActions',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'representation',
    subgraph: 'people-culture',
    document: `{ representation(organisation: "${ORG}", characteristic: "RACE", category: "BLACK", communityGroup: 10, communityTotal: 100) { characteristic } }`,
    field: 'representation',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'selectionRates',
    subgraph: 'people-culture',
    document: '{ selectionRates(round: "rm-no-round", characteristic: "RACE") { computable } }',
    field: 'selectionRates',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'disclosureRate',
    subgraph: 'people-culture',
    document: `{ disclosureRate(organisation: "${ORG}", characteristic: "RACE") { computable } }`,
    field: 'disclosureRate',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'skillsSummary (suppressed counts)',
    subgraph: 'people-culture',
    document: `{ skillsSummary(organisation: "${ORG}") { threshold } }`,
    field: 'skillsSummary',
    allowed: INTERNAL_AND_SERVICE,
  },
  {
    name: 'skillRecords (record by record)',
    subgraph: 'people-culture',
    document: `{ skillRecords(organisation: "${ORG}") { member } }`,
    field: 'skillRecords',
    allowed: ['admin'],
  },
  {
    // Allowed: the consent date is malformed (BAD_USER_INPUT), nothing recorded.
    name: 'recordSkill',
    subgraph: 'people-culture',
    document: 'mutation ($i: SkillRecordInput!) { recordSkill(input: $i) { id } }',
    variables: { i: { organisation: ORG, member: 'rm-member', kind: 'LANGUAGE', value: 'Punjabi', consentDate: 'not-a-date' } },
    field: 'recordSkill',
    allowed: ['admin'],
  },
  {
    // Allowed: idempotent — the member has no records, so 0 are deleted.
    name: 'withdrawSkillConsent',
    subgraph: 'people-culture',
    document: `mutation { withdrawSkillConsent(organisation: "${ORG}", member: "rm-nobody") }`,
    field: 'withdrawSkillConsent',
    allowed: ['admin'],
  },
  {
    // Allowed: the actions are not a list (BAD_USER_INPUT), nothing synced.
    name: 'syncStaffSurveyActions',
    subgraph: 'people-culture',
    document: 'mutation ($i: StaffSurveySyncInput!) { syncStaffSurveyActions(input: $i) { received } }',
    variables: { i: { pluginId: 'rm-plugin', pluginVersion: '1.0.0', organisation: ORG, strategy: 'rm-strategy', actions: 'not a list' } },
    field: 'syncStaffSurveyActions',
    allowed: ['service', 'admin'],
  },
  // Allowed: every workforce import gets a CSV with an unknown header (BAD_USER_INPUT), nothing imported.
  ...['importWorkforceSnapshots', 'importJoinersAndLeavers', 'importSelectionRounds', 'importGrievancesAndMisconduct', 'importCommunityPopulation'].map(
    (mutation): Cell => ({
      name: mutation,
      subgraph: 'people-culture',
      document: `mutation ($csv: String!) { ${mutation}(csv: $csv) { rows } }`,
      variables: { csv: CSV_REFUSED_BY_VALIDATION },
      field: mutation,
      allowed: ['staff', 'admin'],
    }),
  ),
  {
    // Entity resolution: the gateway fetches Objective.staffSurveyActions through people-culture's _entities.
    name: 'Objective.staffSurveyActions (entity resolution)',
    subgraph: 'people-culture',
    document: '{ strategy(id: "wmp-edhr-strategy") { themes { objectives { staffSurveyActions { number } } } } }',
    field: 'strategy',
    allowed: INTERNAL_AND_SERVICE,
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { staffSurveyActions { number } } } }',
      variables: { r: [{ __typename: 'Objective', id: 'wmp-edhr-strategy:rm', code: '2.2', strategyKey: 'wmp-edhr-strategy' }] },
      field: '_entities.0',
    },
  },
  {
    name: 'DeliveryAction.staffSurveyActions (entity resolution)',
    subgraph: 'people-culture',
    document: '{ strategy(id: "wmp-edhr-strategy") { actions { staffSurveyActions { number } } } }',
    field: 'strategy',
    allowed: INTERNAL_AND_SERVICE,
    direct: {
      document: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on DeliveryAction { staffSurveyActions { number } } } }',
      variables: { r: [{ __typename: 'DeliveryAction', id: 'wmp-edhr-delivery-plan:rm', pluginId: 'wmp-edhr-delivery-plan', staffSurveyActionNumbers: ['1'] }] },
      field: '_entities.0',
    },
  },

  // service-delivery
  {
    name: 'stopSearchAnalysis',
    subgraph: 'service-delivery',
    document: `{ stopSearchAnalysis(organisation: "${ORG}", period: { from: "2024-01-01", to: "2024-03-31" }, groupBy: [SEX]) { searches } }`,
    field: 'stopSearchAnalysis',
    allowed: INTERNAL,
  },
  {
    name: 'stopSearchEthnicityCrossTab',
    subgraph: 'service-delivery',
    document: `{ stopSearchEthnicityCrossTab(organisation: "${ORG}", period: { from: "2024-01-01", to: "2024-03-31" }) { searches } }`,
    field: 'stopSearchEthnicityCrossTab',
    allowed: INTERNAL,
  },
  {
    // Allowed: unknown dataset (BAD_USER_INPUT), nothing imported.
    name: 'importEncounters',
    subgraph: 'service-delivery',
    document: `mutation { importEncounters(dataset: "rm-no-such-dataset", organisation: "${ORG}", file: "a,b\\n1,2") { status } }`,
    field: 'importEncounters',
    allowed: ['staff', 'admin'],
  },

  // partners
  { name: 'denominatorSources (public census figures)', subgraph: 'partners', document: '{ denominatorSources { source } }', field: 'denominatorSources', allowed: EVERY_CALLER },
  {
    name: "disparity, within the partner's agreement",
    subgraph: 'partners',
    document: disparity('stop-search', AREA, '2024-Q1'),
    field: 'disparity',
    allowed: [...EVERYONE_BUT_PARTNERS, 'partner'],
  },
  { name: 'disparity, another area', subgraph: 'partners', document: disparity('stop-search', OTHER_AREA, '2024-Q1'), field: 'disparity', allowed: EVERYONE_BUT_PARTNERS },
  { name: 'disparity, another dataset', subgraph: 'partners', document: disparity('use-of-force', AREA, '2024-Q1'), field: 'disparity', allowed: EVERYONE_BUT_PARTNERS },
  {
    name: 'disparity, finer than the agreement allows',
    subgraph: 'partners',
    document: disparity('stop-search', AREA, '2024-Q1', 'MONTH'),
    field: 'disparity',
    allowed: EVERYONE_BUT_PARTNERS,
  },
  { name: 'findings', subgraph: 'partners', document: '{ findings { id } }', field: 'findings', allowed: [...INTERNAL, 'partner'] },
  { name: 'findings, another area', subgraph: 'partners', document: `{ findings(area: "${OTHER_AREA}") { id } }`, field: 'findings', allowed: INTERNAL },
  {
    // A partner's own agreements (none, for the partner without one).
    name: 'dataSharingAgreements, own',
    subgraph: 'partners',
    document: '{ dataSharingAgreements { reference } }',
    field: 'dataSharingAgreements',
    allowed: ['staff', 'admin', 'partner', 'partner-without-agreement'],
  },
  {
    name: "dataSharingAgreements, another partner's",
    subgraph: 'partners',
    document: '{ dataSharingAgreements(partnerKey: "rm-someone-else") { reference } }',
    field: 'dataSharingAgreements',
    allowed: ['staff', 'admin'],
  },
  { name: 'partnerAgencies', subgraph: 'partners', document: '{ partnerAgencies { key } }', field: 'partnerAgencies', allowed: ['staff', 'admin'] },
  { name: 'partnerAuditLog', subgraph: 'partners', document: '{ partnerAuditLog { id } }', field: 'partnerAuditLog', allowed: ['admin'] },
  {
    // Allowed: the key is malformed (BAD_USER_INPUT), nothing created.
    name: 'createPartnerAgency',
    subgraph: 'partners',
    document: 'mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }',
    variables: { i: { key: 'Not A Key', name: 'x', sector: 'x', organisationKey: ORG } },
    field: 'createPartnerAgency',
    allowed: ['admin'],
  },
  {
    // Allowed: the reference is malformed (BAD_USER_INPUT), nothing created.
    name: 'createAgreement',
    subgraph: 'partners',
    document: 'mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }',
    variables: { i: agreementInput('!not a reference', PARTNER) },
    field: 'createAgreement',
    allowed: ['admin'],
  },
  {
    // Allowed: the expected version is stale (CONFLICT), nothing written.
    name: 'updateAgreement',
    subgraph: 'partners',
    document: `mutation { updateAgreement(reference: "${AGREEMENT}", expectedVersion: 999, changes: { title: "changed" }) { version } }`,
    field: 'updateAgreement',
    allowed: ['admin'],
  },
  {
    // Allowed: the table has no population column (refused all or nothing), nothing imported.
    name: 'importPopulation',
    subgraph: 'partners',
    document: 'mutation ($i: PopulationImportInput!) { importPopulation(input: $i) { accepted } }',
    variables: { i: { source: 'rm', edition: '1', characteristic: 'RACE', content: CSV_REFUSED_BY_VALIDATION } },
    field: 'importPopulation',
    allowed: ['admin'],
  },
  {
    // Allowed: the table has unknown columns (refused all or nothing), nothing stored.
    name: 'uploadStatistics',
    subgraph: 'partners',
    document: 'mutation ($i: StatisticsUploadInput!) { uploadStatistics(input: $i) { accepted } }',
    variables: { i: { content: CSV_REFUSED_BY_VALIDATION } },
    field: 'uploadStatistics',
    allowed: ['service', 'admin', 'partner', 'partner-without-agreement'],
  },
  {
    // Allowed: the period is malformed (BAD_USER_INPUT), nothing detected.
    name: 'detectFindings',
    subgraph: 'partners',
    document: `mutation { detectFindings(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "${AREA}", period: "not-a-period") { created } }`,
    field: 'detectFindings',
    allowed: INTERNAL,
  },
  {
    // Allowed: the id is not a finding id (BAD_USER_INPUT), nothing explained.
    name: 'explainFinding',
    subgraph: 'partners',
    document: 'mutation { explainFinding(id: "rm-not-an-id", expectedVersion: 1, explanation: { text: "x", evidence: ["y"] }) { id } }',
    field: 'explainFinding',
    allowed: INTERNAL,
  },
  {
    // Allowed: as above.
    name: 'linkReformAction',
    subgraph: 'partners',
    document: 'mutation { linkReformAction(id: "rm-not-an-id", expectedVersion: 1, deliveryAction: "x") { id } }',
    field: 'linkReformAction',
    allowed: INTERNAL,
  },
  {
    name: 'partnerApiKeys',
    subgraph: 'partners',
    document: `{ partnerApiKeys(partner: "${PARTNER}") { keyId lastUsedAt } }`,
    field: 'partnerApiKeys',
    allowed: ['admin'],
  },
  {
    // Allowed: the label is empty (BAD_USER_INPUT), no key created.
    name: 'createPartnerApiKey',
    subgraph: 'partners',
    document: `mutation { createPartnerApiKey(partner: "${PARTNER}", label: " ") { key } }`,
    field: 'createPartnerApiKey',
    allowed: ['admin'],
  },
  {
    // Allowed: the id is not an API key id (BAD_USER_INPUT), nothing revoked.
    name: 'revokePartnerApiKey',
    subgraph: 'partners',
    document: 'mutation { revokePartnerApiKey(id: "rm-not-an-id") { revokedAt } }',
    field: 'revokePartnerApiKey',
    allowed: ['admin'],
  },
  {
    // Allowed: a made-up key resolves to null and records no use. The gateway's own check of an x-api-key.
    name: 'resolvePartnerApiKey',
    subgraph: 'partners',
    document: `mutation { resolvePartnerApiKey(key: "edhr_${'0'.repeat(16)}_${'A'.repeat(43)}") { partnerKey } }`,
    field: 'resolvePartnerApiKey',
    allowed: ['service'],
  },
];

function disparity(dataset: string, area: string, period: string, groupBy?: string): string {
  const by = groupBy ? `, groupBy: ${groupBy}` : '';
  return `{ disparity(dataset: "${dataset}", characteristic: "RACE", reference: "WHITE", area: "${area}", period: "${period}"${by}) { suppressionApplied rows { category count } } }`;
}

function agreementInput(reference: string, partnerKey: string) {
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

// ── The runner ───────────────────────────────────────────────────────────────────────────────

interface GraphQLResponse {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

const REFUSAL_CODES = ['FORBIDDEN', 'UNAUTHENTICATED'];
/** Codes that would make an ALLOWED cell pass without ever reaching the role check, or hide a crash behind it. */
const NOT_AN_ANSWER = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'INTERNAL_SERVER_ERROR'];

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<any>((value, key) => (value === null || value === undefined ? value : value[key]), data);
}

function expectAllowed(response: GraphQLResponse, where: string) {
  const refusals = (response.body.errors ?? []).filter((e) => REFUSAL_CODES.includes(e.extensions?.code));
  expect(refusals, `${where}: refused — ${refusals.map((e) => e.message).join('; ')}`).toEqual([]);
  const broken = (response.body.errors ?? []).filter((e) => NOT_AN_ANSWER.includes(e.extensions?.code));
  expect(broken, `${where}: no answer — ${broken.map((e) => e.message).join('; ')}`).toEqual([]);
  expect([401, 403], where).not.toContain(response.status);
}

function expectRefused(response: GraphQLResponse, field: string, where: string) {
  const codes = (response.body.errors ?? []).map((e) => e.extensions?.code);
  expect(codes.some((c) => REFUSAL_CODES.includes(c)), `${where}: expected FORBIDDEN or UNAUTHENTICATED, got ${JSON.stringify(response.body).slice(0, 400)}`).toBe(true);
  expect(valueAt(response.body.data, field) ?? null, `${where}: data leaked`).toBeNull();
}

describe('role matrix', { timeout: 300_000 }, () => {
  let harness: Harness;
  const bearer = new Map<Caller, string>();

  const subgraphUrl = (name: Subgraph) => harness.federation.subgraphs.find((s) => s.name === name)!.url;

  const throughGateway = (caller: Caller, document: string, variables?: Record<string, unknown>) =>
    harness.query(document, { token: bearer.get(caller), variables }) as Promise<GraphQLResponse>;

  async function toSubgraph(subgraph: Subgraph, document: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await fetch(subgraphUrl(subgraph), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: document, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
  }

  const straightToSubgraph = async (caller: Caller, subgraph: Subgraph, document: string, variables?: Record<string, unknown>) =>
    toSubgraph(subgraph, document, variables, {
      [INTERNAL_TOKEN_HEADER]: await signInternalToken(CALLERS[caller], harness.federation.internalTokenSecret),
    });

  /** Admin set-up through the gateway; fails loudly so a broken fixture is not mistaken for a refusal. */
  async function asAdmin(document: string, variables?: Record<string, unknown>) {
    const { body } = await throughGateway('admin', document, variables);
    expect(body.errors, `set-up: ${document.slice(0, 60)}`).toBeUndefined();
    return body.data;
  }

  beforeAll(async () => {
    harness = await startHarness();
    for (const caller of EVERY_CALLER) {
      if (caller === 'public') continue;
      const { subject, roles, partnerId, themes } = CALLERS[caller];
      bearer.set(caller, await tokenFor(roles, { subject, partnerId, themes }));
    }
    // The theme owner's claim names a theme that exists, in the form the API gives theme ids.
    const themes = await asAdmin('{ strategy(id: "wmp-edhr-strategy") { themes { id kpis { id } } } }');
    const own = themes.strategy.themes.find((t: { id: string }) => t.id === OWN_THEME);
    expect(own?.kpis.map((k: { id: string }) => k.id)).toContain(OWN_THEME_KPI);

    const createAgency = 'mutation ($i: PartnerAgencyInput!) { createPartnerAgency(input: $i) { key } }';
    for (const key of [PARTNER, PARTNER_WITHOUT]) {
      await asAdmin(createAgency, { i: { key, name: key, sector: 'health', organisationKey: ORG } });
    }
    await asAdmin('mutation ($i: AgreementInput!) { createAgreement(input: $i) { reference } }', { i: agreementInput(AGREEMENT, PARTNER) });

    // Stop and search in both areas for 2024-Q1, published; 2024-Q2 in the partner's area, not published.
    const rows = [
      ...[AREA, OTHER_AREA].flatMap((area) =>
        Object.entries({ BLACK: 120, WHITE: 300, MIXED: 20, ASIAN: 4 }).map(([category, count]) => `stop-search,2024-Q1,${area},RACE,${category},${count},true`),
      ),
      ...Object.entries({ BLACK: 90, WHITE: 310, MIXED: 25, ASIAN: 30 }).map(([category, count]) => `stop-search,2024-Q2,${AREA},RACE,${category},${count},false`),
    ];
    const upload = await asAdmin('mutation ($i: StatisticsUploadInput!) { uploadStatistics(input: $i) { accepted errors { line message } } }', {
      i: { content: `dataset,period,area,characteristic,category,count,published\n${rows.join('\n')}\n` },
    });
    expect(upload.uploadStatistics).toMatchObject({ accepted: true, errors: [] });
    for (const area of [AREA, OTHER_AREA]) {
      const { body } = await throughGateway(
        'staff',
        `mutation { detectFindings(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "${area}", period: "2024-Q1") { created } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.detectFindings.created).toBeGreaterThan(0);
    }
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const cells = MATRIX.flatMap((row) =>
    EVERY_CALLER.map((caller) => ({ row, caller, verdict: row.allowed.includes(caller) ? 'ALLOWED' : 'REFUSED' })),
  );

  const judge = (response: GraphQLResponse, verdict: string, field: string, where: string) =>
    verdict === 'ALLOWED' ? expectAllowed(response, where) : expectRefused(response, field, where);

  describe('through the gateway, with bearer tokens', () => {
    for (const { row, caller, verdict } of cells) {
      it(`${row.name} — ${caller} → ${verdict}`, async () => {
        const response = await throughGateway(caller, row.document, row.variables);
        judge(response, verdict, row.field, `gateway · ${row.name} · ${caller}`);
      });
    }
  });

  describe('straight to the owning subgraph, with internal tokens', () => {
    for (const { row, caller, verdict } of cells) {
      it(`${row.subgraph} · ${row.name} — ${caller} → ${verdict}`, async () => {
        const { document, variables, field } = row.direct ?? row;
        const response = await straightToSubgraph(caller, row.subgraph, document, variables);
        judge(response, verdict, field, `${row.subgraph} · ${row.name} · ${caller}`);
      });
    }
  });

  describe('a subgraph called without the gateway', () => {
    const subgraphs: Subgraph[] = ['organisational-processes', 'people-culture', 'partners', 'service-delivery'];
    it.each(subgraphs)('%s refuses every matrix operation without an internal token (401)', async (subgraph) => {
      for (const row of MATRIX.filter((r) => r.subgraph === subgraph)) {
        const { document, variables } = row.direct ?? row;
        const { status, body } = await toSubgraph(subgraph, document, variables);
        expect(status, row.name).toBe(401);
        expect(body.errors?.[0]?.extensions?.code, row.name).toBe('UNAUTHENTICATED');
        expect(body.data ?? null, row.name).toBeNull();
      }
    });

    it.each(subgraphs)('%s refuses a forged or malformed internal token (401)', async (subgraph) => {
      const forged = await signInternalToken(CALLERS.admin, 'f'.repeat(64));
      for (const token of [forged, 'not-a-token', '']) {
        const { status } = await toSubgraph(subgraph, '{ __typename }', undefined, { [INTERNAL_TOKEN_HEADER]: token });
        expect(status).toBe(401);
      }
    });
  });

  describe('a partner reads nothing outside its agreements', () => {
    const reasonOf = (response: GraphQLResponse) => response.body.errors?.find((e) => e.extensions?.code === 'FORBIDDEN')?.message;

    it('is refused disparity for another area, another dataset or a finer period, saying why', async () => {
      const cases: [string, RegExp][] = [
        [disparity('stop-search', OTHER_AREA, '2024-Q1'), new RegExp(`no live agreement covers dataset stop-search for characteristic RACE in area ${OTHER_AREA}`)],
        [disparity('use-of-force', AREA, '2024-Q1'), /no live agreement covers dataset use-of-force/],
        [disparity('stop-search', AREA, '2024-Q1', 'MONTH'), new RegExp(`agreement ${AGREEMENT} allows nothing finer than QUARTER`)],
      ];
      for (const [document, reason] of cases) {
        const response = await throughGateway('partner', document);
        expect(response.body.data?.disparity ?? null).toBeNull();
        expect(reasonOf(response)).toMatch(reason);
      }
      const without = await throughGateway('partner-without-agreement', disparity('stop-search', AREA, '2024-Q1'));
      expect(reasonOf(without)).toMatch(new RegExp(`partner "${PARTNER_WITHOUT}" has no data-sharing agreement`));
    });

    it('gets its covered disparity suppressed at the agreement threshold, named by agreement', async () => {
      const { body } = await throughGateway('partner', disparity('stop-search', AREA, '2024-Q1').replace('suppressionApplied', 'suppressionApplied agreementReference'));
      expect(body.errors).toBeUndefined();
      expect(body.data.disparity).toMatchObject({ suppressionApplied: true, agreementReference: AGREEMENT });
      expect(body.data.disparity.rows.find((r: { category: string }) => r.category === 'ASIAN').count).toBeNull();
    });

    it('lists only the findings its agreement covers, though others exist', async () => {
      const all = await throughGateway('staff', '{ findings { area } }');
      expect(new Set(all.body.data.findings.map((f: { area: string }) => f.area))).toEqual(new Set([AREA, OTHER_AREA]));
      const own = await throughGateway('partner', '{ findings { area dataset } }');
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data.findings.length).toBeGreaterThan(0);
      expect(own.body.data.findings.every((f: { area: string; dataset: string }) => f.area === AREA && f.dataset === 'stop-search')).toBe(true);
    });

    it('sees only its own agreements', async () => {
      const own = await throughGateway('partner', '{ dataSharingAgreements { reference } }');
      expect(own.body.data.dataSharingAgreements).toEqual([{ reference: AGREEMENT }]);
      const none = await throughGateway('partner-without-agreement', '{ dataSharingAgreements { reference } }');
      expect(none.body.data.dataSharingAgreements).toEqual([]);
      const other = await throughGateway('partner-without-agreement', `{ dataSharingAgreements(partnerKey: "${PARTNER}") { reference } }`);
      expect(reasonOf(other)).toMatch(/only its own agreements/);
    });

    it('leaves every refusal in the audit log, which only an admin reads', async () => {
      const { body } = await throughGateway('admin', `{ partnerAuditLog(partnerKey: "${PARTNER}", limit: 1000) { outcome reason } }`);
      expect(body.data.partnerAuditLog.some((e: { outcome: string; reason: string | null }) => e.outcome === 'refused' && e.reason?.includes(OTHER_AREA))).toBe(true);
    });
  });

  describe('the public reads only published, suppressed data', () => {
    it('sees published figures with small counts withheld', async () => {
      const { body } = await throughGateway('public', disparity('stop-search', AREA, '2024-Q1').replace('count', 'count suppressed suppressionReason'));
      expect(body.errors).toBeUndefined();
      expect(body.data.disparity.suppressionApplied).toBe(true);
      const row = (category: string) => body.data.disparity.rows.find((r: { category: string }) => r.category === category);
      expect(row('ASIAN')).toMatchObject({ count: null, suppressed: true, suppressionReason: 'below_threshold' });
      expect(row('WHITE')).toMatchObject({ count: 300, suppressed: false });
    });

    it('sees nothing of unpublished figures that staff see', async () => {
      const staff = await throughGateway('staff', disparity('stop-search', AREA, '2024-Q2'));
      expect(staff.body.data.disparity.rows.length).toBeGreaterThan(0);
      const pub = await throughGateway('public', disparity('stop-search', AREA, '2024-Q2'));
      expect(pub.body.errors).toBeUndefined();
      expect(pub.body.data.disparity.rows).toEqual([]);
    });
  });

  describe('hostile strings in filters and inputs', () => {
    const HOSTILE: [string, string][] = [
      ['an SQL fragment', "x'); DROP TABLE partners.agreement; --"],
      ['LIKE wildcards and escapes', "%_\\' OR '1'='1"],
      ['a 10,000-character string', 'x'.repeat(10_000)],
      ['a null byte', 'abc\u0000def'],
      ['odd Unicode', '\u202Eevil\u200B\uFEFF 𝕏 🏳️‍🌈 ﷽ Z̷̢͔a̶l̵g̸o \uD800'],
    ];
    /** Internal details a caller must never see. */
    const LEAK = /invalid byte sequence|syntax error|violates|relation "|column "|select |insert |update |delete from|at .+\.[jt]s:\d+|node_modules|stack/i;
    /** The hostile value for each of $s and $id the document declares. */
    const variablesFor = (document: string, value: string) =>
      Object.fromEntries(['s', 'id'].filter((name) => document.includes(`$${name}:`)).map((name) => [name, value]));
    const isEmpty = (value: unknown) =>
      value === null || value === undefined || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && (value as { totalCount?: number }).totalCount === 0);

    const OPERATIONS: { name: string; caller: Caller; document: string; field: string }[] = [
      { name: 'strategy by id', caller: 'public', document: 'query ($id: ID!) { strategy(id: $id) { id } }', field: 'strategy' },
      { name: 'delivery-action filter', caller: 'public', document: 'query ($s: String, $id: ID) { actions(filter: { owner: $s, characteristic: $s, theme: $id, strategy: $id }) { totalCount } }', field: 'actions' },
      { name: 'disparity arguments', caller: 'public', document: 'query ($s: String!) { disparity(dataset: $s, characteristic: "RACE", reference: "WHITE", area: $s, period: $s) { area } }', field: 'disparity' },
      { name: 'findings filter', caller: 'staff', document: 'query ($s: String) { findings(dataset: $s, area: $s) { id } }', field: 'findings' },
      { name: 'audit filter', caller: 'admin', document: 'query ($s: String) { partnerAuditLog(partnerKey: $s) { id } }', field: 'partnerAuditLog' },
      { name: 'staff-survey organisation', caller: 'staff', document: 'query ($id: ID!) { staffSurveyActions(organisation: $id) { number } }', field: 'staffSurveyActions' },
      { name: 'stop-search organisation', caller: 'staff', document: 'query ($id: ID!) { stopSearchAnalysis(organisation: $id, period: { from: "2024-01-01", to: "2024-01-31" }, groupBy: [SEX]) { searches } }', field: 'stopSearchAnalysis' },
      { name: 'measurement input', caller: 'admin', document: 'mutation ($s: String!, $id: ID!) { recordMeasurement(input: { kpi: $id, period: $s, value: 1, source: $s }) { value } }', field: 'recordMeasurement' },
      { name: 'skill input', caller: 'admin', document: 'mutation ($s: String!, $id: ID!) { recordSkill(input: { organisation: $id, member: $s, kind: LANGUAGE, value: $s, consentDate: $s }) { id } }', field: 'recordSkill' },
      { name: 'agreement input', caller: 'admin', document: `mutation ($s: String!) { createAgreement(input: { reference: $s, partnerKey: $s, title: $s, datasets: [$s], characteristics: [$s], areas: [$s], finestPeriod: YEAR, validFrom: $s, validTo: $s }) { reference } }`, field: 'createAgreement' },
      { name: 'workforce CSV', caller: 'staff', document: 'mutation ($s: String!) { importWorkforceSnapshots(csv: $s) { rows } }', field: 'importWorkforceSnapshots' },
      { name: 'plugin id', caller: 'admin', document: 'mutation ($id: ID!) { setPluginEnabled(id: $id, enabled: true) { id } }', field: 'setPluginEnabled' },
    ];

    for (const op of OPERATIONS) {
      for (const [what, value] of HOSTILE) {
        it(`${op.name} with ${what} is harmless`, async () => {
          const { status, body } = await throughGateway(op.caller, op.document, variablesFor(op.document, value));
          const summary = JSON.stringify(body).slice(0, 600);
          expect(status, summary).toBeLessThan(500);
          for (const error of body.errors ?? []) {
            expect(['BAD_USER_INPUT', 'NOT_FOUND'], summary).toContain(error.extensions?.code);
            expect(error.message, summary).not.toMatch(LEAK);
          }
          expect(isEmpty(valueAt(body.data, op.field)), summary).toBe(true);
        });
      }
    }

    it('leaves the data as it was', async () => {
      const { body } = await throughGateway('admin', '{ dataSharingAgreements { reference } organisations { id } }');
      expect(body.data.dataSharingAgreements).toEqual([{ reference: AGREEMENT }]);
      expect(body.data.organisations).toHaveLength(3);
    });
  });

  describe('variables of the wrong type', () => {
    it.each([
      ['an object for an ID', 'query ($id: ID!) { strategy(id: $id) { id } }', { id: { $ne: null } }, /Variable "\$id" got invalid value .*ID cannot represent/],
      ['text for an Int', 'query ($first: Int) { actions(first: $first) { totalCount } }', { first: 'ten' }, /Variable "\$first" got invalid value "ten".*Int cannot represent/],
      ['an unknown enum value', 'query ($g: PeriodGranularity) { disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "E23000014", period: "2024", groupBy: $g) { area } }', { g: 'DECADE' }, /Variable "\$g" got invalid value "DECADE".*PeriodGranularity/],
      ['a missing required variable', 'query ($id: ID!) { strategy(id: $id) { id } }', {}, /Variable "\$id" of required type "ID!" was not provided/],
    ])('refuses %s at the gateway with a clear message', async (_case, document, variables, message) => {
      const { status, body } = await throughGateway('staff', document, variables);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toMatch(message);
    });
  });
});
