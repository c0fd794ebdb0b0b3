import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import type { RunningWebServer } from '@edhr/web';
import { expectAccessible, keepScreenshot, tableTexts } from './browser';
import { actionPath, fixture, kpiPath, openWebSession, PEOPLE_THEME, STRATEGY, type WebSession } from './web-session';

describe('the web app in a browser', { timeout: 240_000 }, () => {
  let session: WebSession;
  let web: RunningWebServer;
  let page: Page;
  let tokens: Record<string, string>;
  let gql: WebSession['gql'];
  let signIn: WebSession['signIn'];
  let signOut: WebSession['signOut'];

  beforeAll(async () => {
    session = await openWebSession();
    ({ web, page, tokens, gql, signIn, signOut } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the strategies to the public', async () => {
    await page.goto(`${web.url}/`);
    await expect.poll(() => page.title()).toBe('Strategies – EDHR graph');
    const rows = await tableTexts(page, 'strategies');
    expect(rows[0]).toEqual(['Strategy', 'Organisation', 'Period', 'Themes']);
    expect(rows).toContainEqual(['Equality, Diversity and Human Rights Strategy', 'West Midlands Police', expect.any(String), '3']);
    await expect.poll(() => page.locator('.app-account').textContent()).toContain('Viewing as the public');
    await expectAccessible(page);
    await keepScreenshot(page, 'strategies');
  });

  it('shows a strategy\'s dashboard: themes, objectives, KPIs with value, target, RAG in words, trend and stale flag; actions with owner and overdue', async () => {
    await page.goto(`${web.url}/strategies/${STRATEGY}`);
    await page.getByRole('heading', { level: 1, name: 'Equality, Diversity and Human Rights Strategy' }).waitFor();
    const kpis = (await page.locator('table[data-table^="theme-0"] tr').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    const rrr = kpis.find((t) => t.startsWith('Stop and search relative rate ratio'));
    expect(rrr).toContain('3.3 (2017-05)');
    expect(rrr).toContain('Red: off target');
    expect(rrr).toContain('Down, improving');
    expect(await page.locator('table[data-table^="theme-0"] .app-sparkline svg').count()).toBe(1);
    const actions = await tableTexts(page, 'actions');
    expect(actions[0]).toEqual(['Reference', 'Action', 'Status', 'Owner', 'Due', 'Overdue']);
    const dp10 = actions.find((r) => r[0] === '2.3');
    expect(dp10?.[5]).toBe('Overdue');
    expect(await page.locator('caption', { hasText: 'Delivery actions' }).textContent()).toMatch(/Delivery actions \(22\)/);
    await expectAccessible(page);
    await keepScreenshot(page, 'dashboard');
    // Printed: the content without navigation or the filter form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    expect(await page.locator('#theme').isVisible()).toBe(false);
    expect(await page.locator('table[data-table="actions"]').isVisible()).toBe(true);
    await keepScreenshot(page, 'dashboard-print');
    await page.emulateMedia({ media: 'screen' });

    // Filters: the people and culture theme, race in scope.
    await page.selectOption('#theme', PEOPLE_THEME);
    await page.selectOption('#characteristic', 'RACE');
    await page.click('form[method="get"] button');
    await page.waitForURL(/theme=/);
    expect(await page.locator('h2.govuk-heading-l').allTextContents()).toEqual([expect.stringContaining('People and Culture'), 'Delivery actions']);
    const filtered = await tableTexts(page, 'actions');
    expect(filtered.length).toBeGreaterThan(1);
    expect(filtered.slice(1).map((r) => r[0])).toContain('2.3');
  });

  it('shows a KPI\'s history with its target and revisions, and refuses the public the form', async () => {
    await page.goto(`${web.url}${kpiPath}`);
    const values = await tableTexts(page, 'kpi-values');
    expect(values.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['2017-04', '3.6', 'Current'],
      ['2017-05', '3.4', 'Replaced'],
      ['2017-05', '3.3', 'Correction'],
    ]);
    expect(values[3]?.[6]).toBe('Late records added');
    expect(await page.locator('#kpi-history-summary').textContent()).toBe(
      '2 values from 2017-04 to 2017-05; the latest is 3.3 (ratio) for 2017-05, against a target of 1; 1 earlier value replaced by corrections, drawn hollow.',
    );
    expect(await page.locator('.app-chart svg').count()).toBe(1);
    expect(await page.locator('#record-form #value').count()).toBe(0);
    await expectAccessible(page);
    await keepScreenshot(page, 'kpi');
  });

  it('answers 404 for a KPI or action asked for under a strategy it is not in, or unknown', async () => {
    // The caption names the strategy and the KPI's theme, from the KPI fetched by id.
    await page.goto(`${web.url}${kpiPath}`);
    expect((await page.locator('.govuk-caption-l').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Equality, Diversity and Human Rights Strategy: Operational/Service Delivery',
    );
    const otherStrategy = (path: string) => path.replace(`/strategies/${STRATEGY}/`, '/strategies/di-strategy-2018-2021/');
    for (const path of [otherStrategy(kpiPath), otherStrategy(actionPath), `/strategies/${STRATEGY}/kpis/no-such:kpi`, `/strategies/${STRATEGY}/actions/no-such:action`]) {
      const response = await page.goto(`${web.url}${path}`);
      expect(response?.status(), path).toBe(404);
    }
  });

  it('lets the theme\'s owner record a measurement, and names the field of a refused one', async () => {
    await signIn(tokens.serviceOwner!);
    await page.goto(`${web.url}${kpiPath}`);
    await page.fill('#period', 'June 2017');
    await page.fill('#value', '3.15');
    await page.fill('#source', 'Disparity explorer, June 2017');
    await page.click('#record-form button');
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary__list a').first().textContent()).toMatch(/^Period: /);
    await expectAccessible(page);
    await keepScreenshot(page, 'kpi-error');

    await page.fill('#period', '2017-06');
    await page.click('#record-form button');
    await page.waitForURL(/recorded=2017-06/);
    const values = await tableTexts(page, 'kpi-values');
    expect(values.at(-1)?.slice(0, 5)).toEqual(['2017-06', '3.15', 'Current', 'Disparity explorer, June 2017', 'service-owner']);
    await signOut();
  });

  it('records progress for the theme owner, shows a stale version and bad input as an error summary, and refuses the public', async () => {
    await page.goto(`${web.url}${actionPath}`);
    expect(await page.locator('#text').count()).toBe(0);
    // A public POST (no cookie) is refused by the gateway and nothing is written.
    const refused = await page.request.post(`${web.url}${actionPath}`, {
      form: { text: 'Done.', status: 'COMPLETE', expectedVersion: '1' },
      headers: { origin: web.url },
    });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain('You may not record this');

    await signIn(tokens.peopleOwner!);
    await page.goto(`${web.url}${actionPath}`);
    expect(await page.inputValue('#expectedVersion')).toBe('1');
    await page.fill('#text', 'The BME progression working group has met twice.');
    await page.selectOption('#status', 'AT_RISK');
    await page.fill('#percentComplete', '150');
    await page.click('#record-form button');
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary__list a').allTextContents()).toEqual([expect.stringMatching(/^Per cent complete: /)]);
    await expectAccessible(page);
    await keepScreenshot(page, 'action-error');

    await page.fill('#percentComplete', '30');
    await page.click('#record-form button');
    await page.waitForURL(/recorded=1/);
    const history = await tableTexts(page, 'progress-history');
    expect(history[1]?.slice(0, 4)).toEqual(['2017-07-15', 'At risk', '30%', 'The BME progression working group has met twice.']);
    expect(history[1]?.[5]).toBe('people-owner');
    await expectAccessible(page);
    await keepScreenshot(page, 'action');

    // The same form sent again against version 1, now stale: CONFLICT, shown naming the version.
    const stale = await page.request.post(`${web.url}${actionPath}`, {
      form: { text: 'Off track after all.', status: 'OFF_TRACK', expectedVersion: '1' },
      headers: { origin: web.url },
    });
    expect(stale.status()).toBe(409);
    expect(await stale.text()).toMatch(/Version: someone else recorded an entry since you opened this page \(it is now at version 2\)/);
    await page.goto(`${web.url}${actionPath}`);
    expect((await tableTexts(page, 'progress-history')).length).toBe(3);
    await signOut();
  });

  it('explores disparity as staff: rates, ratios with intervals, the coverage note, and CSVs equal to their tables', async () => {
    await signIn(tokens.staff!);
    await page.goto(`${web.url}/disparity`);
    await page.selectOption('#area', 'E23000014');
    await page.fill('#period', '2017-06');
    await page.click('form[method="get"] button');
    await page.waitForURL(/period=2017-06/);
    const rates = await tableTexts(page, 'rates');
    expect(rates[0]).toEqual(['Group', 'Records', 'Population', 'Rate per 1,000']);
    expect(rates).toContainEqual(['Black', '149', '236,047', '0.631']);
    expect(rates).toContainEqual(['White (reference)', '359', '1,793,173', '0.2']);
    const ratios = await tableTexts(page, 'ratios');
    expect(ratios).toContainEqual(['Black', '3.15', '2.6', '3.82', 'Yes']);
    expect(await page.locator('#coverage-note').textContent()).toContain('figures cover 1 of 1 months');
    expect(await page.locator('#ratios-chart-summary').textContent()).toMatch(/log scale; 1 means the same rate as White/);
    await expectAccessible(page);
    await keepScreenshot(page, 'disparity');

    for (const table of ['rates', 'ratios']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-csv="${table}"]`)]);
      const csv = readFileSync((await download.path()), 'utf8');
      expect(parse(csv)).toEqual(await tableTexts(page, table));
    }

    // A financial year: the figures cover June only, and the page says so.
    await page.fill('#period', '2017/18');
    await page.click('form[method="get"] button');
    await page.waitForURL(/period=2017%2F18/);
    expect(await page.locator('#coverage-note').textContent()).toContain('figures cover 1 of 12 months (incomplete');
    await signOut();
  });

  it('shows the public only published figures, perturbed, with withheld cells and their reason', async () => {
    await gql('mutation { publishStopSearchAggregates(organisation: "west-midlands-police", published: true) { status } }', {});
    await page.goto(`${web.url}/disparity?dataset=stop-search&characteristic=RACE&reference=WHITE&area=E23000014&period=2017-06`);
    expect(await page.locator('#coverage-note').textContent()).toContain('Counts are perturbed for disclosure control');
    expect((await tableTexts(page, 'rates')).slice(1).map((r) => r[0])).toContain('Black');

    // A published quarter with a small count: withheld from the public, with the reason, in the table and its CSV alike.
    const rows = Object.entries({ BLACK: 4, WHITE: 300 }).map(([category, count]) => `stop-search,2016-Q1,E23000014,RACE,${category},${count},true`);
    await gql('mutation ($i: StatisticsUploadInput!) { uploadStatistics(input: $i) { accepted } }', {
      i: { content: `dataset,period,area,characteristic,category,count,published\n${rows.join('\n')}\n` },
    });
    await page.goto(`${web.url}/disparity?dataset=stop-search&characteristic=RACE&reference=WHITE&area=E23000014&period=2016-Q1`);
    const rates = await tableTexts(page, 'rates');
    expect(rates.find((r) => r[0] === 'Black')).toEqual(['Black', 'Withheld (below the disclosure threshold)', '236,047', 'Withheld (below the disclosure threshold)']);
    expect((await tableTexts(page, 'ratios')).find((r) => r[0] === 'Black')?.[1]).toBe('Withheld (below the disclosure threshold)');
    expect(await page.locator('#coverage-note').textContent()).toContain('Counts from 1 to 9 are withheld.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-csv="rates"]')]);
    expect(parse(readFileSync(await download.path(), 'utf8'))).toEqual(rates);
    await expectAccessible(page);
    await keepScreenshot(page, 'disparity-public');
  });

  it('shows workforce representation by rank against the community to staff, and not to the public', async () => {
    await page.goto(`${web.url}/workforce?organisation=west-midlands-police&characteristic=RACE&category=BAME`);
    expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/not|forbidden|role/i);
    await expectAccessible(page);

    await signIn(tokens.staff!);
    await page.goto(`${web.url}/workforce?organisation=west-midlands-police&characteristic=RACE&category=BAME`);
    const rows = await tableTexts(page, 'representation');
    expect(rows).toContainEqual(['Whole workforce', '120', '1,000', '12.0%', '30.0%', '0.4']);
    expect(rows).toContainEqual(['Constable (officer)', '60', '500', '12.0%', '30.0%', '0.4']);
    expect(rows).toContainEqual(['Sergeant (officer)', '10', '100', '10.0%', '30.0%', '0.33']);
    expect(await page.locator('#representation-chart-summary').textContent()).toContain('against 30.0% of the community');
    await expectAccessible(page);
    await keepScreenshot(page, 'workforce');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-csv="representation"]')]);
    expect(parse(readFileSync(await download.path(), 'utf8'))).toEqual(rows);
    await signOut();
  });

  it('publishes an organisation\'s equality information for a year to the public: every section, printable, CSVs equal to their tables', async () => {
    // The example workforce files again, as the snapshot of March 2017, so the year has one.
    const as2017 = (csv: string) => csv.replace(/^example-force,/gm, 'west-midlands-police,').replaceAll('2024-03-31', '2017-03-31');
    await gql('mutation ($csv: String!) { importWorkforceSnapshots(csv: $csv) { rows } }', { csv: as2017(fixture('people-culture/fixtures/example-workforce-snapshot.csv')) });
    await gql('mutation ($csv: String!) { importCommunityPopulation(csv: $csv) { rows } }', { csv: as2017(fixture('people-culture/fixtures/example-community-population.csv')) });

    await page.goto(`${web.url}/publication`);
    await page.selectOption('#organisation', 'west-midlands-police');
    await page.fill('#year', '2017');
    await page.click('form[action="/publication"] button');
    await page.waitForURL(`${web.url}/publication/west-midlands-police/2017`);
    await expect.poll(() => page.locator('.app-account').textContent()).toContain('Viewing as the public');
    expect(await page.locator('h1').textContent()).toBe('Equality information 2017');
    expect(await page.locator('#duty').textContent()).toContain('Not published');

    expect(await page.locator('#objectives h3').allTextContents()).toEqual(['Equality, Diversity and Human Rights Strategy']);
    expect(await page.locator('#objectives').textContent()).toMatch(/Objectives to be reviewed and published again by \d{1,2} \w+ \d{4}|states no start/);
    const objectives = await tableTexts(page, 'objectives-0');
    expect(objectives[0]).toEqual(['Objective', 'Delivery actions', 'Complete', 'Overdue', 'KPIs']);
    expect(objectives.length).toBeGreaterThan(1);

    const workforce = await tableTexts(page, 'workforce-0');
    expect(workforce).toContainEqual(['Constable (officer)', 'BAME', '12.0%', '30.0%', '0.4']);
    expect(await page.locator('#workforce-0-chart-0-summary').textContent()).toContain('of the community, drawn as a dashed line');

    // Service delivery as published: perturbed counts for the public, rates and ratios as the API gives them.
    expect(await page.locator('#disparity').textContent()).toContain('Counts are perturbed for disclosure control');
    const rates = await tableTexts(page, 'disparity-0-rates');
    expect(rates[0]).toEqual(['Group', 'Records', 'Population', 'Rate per 1,000']);
    const black = rates.find((r) => r[0] === 'Black');
    expect(Math.abs(Number(black?.[1]) - 149)).toBeLessThanOrEqual(5);
    expect((await tableTexts(page, 'disparity-0-ratios')).find((r) => r[0] === 'Black')?.[1]).toMatch(/^\d+\.\d+$/);
    expect(await page.locator('#disparity-0-ratios-chart-summary').textContent()).toMatch(/log scale; 1 means the same rate as White/);
    expect(await page.locator('#eqias').textContent()).toMatch(/No equality impact assessment was completed in 2017|Assessment/);
    expect(await page.locator('#engagement').textContent()).toMatch(/Engagement held/);
    await expectAccessible(page);
    await keepScreenshot(page, 'publication');

    for (const table of ['workforce-0', 'disparity-0-rates', 'objectives-0']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-csv="${table}"]`)]);
      expect(parse(readFileSync(await download.path(), 'utf8'))).toEqual(await tableTexts(page, table));
    }

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    expect(await page.locator('#disparity-0-rates').isVisible()).toBe(true);
    await keepScreenshot(page, 'publication-print');
    await page.emulateMedia({ media: 'screen' });

    // Recording the year's publication meets the duty, and the page says so.
    await gql('mutation ($i: RecordDutyPublicationInput!) { recordDutyPublication(input: $i) { coversYear } }', {
      i: { duty: 'wmp-edhr-strategy:publish-equality-information', publishedOn: '2017-07-14', url: 'https://equality.example/2017', coversYear: 2017 },
    });
    await page.reload();
    expect(await page.locator('#duty').textContent()).toContain('Published on 14 July 2017: https://equality.example/2017');
  });

  it('gives staff the EDHR Programme Board\'s pack, linked from the dashboard, and asks the public to sign in', async () => {
    const packPath = `/board-pack/${encodeURIComponent('wmp-edhr-strategy:edhr-programme-board')}`;
    await signOut();
    await page.goto(`${web.url}${packPath}`);
    expect(await page.locator('.govuk-warning-text').textContent()).toContain('sign in as staff');
    expect(await page.locator('table').count()).toBe(0);
    await expectAccessible(page);

    await signIn(tokens.staff!);
    await page.goto(`${web.url}/strategies/${STRATEGY}`);
    await page.click(`#governance a[href="${packPath}"]`);
    await page.waitForURL(/\/board-pack\//);
    expect(await page.locator('.govuk-caption-l').textContent()).toContain('EDHR Programme Board');
    expect(await page.locator('h1').textContent()).toBe('Board pack as of 15 July 2017');
    expect(await page.locator('#summary').textContent()).toContain('No previous meeting is recorded: every change to date is shown.');
    expect(await page.locator('#status-summary li').count()).toBeGreaterThan(0);
    const kpis = await tableTexts(page, 'kpis');
    expect(kpis).toContainEqual(['Stop and search relative rate ratio, Black to White residents (West Midlands police force area)', 'Red', 'Red: off target', '3.15 (2017-06)']);
    expect((await tableTexts(page, 'risks')).length).toBeGreaterThan(1);
    await expectAccessible(page);
    await keepScreenshot(page, 'board-pack');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#asOf').isVisible()).toBe(false);
    await keepScreenshot(page, 'board-pack-print');
    await page.emulateMedia({ media: 'screen' });

    // A day after today is refused, naming the field.
    await page.fill('#asOf', '2017-08-01');
    await page.click('form[method="get"] button');
    await page.locator('.govuk-error-summary').waitFor();
    expect(await page.locator('.govuk-error-summary__list a').first().textContent()).toMatch(/^As of: /);
    await signOut();
  });

  it('lists the EQIA register with its filters and shows one assessment: impacts, decision, mitigations, reviews and an overdue review', async () => {
    const created = await gql(
      'mutation ($i: CreateEqiaInput!) { createEqia(input: $i) { id } }',
      {
        i: {
          organisation: 'west-midlands-police', title: 'Stop and search: section 60 authorisations', kind: 'OPERATION', stage: 'COMPLETED', completedOn: '2017-02-01',
          impacts: [{ characteristic: 'RACE', impact: 'NEGATIVE', evidence: 'Black people searched 3.15 times as often as White people (June 2017)' }],
          decision: 'ADJUST', mitigations: ['wmp-edhr-theme-1-service-delivery:dp-05'], reviewDue: '2017-07-01', consultation: 'Stop and Search Scrutiny Group, Birmingham',
        },
      },
    );
    await signOut();
    await page.goto(`${web.url}/eqias`);
    expect(await page.locator('.govuk-warning-text').textContent()).toContain('sign in as staff');

    await signIn(tokens.staff!);
    await page.goto(`${web.url}/eqias`);
    await page.selectOption('#organisation', 'west-midlands-police');
    await page.click('form[action="/eqias"] button');
    await page.waitForURL(/organisation=west-midlands-police/);
    const all = await tableTexts(page, 'eqias');
    expect(all[0]).toEqual(['Assessment', 'Kind', 'Stage', 'Due', 'Decision', 'Negative impact on', 'Review']);
    expect(all.find((r) => r[0] === 'EQIA re Front Offices')?.[3]).toBe('18 January 2012');
    await expectAccessible(page);
    await keepScreenshot(page, 'eqias');

    await page.selectOption('#reviewOverdue', 'true');
    await page.selectOption('#negativeFor', 'RACE');
    await page.click('form[action="/eqias"] button');
    await page.waitForURL(/negativeFor=RACE/);
    const overdue = await tableTexts(page, 'eqias');
    expect(overdue.slice(1)).toEqual([['Stop and search: section 60 authorisations', 'Operation', 'Completed', 'Not stated', 'Adjust', 'Race', 'Overdue: 1 July 2017']]);

    await page.click('table[data-table="eqias"] a');
    await page.waitForURL(`${web.url}/eqias/${encodeURIComponent(created.createEqia.id)}`);
    expect(await page.locator('h1').textContent()).toBe('Stop and search: section 60 authorisations');
    expect((await page.locator('#review-due').textContent())?.replace(/\s+/g, ' ').trim()).toBe('Review due 1 July 2017 Overdue');
    const impacts = await tableTexts(page, 'impacts');
    expect(impacts.length).toBe(10);
    expect(impacts).toContainEqual(['Race', 'Negative', 'Black people searched 3.15 times as often as White people (June 2017)']);
    expect(impacts).toContainEqual(['Age', 'Not assessed', 'None given']);
    expect(await page.locator('#eqia-summary').textContent()).toContain('Stop and Search Scrutiny Group, Birmingham');
    expect(await page.locator('table[data-table="mitigations"] a').getAttribute('href')).toBe(`/strategies/${STRATEGY}/actions/${encodeURIComponent('wmp-edhr-theme-1-service-delivery:dp-05')}`);
    await expectAccessible(page);
    await keepScreenshot(page, 'eqia');

    // The delivery plan's Front Office EQIA, as written: every characteristic not assessed.
    await page.goto(`${web.url}/eqias?organisation=west-midlands-police`);
    await page.click('table[data-table="eqias"] a:text-is("EQIA re Front Offices")');
    await page.locator('h1', { hasText: 'EQIA re Front Offices' }).waitFor();
    expect(await page.locator('#eqia-summary').textContent()).toContain('18 January 2012');
    expect((await tableTexts(page, 'impacts')).slice(1).every((r) => r[1] === 'Not assessed')).toBe(true);
    expect(await page.locator('#review-due').textContent()).toContain('No review date is set.');
    await expectAccessible(page);
    await signOut();
  });
});
