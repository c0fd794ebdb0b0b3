import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { fixedClock } from '@edhr/kit';
import { trustedDocumentsFrom } from '@edhr/gateway';
import { startHarness, tokenFor, type Harness } from '../src/harness';
import { startWebServer, webTrustedDocuments, type RunningWebServer } from '@edhr/web';
import { launchBrowser, type Browser } from './browser';

export const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../../subgraphs/${path}`, import.meta.url)), 'utf8');
// Mid-July 2017: June's stop-and-search file is the latest month; row 2.3 (dp-10, due 1/8/2012) is long overdue.
export const clock = fixedClock('2017-07-15T10:00:00Z');
export const STRATEGY = 'wmp-edhr-strategy';
export const SERVICE_THEME = 'wmp-edhr-theme-1-service-delivery:service-delivery';
export const PEOPLE_THEME = 'wmp-edhr-theme-2-people-culture:people-culture';
export const RRR_KPI = 'wmp-edhr-theme-1-service-delivery:sd-kpi-stop-search-rrr-black';
export const DP10 = 'wmp-edhr-theme-2-people-culture:dp-10';
export const kpiPath = `/strategies/${STRATEGY}/kpis/${encodeURIComponent(RRR_KPI)}`;
export const actionPath = `/strategies/${STRATEGY}/actions/${encodeURIComponent(DP10)}`;

export interface WebSession {
  harness: Harness;
  web: RunningWebServer;
  browser: Browser;
  page: Page;
  /** Tokens by role: admin, staff, serviceOwner, peopleOwner. */
  tokens: Record<string, string>;
  gql: (query: string, variables: Record<string, unknown>, token?: string) => Promise<any>;
  signIn: (token: string) => Promise<void>;
  signOut: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * The web app in Chromium against a whole federation on free loopback ports, with the seed
 * plugins, June 2017's real stop-and-search records and the example workforce figures loaded.
 */
export async function openWebSession(): Promise<WebSession> {
  let harness: Harness | undefined;
  let web: RunningWebServer | undefined;
  let browser: Browser | undefined;
  const tokens: Record<string, string> = {};
  const close = async () => {
    await browser?.close();
    await web?.stop();
    await harness?.stop();
  };
  try {
    // As under npm start: the app's operations registered at the gateway and sent by hash.
    harness = await startHarness({ clock, trustedDocuments: trustedDocumentsFrom([webTrustedDocuments], false) });
    const started = harness;
    const gql = async (query: string, variables: Record<string, unknown>, token = tokens.admin): Promise<any> => {
      const { body } = await started.query(query, { variables, token });
      expect(body.errors).toBeUndefined();
      return body.data;
    };
    tokens.admin = await tokenFor(['admin'], {}, clock);
    tokens.staff = await tokenFor(['staff'], { subject: 'analyst' }, clock);
    tokens.serviceOwner = await tokenFor(['theme-owner'], { subject: 'service-owner', themes: [SERVICE_THEME] }, clock);
    tokens.peopleOwner = await tokenFor(['theme-owner'], { subject: 'people-owner', themes: [PEOPLE_THEME] }, clock);
    await gql(
      `mutation ($file: String!) { importEncounters(dataset: "stop-search", organisation: "west-midlands-police", file: $file) { rowsImported } }`,
      { file: fixture('service-delivery/fixtures/2017-06-west-midlands-stop-and-search.csv') },
    );
    // The example workforce files are for an imaginary force; here they stand in for a registered one.
    const asWmp = (csv: string) => csv.replace(/^example-force,/gm, 'west-midlands-police,');
    await gql('mutation ($csv: String!) { importWorkforceSnapshots(csv: $csv) { rows } }', { csv: asWmp(fixture('people-culture/fixtures/example-workforce-snapshot.csv')) });
    await gql('mutation ($csv: String!) { importCommunityPopulation(csv: $csv) { rows } }', { csv: asWmp(fixture('people-culture/fixtures/example-community-population.csv')) });
    const record = 'mutation ($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { id } }';
    await gql(record, { i: { kpi: RRR_KPI, period: '2017-04', value: 3.6, source: 'Stop and search open data' } });
    await gql(record, { i: { kpi: RRR_KPI, period: '2017-05', value: 3.4, source: 'Stop and search open data' } });
    await gql(record, { i: { kpi: RRR_KPI, period: '2017-05', value: 3.3, source: 'Stop and search open data', correctionReason: 'Late records added' } });
    web = await startWebServer({ gatewayUrl: harness.federation.gatewayUrl, port: 0, clock, trustedDocuments: true });
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    const url = web.url;
    return {
      harness,
      web,
      browser,
      page,
      tokens,
      gql,
      signIn: async (token: string) => {
        await page.goto(`${url}/sign-in`);
        await page.fill('#token', token);
        await page.click('form[action="/sign-in"] button');
        await page.waitForURL(`${url}/strategies`);
      },
      signOut: async () => {
        await page.context().clearCookies();
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
