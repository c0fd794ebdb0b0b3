import { afterAll, beforeAll, expect } from 'vitest';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@edhr/kit';
import { startHarness, tokenFor, type Harness } from '../harness';
import {
  AGREEMENT,
  AREA,
  CALLERS,
  EVERY_CALLER,
  ORG,
  OTHER_AREA,
  OWN_THEME,
  OWN_THEME_KPI,
  OWN_THEME_ACTION,
  OTHER_THEME_ACTION,
  PARTNER,
  PARTNER_WITHOUT,
  agreementInput,
  type Caller,
  type GraphQLResponse,
  type Subgraph,
} from './matrix';

/**
 * Starts the federation for the role matrix and creates its fixtures: a bearer token per caller,
 * two partner agencies (one with agreement {@link AGREEMENT}, one without) and stop-and-search
 * statistics with findings in both areas. Registers `beforeAll`/`afterAll` in the calling
 * `describe` and returns the ways of sending an operation.
 */
export function setUpRoleMatrix() {
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
      [INTERNAL_TOKEN_HEADER]: await signInternalToken(CALLERS[caller], harness.federation.internalTokenSecret, harness.federation.clock),
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
    const themes = await asAdmin('{ strategy(id: "wmp-edhr-strategy") { themes { id kpis { id } actions { id } } } }');
    const own = themes.strategy.themes.find((t: { id: string }) => t.id === OWN_THEME);
    expect(own?.kpis.map((k: { id: string }) => k.id)).toContain(OWN_THEME_KPI);
    expect(own?.actions.map((a: { id: string }) => a.id)).toContain(OWN_THEME_ACTION);
    expect(own?.actions.map((a: { id: string }) => a.id)).not.toContain(OTHER_THEME_ACTION);

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

  return { throughGateway, toSubgraph, straightToSubgraph };
}
